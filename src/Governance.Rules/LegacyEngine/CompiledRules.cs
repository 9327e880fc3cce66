using Governance.Rules.Definitions;

namespace Governance.Rules.LegacyEngine;

/// <summary>
/// A group of rules evaluated together to a fixpoint: one rule, or rules that derive facts for each other through
/// positive patterns only. Strata are evaluated in order, so a rule runs after every rule whose facts it reads.
/// </summary>
/// <param name="Rules">The rules, by id.</param>
/// <param name="IsRecursive">Whether a rule reads a kind a rule of the same stratum derives, so passes repeat to a fixpoint.</param>
/// <param name="Reads">The derived kinds the stratum's rules read.</param>
internal sealed record Stratum(IReadOnlyList<CompiledRule> Rules, bool IsRecursive, IReadOnlySet<string> Reads);

/// <summary>
/// A compiled rule set: immutable and thread-safe, compiled once and evaluated by any number of sessions at once.
/// Made by <see cref="RuleCompiler.Compile"/>.
/// </summary>
internal sealed class CompiledRules
{
    /// <summary>Makes the rule set.</summary>
    public CompiledRules(IReadOnlyList<Stratum> strata, int patternCount, IReadOnlyList<Type> modelTypesRead)
    {
        Strata = strata;
        PatternCount = patternCount;
        ModelTypesRead = modelTypesRead;
    }

    /// <summary>The strata, in evaluation order.</summary>
    public IReadOnlyList<Stratum> Strata { get; }

    /// <summary>The rules, by id.</summary>
    public IReadOnlyList<RuleDefinition> Rules => [.. Strata.SelectMany(s => s.Rules).Select(r => r.Definition).OrderBy(r => r.Id, StringComparer.Ordinal)];

    /// <summary>How many patterns the rules have in all.</summary>
    public int PatternCount { get; }

    /// <summary>The model types the rules' patterns match (a pattern matches a type's subtypes too); derived kinds left out.</summary>
    public IReadOnlyList<Type> ModelTypesRead { get; }

    /// <summary>
    /// Whether a rule may read a fact declared as <paramref name="declared"/>: some pattern matches the type, a base of
    /// it, or a subtype of it. Facts of other types cannot match any pattern, so they need not be given.
    /// </summary>
    public bool MayRead(Type declared)
    {
        foreach (var read in ModelTypesRead)
        {
            if (read.IsAssignableFrom(declared) || declared.IsAssignableFrom(read))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Makes a session over the facts; run it with <see cref="RuleSession.Run"/>.</summary>
    /// <param name="facts">Model objects and, optionally, derived facts.</param>
    /// <param name="options">The evaluation date, the firing cap, the rule filter and the trace.</param>
    public RuleSession CreateSession(IEnumerable<object> facts, EngineOptions options) => new(this, facts, options);

    /// <summary>Evaluates the rules against the facts. Rule problems are reported in the result, never thrown.</summary>
    /// <param name="facts">Model objects and, optionally, derived facts.</param>
    /// <param name="options">The evaluation date, the firing cap, the rule filter and the trace.</param>
    /// <param name="cancellation">Stops the session promptly; the result then says <see cref="StopReason.Cancelled"/>.</param>
    public EngineResult Evaluate(IEnumerable<object> facts, EngineOptions options, CancellationToken cancellation = default) =>
        CreateSession(facts, options).Run(cancellation);
}
