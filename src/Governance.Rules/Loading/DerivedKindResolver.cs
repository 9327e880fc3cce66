using Governance.Model;
using Governance.Rules.Definitions;
using Governance.Rules.Language;
using Governance.Rules.Loading.Syntax;

namespace Governance.Rules.Loading;

/// <summary>
/// Compiles rules in an order that lets the fields of derived kinds of fact be inferred: a worklist that compiles
/// each rule once every derived kind its patterns match is known. Compiling a rule that derives a kind fixes the
/// kind's fields and their types (from the value expressions); a later rule deriving the same kind must agree.
/// Rules left over match a kind whose fields could not be worked out (every rule deriving it has errors, or depends
/// on it), and are reported.
/// </summary>
internal static class DerivedKindResolver
{
    /// <summary>Compiles the rules; returns those without errors in their original order, and the derived kinds.</summary>
    /// <param name="rules">The rules' syntax, in load order.</param>
    /// <param name="types">The domain's fact types.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    public static (IReadOnlyList<LoadedRule> Rules, IReadOnlyList<DerivedFactSchema> Kinds) Compile(
        IReadOnlyList<RuleSyntax> rules, TypeCatalog types, Diagnostics diagnostics)
    {
        var headerParser = new ConditionCompiler(types);
        var derivers = new Dictionary<string, List<RuleSyntax>>(StringComparer.Ordinal);
        var candidates = new List<RuleSyntax>();
        foreach (var rule in rules)
        {
            if (rule.Then is DeriveSyntax derive && types.TryGetFactType(derive.Kind.Value, out var clash) && !clash.IsDerived)
            {
                diagnostics.Error(
                    RuleDiagnosticCodes.BadDerivedKind,
                    $"'{derive.Kind.Value}' is a type of the domain model, so rules cannot derive it. Give the derived kind its own name, such as 'Combined{derive.Kind.Value}'.",
                    derive.Kind.Location);
                continue;
            }

            if (rule.Then is DeriveSyntax d)
            {
                (derivers.TryGetValue(d.Kind.Value, out var list) ? list : derivers[d.Kind.Value] = []).Add(rule);
            }

            candidates.Add(rule);
        }

        var needs = candidates.ToDictionary(r => r, r => DerivedKindsMatched(r, headerParser, derivers));
        var catalog = types;
        var kinds = new Dictionary<string, (DerivedFactSchema Schema, RuleSyntax By)>(StringComparer.Ordinal);
        var compiled = new Dictionary<RuleSyntax, RuleDefinition>();
        var failed = new HashSet<RuleSyntax>();
        var pending = candidates.ToList();
        var progress = true;
        while (progress && pending.Count > 0)
        {
            progress = false;
            foreach (var rule in pending.ToList())
            {
                if (!needs[rule].All(k => kinds.ContainsKey(k.Kind)))
                {
                    continue;
                }

                pending.Remove(rule);
                progress = true;
                var definition = RuleBuilder.Build(new ConditionCompiler(catalog), rule, diagnostics, out var schema);
                if (definition is null)
                {
                    failed.Add(rule);
                    continue;
                }

                if (schema is not null && !Register(schema, rule, kinds, ref catalog, diagnostics))
                {
                    failed.Add(rule);
                    continue;
                }

                compiled.Add(rule, definition);
            }
        }

        foreach (var rule in pending)
        {
            foreach (var (kind, at) in needs[rule].Where(k => !kinds.ContainsKey(k.Kind)))
            {
                var by = derivers[kind];
                var others = by.Where(r => r != rule).Select(r => r.Metadata.Id).ToList();
                diagnostics.Error(
                    RuleDiagnosticCodes.DerivedKindUnresolved,
                    others.Count == 0
                        ? $"The fields of {kind} cannot be worked out: only this rule derives it, and it matches {kind} itself. Add a rule that derives {kind} without matching it."
                        : $"The fields of {kind} cannot be worked out: the rules that derive it ({string.Join(", ", others)}) " +
                          (by.Any(failed.Contains) ? "have errors; fix them first." : $"themselves match {kind} or kinds that depend on it."),
                    at);
            }
        }

        var loaded = candidates.Where(compiled.ContainsKey).Select(r => new LoadedRule(compiled[r], r.Metadata)).ToList();
        return (loaded, [.. kinds.Values.Select(k => k.Schema)]);
    }

    private static bool Register(
        DerivedFactSchema schema,
        RuleSyntax rule,
        Dictionary<string, (DerivedFactSchema Schema, RuleSyntax By)> kinds,
        ref TypeCatalog catalog,
        Diagnostics diagnostics)
    {
        if (!kinds.TryGetValue(schema.Kind, out var known))
        {
            kinds.Add(schema.Kind, (schema, rule));
            catalog = catalog.WithDerived(schema);
            return true;
        }

        var expected = known.Schema.Fields.ToDictionary(f => f.Name, f => f.ClrType, StringComparer.Ordinal);
        var given = schema.Fields.ToDictionary(f => f.Name, f => f.ClrType, StringComparer.Ordinal);
        var differences = expected.Keys.Union(given.Keys)
            .Where(name => !expected.TryGetValue(name, out var a) || !given.TryGetValue(name, out var b) || a != b)
            .Select(name => $"'{name}' is {Describe(expected.GetValueOrDefault(name))} there but {Describe(given.GetValueOrDefault(name))} here")
            .ToList();
        if (differences.Count == 0)
        {
            return true;
        }

        diagnostics.Error(
            RuleDiagnosticCodes.DerivedKindDisagrees,
            $"{schema.Kind} is also derived by rule '{known.By.Metadata.Id}' ({known.By.Metadata.Location}) with other fields: {string.Join("; ", differences)}. " +
            $"Every rule deriving {schema.Kind} must give the same fields, each of the same type.",
            ((DeriveSyntax)rule.Then).Kind.Location);
        return false;
    }

    private static string Describe(Type? type) => type is null ? "missing" : type.IsGenericType
        ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(t => t.Name))}>"
        : type.Name;

    /// <summary>The derived kinds a rule's patterns match, each with where it is first written.</summary>
    private static List<(string Kind, SourceLocation At)> DerivedKindsMatched(
        RuleSyntax rule, ConditionCompiler headerParser, Dictionary<string, List<RuleSyntax>> derivers)
    {
        var found = new List<(string, SourceLocation)>();
        foreach (var pattern in Patterns(rule.When))
        {
            var header = headerParser.ParsePatternHeader(pattern.Header.Value);
            if (derivers.ContainsKey(header.TypeName) && found.All(f => f.Item1 != header.TypeName))
            {
                found.Add((header.TypeName, pattern.Header.LocationAt(header.TypeOffset)));
            }
        }

        return found;
    }

    private static IEnumerable<PatternSyntax> Patterns(IEnumerable<ElementSyntax> elements)
    {
        foreach (var element in elements)
        {
            var inner = element switch
            {
                PatternSyntax p => [p],
                QuantifierSyntax q => Patterns(q.Elements),
                ForAllSyntax a => [a.Base, .. a.Conditions],
                OrSyntax o => o.Branches.SelectMany(Patterns),
                _ => [],
            };
            foreach (var pattern in inner)
            {
                yield return pattern;
            }
        }
    }
}
