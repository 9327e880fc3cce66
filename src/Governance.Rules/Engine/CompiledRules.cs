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
/// A compiled rule set: NRules' session factories for the translated rules, immutable and thread-safe, compiled once
/// and evaluated by any number of sessions at once. Made by <see cref="RuleCompiler.Compile"/>. The rules about one
/// authority are in one factory, the rules across authorities in another: an evaluation runs the first over each
/// authority's facts, then the second over authorities that refer to one another, with what the first derived.
/// </summary>
internal sealed class CompiledRules
{
    private readonly IReadOnlyDictionary<string, (RuleRuntime Rule, bool ReportsUnknown)> runtimes;
    private readonly Dictionary<string, CSharpRules.Description.CSharpRule> csharpRules;
    private readonly Lazy<ISessionFactory>? localIndexed;

    /// <summary>Makes the rule set.</summary>
    public CompiledRules(
        ISessionFactory local,
        ISessionFactory? across,
        Lazy<ISessionFactory>? localIndexed,
        IReadOnlyList<Stratum> strata,
        IReadOnlyDictionary<string, (RuleRuntime Rule, bool ReportsUnknown)> runtimes,
        IReadOnlyList<Type> modelTypesRead,
        IReadOnlyList<CSharpRules.Description.CSharpRule> csharpRules)
    {
        this.csharpRules = csharpRules.ToDictionary(r => r.Definition.Id, StringComparer.Ordinal);
        Local = local;
        Across = across;
        this.localIndexed = localIndexed;
        Strata = strata;
        this.runtimes = runtimes;
        ModelTypesRead = modelTypesRead;
    }

    /// <summary>NRules' session factory for the rules about one authority (and the rules written in C#).</summary>
    public ISessionFactory Local { get; }

    /// <summary>
    /// NRules' session factory for the rules about one authority with their joins on a key looked up by key
    /// (<see cref="KeyedJoin"/>), compiled on first use; null when the rule set has rules written in C#. A session with
    /// many facts uses it (<see cref="EngineOptions.IndexJoinsFrom"/>): it grows with the facts where
    /// <see cref="Local"/> grows with their square, but costs more on the few facts of an ordinary authority.
    /// </summary>
    public ISessionFactory? LocalIndexed => localIndexed?.Value;

    /// <summary>Whether the rule set has <see cref="LocalIndexed"/>.</summary>
    public bool CanIndexJoins => localIndexed is not null;

    /// <summary>NRules' session factory for the rules across authorities; null when there are none.</summary>
    public ISessionFactory? Across { get; }

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

    /// <summary>Whether the rule set has rules written in C#.</summary>
    public bool HasCSharpRules => csharpRules.Count > 0;

    /// <summary>The rule written in C# of that name, or null.</summary>
    public CSharpRules.Description.CSharpRule? CSharpRuleOf(string name) => csharpRules.GetValueOrDefault(name);

    /// <summary>Makes a session of the rules about one authority over the facts; run it with <see cref="RuleSession.Run"/>.</summary>
    /// <param name="facts">Model objects and, optionally, derived facts.</param>
    /// <param name="options">The evaluation date, the firing cap, the rule filter and the trace.</param>
    public RuleSession CreateSession(IEnumerable<object> facts, EngineOptions options) => new(this, Local, facts, options, indexed: true);

    /// <summary>
    /// Evaluates the rules against the facts as one group: the rules about one authority in one session over them,
    /// then the rules across authorities over them and what the first derived. Rule problems are reported in the
    /// result, never thrown.
    /// </summary>
    /// <param name="facts">Model objects and, optionally, derived facts.</param>
    /// <param name="options">The evaluation date, the firing cap, the rule filter and the trace.</param>
    /// <param name="cancellation">Stops the session promptly; the result then says <see cref="StopReason.Cancelled"/>.</param>
    public EngineResult Evaluate(IEnumerable<object> facts, EngineOptions options, CancellationToken cancellation = default)
    {
        var given = facts.ToList();
        var local = CreateSession(given, options).Run(cancellation);
        return local.Completed && Across is not null
            ? EngineResult.Merge([local, EvaluateAcross(given, local.DerivedFacts, options, cancellation)], new FactOrder(options.FactKey))
            : local;
    }

    /// <summary>Evaluates the rules across authorities over facts and what the rules about one authority derived from them.</summary>
    /// <param name="facts">The facts of the authorities compared.</param>
    /// <param name="derived">What the rules about one authority derived from them.</param>
    /// <param name="options">The evaluation date, the firing cap, the rule filter and the trace.</param>
    /// <param name="cancellation">Stops the session promptly.</param>
    public EngineResult EvaluateAcross(IEnumerable<object> facts, IEnumerable<DerivedFact> derived, EngineOptions options, CancellationToken cancellation = default) =>
        Across is null
            ? EngineResult.Empty
            : new RuleSession(this, Across, facts.Concat(derived), options).Run(cancellation);
}
