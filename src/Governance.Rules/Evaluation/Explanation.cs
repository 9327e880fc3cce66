using Governance.Model;

namespace Governance.Rules;

/// <summary>How a rule came out for an authority (<see cref="Explanation"/>).</summary>
public enum ExplanationOutcome
{
    /// <summary>The rule fired: it made findings (or derived facts for other rules).</summary>
    Fired,

    /// <summary>The rule was in force and evaluated, and did not fire.</summary>
    DidNotFire,

    /// <summary>The rule was not in force on the date judged, so it was not evaluated.</summary>
    NotInForce,

    /// <summary>The rule failed at run time: neither a pass nor a finding.</summary>
    RuleError,
}

/// <summary>Where a condition sits in a rule's <c>when</c>, which decides what its result means for the rule.</summary>
public enum ConditionPlace
{
    /// <summary>In a pattern or check that must match for the rule to fire.</summary>
    Required,

    /// <summary>Inside a <c>not</c>: when every condition there holds for some facts, the <c>not</c> blocks the rule.</summary>
    InsideNot,

    /// <summary>Inside a <c>forall</c>: it must hold for every fact of the base pattern.</summary>
    InsideForAll,

    /// <summary>In the source of a <c>count</c> or <c>collect</c>, which matches even when nothing is counted.</summary>
    InsideAggregate,
}

/// <summary>One condition of a rule, with what the trace of an evaluation says about it.</summary>
public sealed record ConditionTrace
{
    /// <summary>The condition as the rule writes it.</summary>
    public required string Text { get; init; }

    /// <summary>Where the condition is written.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>The pattern it belongs to, as <c>name: Type</c>, or <see langword="null"/> for a check over earlier names.</summary>
    public string? Pattern { get; init; }

    /// <summary>Where it sits in the rule's <c>when</c>.</summary>
    public required ConditionPlace Place { get; init; }

    /// <summary>Where the enclosing <c>not</c>, <c>forall</c> or aggregate is written; unknown for <see cref="ConditionPlace.Required"/>.</summary>
    public SourceLocation PlaceLocation { get; init; } = SourceLocation.None;

    /// <summary>Each time the condition was evaluated, in order: the facts and values bound, and the result.</summary>
    public required IReadOnlyList<TraceEvent> Evaluations { get; init; }

    /// <summary>How many times it held.</summary>
    public int Held => Evaluations.Count(e => e.Result == true);

    /// <summary>How many times it did not hold.</summary>
    public int Failed => Evaluations.Count(e => e.Result == false);

    /// <summary>How many times it failed with an error.</summary>
    public int Errors => Evaluations.Count(e => e.Result is null);
}

/// <summary>
/// Why a rule did or did not fire for one authority (<see cref="RuleSet.Explain"/>): the rule and what it cites, the
/// date judged and whether the rule was in force on it, the outcome, and the evaluation's trace of the rule's conditions.
/// </summary>
public sealed record Explanation
{
    /// <summary>The rule.</summary>
    public required RuleInfo Rule { get; init; }

    /// <summary>The catalogue's items the rule cites (with their quotes), in the order cited.</summary>
    public required IReadOnlyList<GuidanceItem> CitedItems { get; init; }

    /// <summary>The authority's GSS code.</summary>
    public required string AuthorityCode { get; init; }

    /// <summary>The authority's name.</summary>
    public required string AuthorityName { get; init; }

    /// <summary>Where the authority is written.</summary>
    public required SourceLocation AuthorityLocation { get; init; }

    /// <summary>The date judged: the date given, or else the date the authority's file is recorded as at.</summary>
    public required DateOnly AsAt { get; init; }

    /// <summary>Whether the date was given (<see cref="EvaluationOptions.AsAt"/>) rather than taken from the file.</summary>
    public required bool AsAtGiven { get; init; }

    /// <summary>Whether the rule was in force on <see cref="AsAt"/> (see <see cref="RuleInfo.EffectiveFrom"/> and <see cref="RuleInfo.EffectiveUntil"/>).</summary>
    public required bool InForce { get; init; }

    /// <summary>How the rule came out.</summary>
    public required ExplanationOutcome Outcome { get; init; }

    /// <summary>The rule's findings for the authority, with their evidence and any departure applied.</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }

    /// <summary>The facts the rule derived for other rules, for a rule that derives.</summary>
    public required IReadOnlyList<string> Derived { get; init; }

    /// <summary>The departures the authority records from the rule.</summary>
    public required IReadOnlyList<DepartureRecord> Departures { get; init; }

    /// <summary>What is wrong with those departures (findings of the built-in departure checks), which makes them not apply.</summary>
    public required IReadOnlyList<Finding> DepartureProblems { get; init; }

    /// <summary>The run-time errors of the rule, and of rules deriving facts it may read.</summary>
    public required IReadOnlyList<RuleError> Errors { get; init; }

    /// <summary>The rule's conditions in the order it writes them, each with its evaluations.</summary>
    public required IReadOnlyList<ConditionTrace> Conditions { get; init; }

    /// <summary>
    /// For a rule that did not fire, where it stopped, as the trace shows: the first condition that must hold and never
    /// did (never evaluated at all when no fact reached it), or else the last condition of a <c>not</c> every condition
    /// of which held (the <c>not</c> found what it rules out). <see langword="null"/> when neither is so: each condition
    /// held for some facts, but never all together.
    /// </summary>
    public ConditionTrace? StoppedAt { get; init; }

    /// <summary>
    /// The sets of facts that matched the whole <c>when</c> as the facts were added (activations), each with its
    /// bindings. A match can be undone by a fact added later (one a <c>not</c> rules out) before the rule fires.
    /// </summary>
    public required IReadOnlyList<TraceEvent> Activations { get; init; }

    /// <summary>What the evaluation says that concerns the authority, for example history its file does not record.</summary>
    public required IReadOnlyList<string> Notices { get; init; }
}
