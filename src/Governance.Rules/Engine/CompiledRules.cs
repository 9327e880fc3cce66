using Governance.Rules.Definitions;
using NRules;

namespace Governance.Rules.Engine;

/// <summary>
/// A group of rules evaluated together: one rule, or rules that derive facts for each other through positive patterns
/// only. Every rule of a stratum fires before any rule of a later one (NRules' priorities).
/// </summary>
/// <param name="Rules">The rules, by id.</param>
/// <param name="IsRecursive">Whether a rule reads a kind a rule of the same stratum derives.</param>
/// <param name="Reads">The derived kinds the stratum's rules read.</param>
internal sealed record Stratum(IReadOnlyList<TranslatedRule> Rules, bool IsRecursive, IReadOnlySet<string> Reads);

/// <summary>
/// A compiled rule set: NRules' session factory for the translated rules, immutable and thread-safe, compiled once and
/// evaluated by any number of sessions at once. Made by <see cref="RuleCompiler.Compile"/>.
/// </summary>
internal sealed class CompiledRules
{
    private readonly IReadOnlyDictionary<string, (RuleRuntime Rule, bool ReportsUnknown)> runtimes;

    /// <summary>Makes the rule set.</summary>
    public CompiledRules(
        ISessionFactory factory,
        IReadOnlyList<Stratum> strata,
        IReadOnlyDictionary<string, (RuleRuntime Rule, bool ReportsUnknown)> runtimes,
        IReadOnlyList<Type> modelTypesRead)
    {
        Factory = factory;
        Strata = strata;
        this.runtimes = runtimes;
        ModelTypesRead = modelTypesRead;
    }

    /// <summary>NRules' session factory.</summary>
    public ISessionFactory Factory { get; }

    /// <summary>The strata, in evaluation order.</summary>
    public IReadOnlyList<Stratum> Strata { get; }

    /// <summary>The rules, by id.</summary>
    public IReadOnlyList<RuleDefinition> Rules => [.. Strata.SelectMany(s => s.Rules).Select(r => r.Definition).OrderBy(r => r.Id, StringComparer.Ordinal)];

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

    /// <summary>The rule an NRules rule was translated from, and whether it is one of the rule's unknown-answer rules; null for a rule written in C#.</summary>
    public (RuleRuntime Rule, bool ReportsUnknown)? RuntimeOf(string nrulesName) =>
        runtimes.TryGetValue(nrulesName, out var runtime) ? runtime : null;

    /// <summary>Makes a session over the facts; run it with <see cref="RuleSession.Run"/>.</summary>
    /// <param name="facts">Model objects and, optionally, derived facts.</param>
    /// <param name="options">The evaluation date, the firing cap, the rule filter and the trace.</param>
    public RuleSession CreateSession(IEnumerable<object> facts, EngineOptions options) => new(this, facts, options);

    /// <summary>Evaluates the rules against the facts in one session. Rule problems are reported in the result, never thrown.</summary>
    /// <param name="facts">Model objects and, optionally, derived facts.</param>
    /// <param name="options">The evaluation date, the firing cap, the rule filter and the trace.</param>
    /// <param name="cancellation">Stops the session promptly; the result then says <see cref="StopReason.Cancelled"/>.</param>
    public EngineResult Evaluate(IEnumerable<object> facts, EngineOptions options, CancellationToken cancellation = default) =>
        CreateSession(facts, options).Run(cancellation);
}
