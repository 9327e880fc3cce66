using Governance.Model;
using Governance.Rules.Definitions;

namespace Governance.Rules.Linting.Checks;

/// <summary>
/// Finds rules whose patterns join with no shared key (GOV536): a pattern that can match many facts, written after
/// another that can, whose condition reads neither it nor anything tied to it. The engine joins patterns in the order
/// written, so every fact of the second is paired with every tuple before it (a cartesian product), and a later
/// <c>check</c> cannot undo what was already paired. What is bounded is left alone: in a rule about one authority the
/// <c>Authority</c> is one fact, and a count or a collected list is one value per tuple; a pattern reading a binding that
/// is itself tied to a many-valued one (a partner authority found from the DCS post) is tied too.
/// </summary>
internal static class CartesianJoins
{
    /// <summary>The warnings for one rule: one per pattern joined without a shared key.</summary>
    /// <param name="rule">The rule.</param>
    public static IEnumerable<Diagnostic> Of(RuleDefinition rule)
    {
        var found = new List<Diagnostic>();
        Walk(rule, rule.Lhs, new Scope([]), found);
        return found.DistinctBy(d => d.Location);
    }

    /// <summary>Walks a conjunction, adding its bindings to the scope; a group under not, exists or or gets a copy.</summary>
    private static void Walk(RuleDefinition rule, AndElement conjunction, Scope scope, List<Diagnostic> found)
    {
        foreach (var element in conjunction.Elements)
        {
            switch (element)
            {
                case PatternElement pattern:
                    Add(rule, pattern, pattern.Binding, IsMany(rule, pattern.Type), scope, found);
                    break;
                case AggregateElement aggregate:
                    Add(rule, aggregate.Source, aggregate.Binding, aggregate.Kind == AggregateKind.Group, scope, found);
                    break;
                case AndElement and:
                    Walk(rule, and, scope, found);
                    break;
                case OrElement or:
                    foreach (var branch in or.Branches)
                    {
                        Walk(rule, branch, scope.Copy(), found);
                    }

                    break;
                case NotElement not:
                    Walk(rule, not.Source, scope.Copy(), found);
                    break;
                case ExistsElement exists:
                    Walk(rule, exists.Source, scope.Copy(), found);
                    break;
                case ForAllElement all:
                    Walk(rule, new AndElement([all.Base, new NotElement(new AndElement([.. all.Conditions], all.Location), all.Location)], all.Location), scope.Copy(), found);
                    break;
            }
        }
    }

    /// <summary>Adds a binding to the scope, warning when it is many-valued and joins the many-valued ones before it with no key.</summary>
    private static void Add(RuleDefinition rule, PatternElement pattern, string name, bool many, Scope scope, List<Diagnostic> found)
    {
        var reads = pattern.Conditions
            .SelectMany(c => ParameterUsage.Of(c.Expression.Body))
            .Select(p => p.Name)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var tied = scope.Bindings.Any(b => b.Tied && reads.Contains(b.Name));
        var before = scope.Bindings.LastOrDefault(b => b.Many);
        if (many && before is not null && !tied)
        {
            found.Add(new Diagnostic(
                LintDiagnosticCodes.CartesianJoin,
                DiagnosticSeverity.Warning,
                $"The rule '{rule.Id}' joins {Describe(name, pattern.Type)} to {Describe(before.Name, before.Type)} with no condition relating them: "
                + $"every one is paired with every other (a cartesian product), which grows with the product of their numbers and can spend "
                + $"the evaluation's budget (GOV538). Relate them in the pattern's condition, for example 'holder == {(IsUnnamed(before.Name) ? "other" : before.Name)}.holder'.",
                pattern.Location.IsKnown ? pattern.Location : rule.Location));
        }

        scope.Bindings.Add(new Bound(name, pattern.Type, many, many || tied));
    }

    /// <summary>Whether a pattern over the type can match many facts in one session.</summary>
    private static bool IsMany(RuleDefinition rule, FactType type) =>
        rule.Scope == RuleScope.AcrossAuthorities || type.ClrType != typeof(Authority);

    private static bool IsUnnamed(string name) => name.StartsWith('$');

    private static string Describe(string name, FactType type) =>
        IsUnnamed(name) ? $"a {type.Name} pattern" : $"'{name}' ({type.Name})";

    /// <summary>A binding in scope: whether it can be many facts, and whether it is tied to one that can.</summary>
    private sealed record Bound(string Name, FactType Type, bool Many, bool Tied);

    private sealed record Scope(List<Bound> Bindings)
    {
        public Scope Copy() => new([.. Bindings]);
    }
}
