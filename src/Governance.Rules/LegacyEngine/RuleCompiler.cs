using Governance.Model;
using Governance.Rules.Definitions;

namespace Governance.Rules.LegacyEngine;

/// <summary>What compiling a rule set gave: the compiled rules when there were no errors, and the diagnostics.</summary>
/// <param name="Rules">The compiled rules; null when any diagnostic is an error.</param>
/// <param name="Diagnostics">The problems found (GOV3xx), in file order.</param>
internal sealed record RuleCompilation(CompiledRules? Rules, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether the rules compiled.</summary>
    public bool Succeeded => Rules is not null;
}

/// <summary>
/// Compiles rule definitions once into a thread-safe <see cref="CompiledRules"/>: checks each rule, compiles every
/// lambda once, and orders the rules into strata by the derived facts they produce and read.
/// </summary>
internal static class RuleCompiler
{
    /// <summary>Compiles the rules.</summary>
    /// <param name="rules">The rules, in any order.</param>
    public static RuleCompilation Compile(IReadOnlyList<RuleDefinition> rules)
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

        var numbering = new PatternNumbering();
        var compiled = unique
            .OrderBy(rule => rule.Id, StringComparer.Ordinal)
            .Select(rule => RuleNodeBuilder.Build(rule, numbering, diagnostics))
            .OfType<CompiledRule>()
            .ToList();
        var strata = Stratifier.Stratify(compiled, diagnostics);
        var ordered = diagnostics
            .OrderBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
        var failed = ordered.Any(d => d.Severity == DiagnosticSeverity.Error);
        return new RuleCompilation(failed ? null : new CompiledRules(strata, numbering.Count, numbering.ModelTypes), ordered);
    }
}
