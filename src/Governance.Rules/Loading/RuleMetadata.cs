using Governance.Model;
using Governance.Rules.Definitions;

namespace Governance.Rules.Loading;

/// <summary>The period a rule is in force: both ends inclusive, either open.</summary>
/// <param name="From">The first day, or null for no start.</param>
/// <param name="Until">The last day, or null for no end.</param>
internal sealed record EffectivePeriod(DateOnly? From, DateOnly? Until)
{
    /// <summary>A period with no start and no end.</summary>
    public static EffectivePeriod Always { get; } = new(null, null);

    /// <summary>Whether a date is inside the period.</summary>
    /// <param name="date">The date.</param>
    public bool Contains(DateOnly date) => (From is null || date >= From) && (Until is null || date <= Until);

    /// <inheritdoc />
    public override string ToString() => (From, Until) switch
    {
        (null, null) => "always",
        ({ } f, null) => $"from {f:yyyy-MM-dd}",
        (null, { } u) => $"until {u:yyyy-MM-dd}",
        ({ } f, { } u) => $"from {f:yyyy-MM-dd} until {u:yyyy-MM-dd}",
    };
}

/// <summary>
/// What a rule says about itself, beside its conditions and action: who it is, what it cites, how strongly it binds,
/// when it is in force, what to do about a finding, and where it is written.
/// </summary>
/// <param name="Id">The rule's id, unique in the rule set.</param>
/// <param name="Title">The rule's title.</param>
/// <param name="Citation">The guidance it checks, with the document's title and edition from the catalogue.</param>
/// <param name="Obligation">How strongly it binds; null for a rule that derives a fact rather than reporting a finding.</param>
/// <param name="Effective">When it is in force: as written, or else the period of what it cites.</param>
/// <param name="Remedy">What an authority can do about a finding, if written.</param>
/// <param name="Tags">Its tags, in the order written.</param>
/// <param name="Location">Where its document starts.</param>
/// <param name="Scope">Which authorities one evaluation of it looks at (<c>scope:</c>).</param>
internal sealed record RuleMetadata(
    string Id,
    string Title,
    Citation Citation,
    Obligation? Obligation,
    EffectivePeriod Effective,
    string? Remedy,
    IReadOnlyList<string> Tags,
    SourceLocation Location,
    RuleScope Scope = RuleScope.Authority);
