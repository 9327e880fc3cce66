using Governance.Model;
using Governance.Rules.Definitions;
using NRules;
using NRules.RuleModel;
using RuleDefinition = Governance.Rules.Definitions.RuleDefinition;

namespace Governance.Rules.Engine;

/// <summary>What compiling a rule set gave: the compiled rules when there were no errors, and the diagnostics.</summary>
/// <param name="Rules">The compiled rules; null when any diagnostic is an error.</param>
/// <param name="Diagnostics">The problems found (GOV3xx), in file order.</param>
internal sealed record RuleCompilation(CompiledRules? Rules, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether the rules compiled.</summary>
    public bool Succeeded => Rules is not null;
}

/// <summary>
/// Compiles rule definitions once into a thread-safe <see cref="CompiledRules"/>: takes each rule that is whole
/// (<see cref="RuleDefinition.Check"/>) and translates it into NRules' rule model (<see cref="RuleTranslator"/>), orders the rules into strata by the derived facts they
/// produce and read (<see cref="Stratifier"/>) and gives each stratum its NRules priority, then compiles the NRules
/// rules into one session factory.
/// </summary>
internal static class RuleCompiler
{
    /// <summary>Compiles the rules.</summary>
    /// <param name="rules">The rules, in any order.</param>
    /// <param name="csharpRules">Rules written in C# with NRules.Fluent, run in the sessions of the rules about one authority; none by default.</param>
    public static RuleCompilation Compile(IReadOnlyList<RuleDefinition> rules, IReadOnlyList<CSharpRules.Description.CSharpRule>? csharpRules = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var diagnostics = new List<Diagnostic>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unique = new List<RuleDefinition>();
        foreach (var rule in rules)
        {
            if (seen.Add(rule.Id))
            {
                unique.Add(rule);
            }
            else
            {
                diagnostics.Add(EngineDiagnostics.Error(EngineDiagnostics.DuplicateRuleId, $"Another rule already has the id '{rule.Id}'; every rule needs its own id.", rule.Location));
            }
        }

        // Each rule checks itself; only whole rules are translated.
        var whole = new List<RuleDefinition>();
        foreach (var rule in unique.OrderBy(rule => rule.Id, StringComparer.Ordinal))
        {
            var problems = rule.Check();
            diagnostics.AddRange(problems);
            if (problems.Count == 0)
            {
                whole.Add(rule);
            }
        }

        var modelTypes = new HashSet<Type>();
        var translated = whole.Select(rule => RuleTranslator.Translate(rule, modelTypes, keyedJoins: false)).ToList();
        var strata = Stratifier.Stratify(translated, diagnostics);
        CheckScopes(translated, diagnostics);
        var failed = diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
        CompiledRules? compiled = null;
        if (!failed)
        {
            compiled = Build(strata, csharpRules ?? [], modelTypes, diagnostics);
        }

        var ordered = diagnostics
            .OrderBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
        return new RuleCompilation(compiled, ordered);
    }

    /// <summary>
    /// A rule about one authority runs before the rules across authorities, in a session of its own authority: it
    /// cannot read what a rule across authorities derives.
    /// </summary>
    private static void CheckScopes(IReadOnlyList<TranslatedRule> rules, List<Diagnostic> diagnostics)
    {
        var derivedAcross = rules
            .Where(r => r.Definition.Scope == RuleScope.AcrossAuthorities && r.Action is CompiledDerivation)
            .ToLookup(r => ((CompiledDerivation)r.Action).Schema.Kind, StringComparer.Ordinal);
        foreach (var rule in rules.Where(r => r.Definition.Scope == RuleScope.Authority))
        {
            foreach (var kind in Stratifier.KindsRead(rule.Definition).Keys.Order(StringComparer.Ordinal).Where(k => derivedAcross.Contains(k)))
            {
                diagnostics.Add(EngineDiagnostics.Error(
                    EngineDiagnostics.ScopeReadsAcross,
                    $"Rule '{rule.Id}' looks at one authority at a time, but it reads {kind}, which the rule across authorities '{derivedAcross[kind].First().Id}' derives. " +
                    "Rules about one authority run first, each in its authority's own session; give this rule 'scope: across-authorities' too, or derive the fact per authority.",
                    rule.Definition.Location));
            }
        }
    }

    private static CompiledRules? Build(IReadOnlyList<Stratum> strata, IReadOnlyList<CSharpRules.Description.CSharpRule> csharpRules, HashSet<Type> modelTypes, List<Diagnostic> diagnostics)
    {
        var runtimes = new Dictionary<string, (RuleRuntime Rule, bool ReportsUnknown)>(StringComparer.Ordinal);
        var runtimeOf = new Dictionary<string, RuleRuntime>(StringComparer.Ordinal);
        var local = new List<IRuleDefinition>();
        var across = new List<IRuleDefinition>();
        for (var i = 0; i < strata.Count; i++)
        {
            // NRules fires higher priorities first: every rule of a stratum fires before any rule of a later one.
            var priority = strata.Count - i;
            foreach (var rule in strata[i].Rules)
            {
                var runtime = new RuleRuntime(rule.Definition, rule.Tuple, rule.Action, i);
                runtimeOf.Add(rule.Id, runtime);
                foreach (var (definition, reportsUnknown) in rule.ToNRules(runtime, priority))
                {
                    runtimes.Add(definition.Name, (runtime, reportsUnknown));
                    (rule.Definition.Scope == RuleScope.Authority ? local : across).Add(definition);
                }
            }
        }

        local.AddRange(csharpRules.Select(r => r.NRules));
        foreach (var type in csharpRules.SelectMany(r => r.NRules.LeftHandSide.Imports.Concat(r.NRules.LeftHandSide.Exports)).Select(d => d.Type).Where(t => typeof(ModelElement).IsAssignableFrom(t)))
        {
            modelTypes.Add(type);
        }

        try
        {
            var compiler = NRulesCompiler();
            var localFactory = compiler.Compile(local);
            var acrossFactory = across.Count == 0 ? null : compiler.Compile(across);

            // Joins on a key looked up by key, for a session with many facts (see KeyedJoin): made on first use. Not for
            // rule sets with C# rules, which may insert model facts while firing.
            var indexed = csharpRules.Count > 0 ? null : new Lazy<ISessionFactory>(() => CompileIndexed(strata, runtimeOf));
            return new CompiledRules(localFactory, acrossFactory, indexed, strata, runtimes, [.. modelTypes.OrderBy(t => t.FullName, StringComparer.Ordinal)], csharpRules);
        }
        catch (RuleCompilationException error)
        {
            var location = strata.SelectMany(s => s.Rules).FirstOrDefault(r => error.RuleName?.StartsWith(r.Id + "#", StringComparison.Ordinal) == true || error.RuleName?.StartsWith(r.Id + "!", StringComparison.Ordinal) == true)?.Definition.Location ?? SourceLocation.None;
            diagnostics.Add(EngineDiagnostics.Error(EngineDiagnostics.NRulesCompilation, $"NRules could not compile the rule '{error.RuleName}': {error.InnerException?.Message ?? error.Message}", location));
            return null;
        }
    }

    /// <summary>
    /// The rules about one authority again, each join on a key translated to look its facts up by key: the same NRules
    /// rules, by the same names, firing the same runtimes, so a session of either factory reports alike.
    /// </summary>
    private static ISessionFactory CompileIndexed(IReadOnlyList<Stratum> strata, Dictionary<string, RuleRuntime> runtimeOf)
    {
        var local = new List<IRuleDefinition>();
        for (var i = 0; i < strata.Count; i++)
        {
            foreach (var rule in strata[i].Rules.Where(r => r.Definition.Scope == RuleScope.Authority))
            {
                var indexed = RuleTranslator.Translate(rule.Definition, [], keyedJoins: true);
                local.AddRange(indexed.ToNRules(runtimeOf[rule.Id], strata.Count - i).Select(r => r.Rule));
            }
        }

        return NRulesCompiler().Compile(local);
    }

    private static NRules.RuleCompiler NRulesCompiler() =>
        new(new RuleCompilerOptions
        {
            // Conditions that hold a loop (any/all written out) cannot be compared for node sharing: never share them.
            UnsupportedExpressionHandling = RuleCompilerUnsupportedExpressionsHandling.TreatAsNotEqual,
        })
        {
            ExpressionCompiler = new NRulesExpressionCompiler(),
        };

    /// <summary>NRules' own expressions compiled or interpreted as the rules' are (<see cref="DelegateCompiler"/>).</summary>
    private sealed class NRulesExpressionCompiler : NRules.Extensibility.IExpressionCompiler
    {
        public TDelegate Compile<TDelegate>(System.Linq.Expressions.Expression<TDelegate> expression)
            where TDelegate : Delegate => DelegateCompiler.Compile(expression);
    }
}
