using Governance.Model;

namespace Governance.Rules;

/// <summary>Where a finding's rule comes from: a guidance document, its edition, and the paragraphs cited.</summary>
/// <param name="Document">The guidance document's id, for example <c>DCSF-00686-2009</c>.</param>
/// <param name="Edition">The document's title and edition, as the guidance catalogue records it.</param>
/// <param name="Paragraphs">The paragraphs or provisions cited, for example <c>3.13</c> or <c>s18(8)</c>.</param>
/// <param name="Quote">A short quotation from the cited text.</param>
public sealed record Citation(string Document, string Edition, IReadOnlyList<string> Paragraphs, string Quote)
{
    /// <summary>
    /// The Act whose provisions the cited document quotes, for example "Children Act 2004": a provision cited
    /// (<c>s18(1)</c>) is a duty of that Act, and the citation names the Act, not the guidance.
    /// </summary>
    public string? Act { get; init; }

    /// <summary>
    /// Formats the citation as <c>DCSF-00686-2009 para 3.13</c>, <c>Children Act 2004 s18(1)</c> for a provision of the
    /// Act, or <c>DCSF-00686-2009 para 2.25; Children Act 2004 s19(1)</c> for both.
    /// </summary>
    public override string ToString()
    {
        var paragraphs = Paragraphs.Where(p => !IsProvision(p)).ToList();
        var provisions = Paragraphs.Where(IsProvision).ToList();
        var parts = new List<string>();
        if (paragraphs.Count > 0)
        {
            parts.Add($"{Document} {(paragraphs.Count == 1 ? "para" : "paras")} {string.Join(", ", paragraphs)}");
        }

        if (provisions.Count > 0)
        {
            parts.Add($"{Act ?? Document} {string.Join(", ", provisions)}");
        }

        return parts.Count == 0 ? Document : string.Join("; ", parts);
    }

    /// <summary>Whether the citation cites a provision of an Act (which an authority cannot depart from).</summary>
    public bool CitesAnAct => Paragraphs.Any(IsProvision);

    private static bool IsProvision(string part) => part.StartsWith('s');
}

/// <summary>A fact a rule matched, and where it is written.</summary>
/// <param name="Name">The name the rule bound the fact to (for example <c>dcs</c>), or the fact's type when unnamed.</param>
/// <param name="Description">The fact as a person would describe it, for example <c>DirectorOfChildrensServices (Jane Doe)</c>.</param>
/// <param name="Location">Where the fact is written.</param>
public sealed record Evidence(string Name, string Description, SourceLocation Location);

/// <summary>A departure recorded by the authority, as it applied to a finding.</summary>
/// <param name="Reasons">The reasons the authority gave.</param>
/// <param name="DecidedBy">Who decided.</param>
/// <param name="DecidedOn">When.</param>
/// <param name="ReviewBy">When the decision is to be reviewed, if set.</param>
/// <param name="Location">Where the departure is written.</param>
public sealed record DepartureRecord(string Reasons, string DecidedBy, DateOnly DecidedOn, DateOnly? ReviewBy, SourceLocation Location);

/// <summary>
/// What a rule found in an authority's arrangements: which rule, how serious, whether departed from, where, why (the
/// citation) and what to do about it.
/// </summary>
public sealed record Finding
{
    /// <summary>The rule's id.</summary>
    public required string RuleId { get; init; }

    /// <summary>The rule's title.</summary>
    public required string Title { get; init; }

    /// <summary>How serious the finding is.</summary>
    public required Severity Severity { get; init; }

    /// <summary>Whether the finding stands or the authority has departed from the guidance with reasons.</summary>
    public required FindingStatus Status { get; init; }

    /// <summary>The rule's obligation.</summary>
    public required Obligation Obligation { get; init; }

    /// <summary>The GSS code of the authority the finding is about.</summary>
    public required string AuthorityCode { get; init; }

    /// <summary>The name of the authority the finding is about.</summary>
    public required string AuthorityName { get; init; }

    /// <summary>The finding in words, from the rule's message with the matched values filled in.</summary>
    public required string Message { get; init; }

    /// <summary>The guidance the rule checks.</summary>
    public required Citation Citation { get; init; }

    /// <summary>Where the finding points: the place named by the rule, else the first fact matched, else the nearest enclosing section of the file.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>The facts the rule matched, with their locations.</summary>
    public required IReadOnlyList<Evidence> Evidence { get; init; }

    /// <summary>What the authority can do about it.</summary>
    public string? Remedy { get; init; }

    /// <summary>The departure that turned the finding into <see cref="FindingStatus.Departed"/>, if any.</summary>
    public DepartureRecord? Departure { get; init; }

    /// <summary>Whether the finding makes a check fail: an open error or warning.</summary>
    public bool IsFailing => Status == FindingStatus.Open && Severity != Severity.Note;

    /// <summary>Formats the finding as <c>file:line:column: warning rule-id: message [citation]</c>.</summary>
    public override string ToString() =>
        $"{Location}: {Severity.ToString().ToLowerInvariant()}{(Status == FindingStatus.Departed ? " (departed)" : string.Empty)} {RuleId}: {Message} [{Citation}]";
}

/// <summary>A rule that failed at run time for an authority: an error outcome, never a pass or a finding.</summary>
/// <param name="RuleId">The rule's id.</param>
/// <param name="AuthorityCode">The GSS code of the authority being evaluated when it failed, if known.</param>
/// <param name="Message">What went wrong.</param>
/// <param name="Location">Where the rule is written.</param>
public sealed record RuleError(string RuleId, string? AuthorityCode, string Message, SourceLocation Location)
{
    /// <summary>
    /// The stable code of an error that is not a condition or action that threw: <c>GOV537</c> (the time limit),
    /// <c>GOV538</c> (the budget of partial matches), <c>GOV539</c> (the budget of derived facts). Null for a condition or
    /// action that threw.
    /// </summary>
    public string? Code { get; init; }

    /// <summary>
    /// Formats the error as <c>file:line:column: rule error rule-id: message</c>, or
    /// <c>file:line:column: rule error CODE rule-id: message</c> when it has a code.
    /// </summary>
    public override string ToString() =>
        $"{Location}: rule error {(Code is null ? string.Empty : Code + " ")}{RuleId}: {Message}";
}
