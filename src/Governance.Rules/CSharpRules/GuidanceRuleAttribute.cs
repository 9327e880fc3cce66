namespace Governance.Rules;

/// <summary>
/// What a rule written in C# (a class deriving from <c>NRules.Fluent.Dsl.Rule</c>) checks and how its findings are
/// reported: its id, title, the guidance it cites, its obligation and remedy, as a YAML rule gives them. The citation
/// is checked against the rule set's guidance catalogue when the rule is added (<see cref="RuleSet.WithRules"/>).
/// The rule reports a finding from its action with <see cref="RuleContextExtensions.ReportFinding"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class GuidanceRuleAttribute : Attribute
{
    /// <summary>Describes a rule written in C#.</summary>
    /// <param name="id">The rule's id: lowercase words joined by '-', unique in the rule set.</param>
    /// <param name="title">What the rule checks, as a short sentence.</param>
    /// <param name="document">The id of the cited document in the guidance catalogue, for example <c>DCSF-00686-2009</c>.</param>
    /// <param name="quote">A short quotation from the cited paragraphs showing what the rule checks.</param>
    /// <param name="paragraphs">The cited paragraphs or provisions, for example <c>3.2</c> or <c>s18(8)</c>.</param>
    public GuidanceRuleAttribute(string id, string title, string document, string quote, params string[] paragraphs)
    {
        Id = id;
        Title = title;
        Document = document;
        Quote = quote;
        Paragraphs = [.. paragraphs];
    }

    /// <summary>The rule's id.</summary>
    public string Id { get; }

    /// <summary>What the rule checks.</summary>
    public string Title { get; }

    /// <summary>The id of the cited document in the guidance catalogue.</summary>
    public string Document { get; }

    /// <summary>A short quotation from the cited paragraphs.</summary>
    public string Quote { get; }

    /// <summary>The cited paragraphs or provisions.</summary>
    public IReadOnlyList<string> Paragraphs { get; }

    /// <summary>How strongly the rule binds; <see cref="Obligation.Should"/> unless given.</summary>
    public Obligation Obligation { get; set; } = Obligation.Should;

    /// <summary>What an authority can do about a finding, if anything is to be said.</summary>
    public string? Remedy { get; set; }
}
