using Governance.Model;
using Governance.Rules.Definitions;

namespace Governance.Rules.Engine;

/// <summary>
/// Orders rules into strata by the derived kinds they produce and read. A rule that reads a kind runs after every rule
/// that derives it. Rules that derive facts for each other in a cycle form one stratum, evaluated to a fixpoint,
/// unless the cycle passes through <c>not</c>, <c>exists</c>, <c>all</c> or an aggregate: then the result would depend
/// on the order of firing, and the cycle is an error (GOV301).
/// </summary>
internal static class Stratifier
{
    /// <summary>Orders the rules into strata.</summary>
    /// <param name="rules">The rules, in id order.</param>
    /// <param name="diagnostics">Receives an error for each cycle through a negation or aggregate.</param>
    public static IReadOnlyList<Stratum> Stratify(IReadOnlyList<TranslatedRule> rules, List<Diagnostic> diagnostics)
    {
        var reads = rules.ToDictionary(rule => rule, rule => KindsRead(rule.Definition));
        var producers = rules
            .Where(rule => rule.Action is CompiledDerivation)
            .ToLookup(rule => ((CompiledDerivation)rule.Action).Schema.Kind, StringComparer.Ordinal);

        // Edges from a rule to the rules whose facts it reads; "negative" when read under not/exists/all/aggregate.
        var edges = rules.ToDictionary(
            rule => rule,
            rule => reads[rule]
                .SelectMany(read => producers[read.Key].Select(producer => (Producer: producer, Negative: read.Value)))
                .OrderBy(edge => edge.Producer.Id, StringComparer.Ordinal)
                .ToList());

        var strata = new List<Stratum>();
        foreach (var component in StronglyConnected(rules, rule => edges[rule].Select(edge => edge.Producer)))
        {
            var members = component.OrderBy(rule => rule.Id, StringComparer.Ordinal).ToList();
            var inside = members.ToHashSet();
            var internalEdges = members.SelectMany(rule => edges[rule].Where(edge => inside.Contains(edge.Producer)).Select(edge => (Reader: rule, edge.Producer, edge.Negative))).ToList();
            var negative = internalEdges.Where(edge => edge.Negative).ToList();
            if (negative.Count > 0)
            {
                diagnostics.Add(CycleError(members, negative[0].Reader));
                continue;
            }

            var kindsRead = members.SelectMany(rule => reads[rule].Keys).ToHashSet(StringComparer.Ordinal);
            strata.Add(new Stratum(members, internalEdges.Count > 0, kindsRead));
        }

        return strata;
    }

    private static Diagnostic CycleError(IReadOnlyList<TranslatedRule> cycle, TranslatedRule at)
    {
        var links = cycle
            .Where(rule => rule.Action is CompiledDerivation)
            .Select(rule => $"'{rule.Id}' derives {((CompiledDerivation)rule.Action).Schema.Kind}");
        return EngineDiagnostics.Error(
            EngineDiagnostics.NegativeCycle,
            NegativeCycle.Message(cycle.Select(rule => rule.Id), links),
            at.Definition.Location);
    }

    /// <summary>The derived kinds a rule reads, each with whether it is read under a negation or aggregate.</summary>
    public static Dictionary<string, bool> KindsRead(RuleDefinition rule)
    {
        var kinds = new Dictionary<string, bool>(StringComparer.Ordinal);
        Visit(rule.Lhs, negative: false);
        return kinds;

        void Visit(RuleElement element, bool negative)
        {
            switch (element)
            {
                case PatternElement { Type.Derived: { } schema }:
                    kinds[schema.Kind] = negative || kinds.GetValueOrDefault(schema.Kind);
                    break;
                case AndElement and:
                    and.Elements.ToList().ForEach(e => Visit(e, negative));
                    break;
                case OrElement or:
                    or.Branches.ToList().ForEach(branch => Visit(branch, negative));
                    break;
                case NotElement not:
                    Visit(not.Source, negative: true);
                    break;
                case ExistsElement exists:
                    Visit(exists.Source, negative: true);
                    break;
                case ForAllElement all:
                    Visit(all.Base, negative: true);
                    all.Conditions.ToList().ForEach(c => Visit(c, negative: true));
                    break;
                case AggregateElement aggregate:
                    Visit(aggregate.Source, negative: true);
                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>
    /// Tarjan's algorithm. Components come out dependencies first: a component is emitted only after every component
    /// it reaches, so the list is an evaluation order.
    /// </summary>
    private static List<List<TranslatedRule>> StronglyConnected(IReadOnlyList<TranslatedRule> rules, Func<TranslatedRule, IEnumerable<TranslatedRule>> successors)
    {
        var index = new Dictionary<TranslatedRule, int>();
        var lowLink = new Dictionary<TranslatedRule, int>();
        var stack = new Stack<TranslatedRule>();
        var onStack = new HashSet<TranslatedRule>();
        var components = new List<List<TranslatedRule>>();

        foreach (var rule in rules)
        {
            if (!index.ContainsKey(rule))
            {
                Connect(rule);
            }
        }

        return components;

        void Connect(TranslatedRule rule)
        {
            index[rule] = lowLink[rule] = index.Count;
            stack.Push(rule);
            onStack.Add(rule);
            foreach (var next in successors(rule))
            {
                if (!index.TryGetValue(next, out var nextIndex))
                {
                    Connect(next);
                    lowLink[rule] = Math.Min(lowLink[rule], lowLink[next]);
                }
                else if (onStack.Contains(next))
                {
                    lowLink[rule] = Math.Min(lowLink[rule], nextIndex);
                }
            }

            if (lowLink[rule] == index[rule])
            {
                var component = new List<TranslatedRule>();
                TranslatedRule member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != rule);

                components.Add(component);
            }
        }
    }
}
