namespace Governance.Rules;

/// <summary>How to evaluate a rule set against authorities.</summary>
public sealed record EvaluationOptions
{
    /// <summary>The firing limit used when none is given.</summary>
    public const int DefaultMaxFirings = 100_000;

    /// <summary>
    /// The date to judge the arrangements as at. When not given, the latest date the authorities' files are recorded
    /// as at. The clock is never read.
    /// </summary>
    public DateOnly? AsAt { get; init; }

    /// <summary>
    /// Evaluate as if no departure were recorded, for auditors: every finding is shown open, and departures are not
    /// themselves checked.
    /// </summary>
    public bool IgnoreDepartures { get; init; }

    /// <summary>The time limit used when none is given: five minutes.</summary>
    public static readonly TimeSpan DefaultTimeLimit = TimeSpan.FromMinutes(5);

    /// <summary>The budget of partial matches used when none is given.</summary>
    public const int DefaultMaxMatches = 2_000_000;

    /// <summary>The budget of derived facts used when none is given.</summary>
    public const int DefaultMaxDerivedFacts = 100_000;

    /// <summary>The most rule firings one evaluation may make before it stops, reported as incomplete.</summary>
    public int MaxFirings { get; init; } = DefaultMaxFirings;

    /// <summary>
    /// The most wall-clock time one evaluation may take; null for no limit. When it is reached the evaluation stops
    /// promptly (inside the matching too) and the result is incomplete, with a <see cref="RuleError"/> coded
    /// <c>GOV537</c> naming the rule that was being matched, where that is known.
    /// </summary>
    public TimeSpan? TimeLimit { get; init; } = DefaultTimeLimit;

    /// <summary>
    /// The most partial matches one session (an authority, or a group of authorities that refer to one another) may
    /// make: tuples made by joining a pattern to the patterns before it, under <c>not</c> and <c>exists</c> too. When one
    /// more would be made the session stops, and the result is incomplete with a <see cref="RuleError"/> coded
    /// <c>GOV538</c> naming the rule, so a join with no shared key cannot exhaust the memory. Rules written in C# are
    /// held to the time limit and the budget of derived facts instead.
    /// </summary>
    public int MaxMatches { get; init; } = DefaultMaxMatches;

    /// <summary>
    /// The most facts the rules of one session may derive (rules written in C#: insert). When one more would be derived
    /// the session stops, and the result is incomplete with a <see cref="RuleError"/> coded <c>GOV539</c> naming the
    /// rule, so a derivation without end stops long before the firing limit.
    /// </summary>
    public int MaxDerivedFacts { get; init; } = DefaultMaxDerivedFacts;

    /// <summary>Receives the evaluation's trace events (conditions evaluated, activations, firings), for explaining results.</summary>
    public IEvaluationTrace? Trace { get; init; }
}
