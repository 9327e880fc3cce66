using Governance.Rules.Definitions;

namespace Governance.Rules.Engine;

/// <summary>How to evaluate a rule set against facts.</summary>
internal sealed record EngineOptions
{
    /// <summary>The default cap on firings: generous for real rule sets, small enough to stop a runaway derivation.</summary>
    public const int DefaultMaxFirings = 100_000;

    /// <summary>The evaluation date, passed to every condition as <c>asAt</c>.</summary>
    public required DateOnly AsAt { get; init; }

    /// <summary>
    /// The most activations the session may fire. When one more would fire, the session stops and its result says
    /// <see cref="StopReason.FiringLimitReached"/>.
    /// </summary>
    public int MaxFirings { get; init; } = DefaultMaxFirings;

    /// <summary>The default budget of partial matches one session may make.</summary>
    public const int DefaultMaxMatches = 2_000_000;

    /// <summary>The default budget of facts the rules of one session may derive.</summary>
    public const int DefaultMaxDerivedFacts = 100_000;

    /// <summary>
    /// The most partial matches (tuples made by joining a pattern's facts to what the patterns before it matched,
    /// inside <c>not</c> and <c>exists</c> too) the session may make. When one more would be made, the session stops
    /// and its result says <see cref="StopReason.MatchLimitReached"/>: a join with no shared key cannot fill the memory.
    /// </summary>
    public int MaxMatches { get; init; } = DefaultMaxMatches;

    /// <summary>
    /// The most facts the session's rules may derive (and rules written in C# insert). When one more would be
    /// derived, the session stops and its result says <see cref="StopReason.DerivedFactLimitReached"/>.
    /// </summary>
    public int MaxDerivedFacts { get; init; } = DefaultMaxDerivedFacts;

    /// <summary>The default for <see cref="IndexJoinsFrom"/>.</summary>
    public const int DefaultIndexJoinsFrom = 2_000;

    /// <summary>
    /// How many facts a session of the rules about one authority must have to look its joins on a key up by key
    /// (<see cref="CompiledRules.LocalIndexed"/>) rather than try every pair. An ordinary authority has a few hundred
    /// facts, for which the plain joins are quicker; a file of thousands of posts needs the index to be checked in time
    /// that grows with it (docs/performance.md). 0 indexes every session, <see cref="int.MaxValue"/> none.
    /// </summary>
    public int IndexJoinsFrom { get; init; } = DefaultIndexJoinsFrom;

    /// <summary>Which rules are in force; a rule for which this returns false is skipped. Null means every rule.</summary>
    public Func<RuleDefinition, bool>? IsActive { get; init; }

    /// <summary>Receives trace events; null (the default) costs nothing.</summary>
    public IEngineTrace? Trace { get; init; }

    /// <summary>
    /// The ordering key of facts that are neither model elements, derived facts, lists nor simple values, so results
    /// are in a canonical order whatever order the facts were given in.
    /// </summary>
    public Func<object, string>? FactKey { get; init; }
}
