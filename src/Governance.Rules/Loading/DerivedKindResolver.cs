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

        // A cycle through 'not' among the rules left over is why their kinds' fields are unknown: it is said first.
        var cycles = NegativeCycles(pending, needs, derivers);
        foreach (var cycle in cycles)
        {
            var links = cycle.Members.Select(rule => $"'{rule.Metadata.Id}' derives {((DeriveSyntax)rule.Then).Kind.Value}" +
                string.Concat(needs[rule].Where(k => k.Negative && cycle.Kinds.Contains(k.Kind)).Select(k => $" without {k.Kind}")));
            diagnostics.Error(NegativeCycle.Code, NegativeCycle.Message(cycle.Members.Select(rule => rule.Metadata.Id), links), cycle.At.Metadata.Location);
        }

        var inCycle = cycles.SelectMany(cycle => cycle.Members).ToHashSet();
        foreach (var rule in pending.Where(rule => !inCycle.Contains(rule)))
        {
            foreach (var (kind, at, _) in needs[rule].Where(k => !kinds.ContainsKey(k.Kind)))
            {
                var by = derivers[kind];
                var others = by.Where(r => r != rule).Select(r => r.Metadata.Id).ToList();
                diagnostics.Error(
                    RuleDiagnosticCodes.DerivedKindUnresolved,
                    others.Count == 0
                        ? $"The fields of {kind} cannot be worked out: only this rule derives it, and it matches {kind} itself. Add a rule that derives {kind} without matching it."
                        : $"The fields of {kind} cannot be worked out: the rules that derive it ({string.Join(", ", others)}) " +
                          (by.Any(failed.Contains) ? "have errors; fix them first."
                              : by.Any(inCycle.Contains) ? $"depend on each other in a cycle through 'not' ({NegativeCycle.Code}); break the cycle first."
                              : $"themselves match {kind} or kinds that depend on it."),
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

    /// <summary>
    /// The cycles among the rules left over that pass through 'not', 'exists', 'all' or an aggregate: each group of rules
    /// that reach each other through the derived kinds they match, with one of those matches negative. Each cycle
    /// comes with its rules in id order, the kinds they derive, and the rule to report it at (the first that reads a
    /// kind of the cycle negatively).
    /// </summary>
    private static List<(List<RuleSyntax> Members, HashSet<string> Kinds, RuleSyntax At)> NegativeCycles(
        List<RuleSyntax> pending,
        Dictionary<RuleSyntax, List<(string Kind, SourceLocation At, bool Negative)>> needs,
        Dictionary<string, List<RuleSyntax>> derivers)
    {
        var left = pending.ToHashSet();
        IEnumerable<RuleSyntax> Next(RuleSyntax rule) => needs[rule].SelectMany(k => derivers[k.Kind]).Where(left.Contains);
        var reaches = pending.ToDictionary(rule => rule, rule => Reachable(rule, Next));

        var cycles = new List<(List<RuleSyntax>, HashSet<string>, RuleSyntax)>();
        var placed = new HashSet<RuleSyntax>();
        foreach (var rule in pending.Where(r => r.Then is DeriveSyntax && reaches[r].Contains(r)))
        {
            if (placed.Contains(rule))
            {
                continue;
            }

            var members = pending.Where(other => reaches[rule].Contains(other) && reaches[other].Contains(rule))
                .OrderBy(other => other.Metadata.Id, StringComparer.Ordinal)
                .ToList();
            placed.UnionWith(members);
            var cycleKinds = members.Select(member => ((DeriveSyntax)member.Then).Kind.Value).ToHashSet(StringComparer.Ordinal);
            var at = members.FirstOrDefault(member => needs[member].Any(k => k.Negative && cycleKinds.Contains(k.Kind)));
            if (at is not null)
            {
                cycles.Add((members, cycleKinds, at));
            }
        }

        return cycles;
    }

    private static HashSet<RuleSyntax> Reachable(RuleSyntax from, Func<RuleSyntax, IEnumerable<RuleSyntax>> next)
    {
        var seen = new HashSet<RuleSyntax>();
        var queue = new Queue<RuleSyntax>(next(from));
        while (queue.TryDequeue(out var rule))
        {
            if (seen.Add(rule))
            {
                foreach (var after in next(rule))
                {
                    queue.Enqueue(after);
                }
            }
        }

        return seen;
    }

    /// <summary>
    /// The derived kinds a rule's patterns match, each with where it is first written and whether it is matched under
    /// 'not', 'exists', 'all' or an aggregate anywhere in the rule.
    /// </summary>
    private static List<(string Kind, SourceLocation At, bool Negative)> DerivedKindsMatched(
        RuleSyntax rule, ConditionCompiler headerParser, Dictionary<string, List<RuleSyntax>> derivers)
    {
        var found = new List<(string Kind, SourceLocation At, bool Negative)>();
        foreach (var (pattern, underQuantifier) in Patterns(rule.When, negative: false))
        {
            var header = headerParser.ParsePatternHeader(pattern.Header.Value);
            if (!derivers.ContainsKey(header.TypeName))
            {
                continue;
            }

            var negative = underQuantifier || header.Kind != PatternKind.Match;
            var index = found.FindIndex(f => f.Kind == header.TypeName);
            if (index < 0)
            {
                found.Add((header.TypeName, pattern.Header.LocationAt(header.TypeOffset), negative));
            }
            else if (negative)
            {
                found[index] = found[index] with { Negative = true };
            }
        }

        return found;
    }

    private static IEnumerable<(PatternSyntax Pattern, bool Negative)> Patterns(IEnumerable<ElementSyntax> elements, bool negative)
    {
        foreach (var element in elements)
        {
            var inner = element switch
            {
                PatternSyntax p => [(p, negative)],
                QuantifierSyntax q => Patterns(q.Elements, negative: true),
                ForAllSyntax a => new[] { a.Base }.Concat(a.Conditions).Select(p => (p, true)),
                OrSyntax o => o.Branches.SelectMany(branch => Patterns(branch, negative)),
                _ => [],
            };
            foreach (var pattern in inner)
            {
                yield return pattern;
            }
        }
    }
}
