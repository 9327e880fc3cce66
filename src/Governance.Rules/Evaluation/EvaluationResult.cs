namespace Governance.Rules;

/// <summary>
/// The outcome of evaluating a rule set against authorities: the findings and rule errors, and everything they were
/// judged against (the as-at date, the rule set's version, the guidance documents and the rules in force).
/// </summary>
public sealed record EvaluationResult
{
    /// <summary>
    /// The date given (<see cref="EvaluationOptions.AsAt"/>), or else the latest date the authorities' files are
    /// recorded as at. The rules in force and the departures are judged as at this date.
    /// </summary>
    public required DateOnly AsAt { get; init; }

    /// <summary>
    /// The date each authority was judged as at, by GSS code: the date given, or else the date its own file is
    /// recorded as at. A rule across authorities is judged as at the latest of the dates of the authorities it joins.
    /// </summary>
    public IReadOnlyDictionary<string, DateOnly> AsAtByAuthority { get; init; } = new Dictionary<string, DateOnly>();

    /// <summary>The version of the rule set, a hash of its files' content.</summary>
    public required string RuleSetVersion { get; init; }

    /// <summary>The guidance documents (with their editions) that the rules cite.</summary>
    public required IReadOnlyList<GuidanceDocument> Documents { get; init; }

    /// <summary>The ids of the rules in force at the as-at date, which were evaluated.</summary>
    public required IReadOnlyList<string> RulesInForce { get; init; }

    /// <summary>The GSS codes of the authorities evaluated.</summary>
    public required IReadOnlyList<string> AuthoritiesEvaluated { get; init; }

    /// <summary>The findings, ordered by authority, file position and rule.</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }

    /// <summary>Rules that failed at run time: error outcomes, neither passes nor findings.</summary>
    public required IReadOnlyList<RuleError> Errors { get; init; }

    /// <summary>Things the reader must know about the evaluation itself, for example that no rule was in force.</summary>
    public required IReadOnlyList<string> Notices { get; init; }

    /// <summary>Whether the evaluation ran to the end (it stops early only at the firing limit).</summary>
    public required bool Complete { get; init; }

    /// <summary>Why the evaluation stopped early, when it did.</summary>
    public string? StoppedBecause { get; init; }

    /// <summary>Whether recorded departures were ignored (<see cref="EvaluationOptions.IgnoreDepartures"/>).</summary>
    public required bool DeparturesIgnored { get; init; }

    /// <summary>Whether any finding fails (an open error or warning).</summary>
    public bool HasFailures => Findings.Any(f => f.IsFailing);
}
