using System.Linq.Expressions;
using Governance.Model;

namespace Governance.Rules.Definitions;

/// <summary>
/// What makes a <see cref="RuleDefinition"/> whole, checked by the definition itself (<see cref="RuleDefinition.Check"/>):
/// every condition and value reads only names bound where it is written, with fitting types, and takes the evaluation
/// date last; no name is bound twice while the first is in scope; a group has a key that reads only the grouped fact,
/// and a count or collect has none; a derivation gives each field of its kind once, with a value of the field's type.
/// </summary>
/// <remarks>
/// The rule loader reports its own, more specific errors first (GOV4xx), so for a YAML rule these never fail; they hold
/// the model to its promise for rules built in code, and let the engine translate a definition without checking it.
/// </remarks>
internal static class RuleChecks
{
    /// <summary>A condition or value does not fit the names bound where it is written (an unknown name, a wrong type, no <c>asAt</c>).</summary>
    public const string ExpressionDoesNotFitScope = "GOV303";

    /// <summary>A <c>derive</c> does not give its kind's fields, or gives a field a value of the wrong type.</summary>
    public const string DerivationDoesNotFitKind = "GOV304";

    /// <summary>A <c>group</c> has no key, or a <c>count</c> or <c>collect</c> has one.</summary>
    public const string AggregateKey = "GOV305";

    /// <summary>A name is bound twice where the first is still in scope.</summary>
    public const string NameBoundTwice = "GOV306";

    /// <summary>A group's key reads more than the fact it groups (another binding, or <c>asAt</c>).</summary>
    public const string GroupKeyReadsOtherNames = "GOV307";

    /// <summary>The problems of a rule, in the order its elements are written; empty when it is whole.</summary>
    /// <param name="rule">The rule.</param>
    public static IReadOnlyList<Diagnostic> Check(RuleDefinition rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var walk = new Walk(rule);
        var tuple = walk.And(rule.Lhs.Elements, []);
        walk.Action(rule.Action, tuple);
        return walk.Problems;
    }

    /// <summary>The type a name bound by an aggregate holds: a count, a list, or a group.</summary>
    /// <param name="aggregate">The aggregate.</param>
    public static Type BoundType(AggregateElement aggregate)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        var item = aggregate.Source.Type.ClrType;
        return aggregate.Kind switch
        {
            AggregateKind.Count => typeof(int),
            AggregateKind.Collect => typeof(IReadOnlyList<>).MakeGenericType(item),
            _ => typeof(FactGroup<,>).MakeGenericType(aggregate.GroupKey?.ReturnType ?? typeof(object), item),
        };
    }

    /// <summary>One walk over a rule, with the names in scope at each point (in scope order).</summary>
    private sealed class Walk(RuleDefinition rule)
    {
        public List<Diagnostic> Problems { get; } = [];

        public List<(string Name, Type Type)> And(IReadOnlyList<RuleElement> elements, List<(string Name, Type Type)> scope)
        {
            foreach (var element in elements)
            {
                scope = Element(element, scope);
            }

            return scope;
        }

        public void Action(RuleAction action, List<(string Name, Type Type)> tuple)
        {
            switch (action)
            {
                case FindingAction { At: { } at } finding:
                    Fits(at, tuple, "The 'at:' value", finding.Location, null);
                    break;
                case DeriveAction derive:
                    Derivation(derive, tuple);
                    break;
            }
        }

        private List<(string Name, Type Type)> Element(RuleElement element, List<(string Name, Type Type)> scope)
        {
            switch (element)
            {
                case PatternElement pattern:
                    return Pattern(pattern, scope);
                case AndElement and:
                    return And(and.Elements, scope);
                case OrElement or:
                    // A name bound after the or is one every branch binds, with the same type.
                    var branches = or.Branches.Select(branch => And(branch.Elements, scope)).ToList();
                    return branches.Count == 0
                        ? scope
                        : [.. scope, .. branches[0].Skip(scope.Count).Where(b => branches.TrueForAll(s => s.Contains(b)))];
                case NotElement not:
                    And(not.Source.Elements, scope);
                    return scope;
                case ExistsElement exists:
                    And(exists.Source.Elements, scope);
                    return scope;
                case ForAllElement all:
                    var inner = Pattern(all.Base, scope);
                    foreach (var condition in all.Conditions)
                    {
                        Pattern(condition, inner);
                    }

                    return scope;
                case AggregateElement aggregate:
                    return Aggregate(aggregate, scope);
                case CheckElement check:
                    Fits(check.Condition.Expression, scope, $"The condition '{check.Condition.Text}'", check.Condition.Location, typeof(bool));
                    return scope;
                default:
                    throw new ArgumentException($"Unknown kind of rule element: {element.GetType().Name}.", nameof(element));
            }
        }

        private List<(string Name, Type Type)> Pattern(PatternElement pattern, List<(string Name, Type Type)> scope)
        {
            Bind(pattern.Binding, scope, pattern.Location);
            List<(string Name, Type Type)> after = [.. scope, (pattern.Binding, pattern.Type.ClrType)];
            foreach (var condition in pattern.Conditions)
            {
                Fits(condition.Expression, after, $"The condition '{condition.Text}'", condition.Location, typeof(bool));
            }

            return after;
        }

        private List<(string Name, Type Type)> Aggregate(AggregateElement aggregate, List<(string Name, Type Type)> scope)
        {
            var sourceScope = Pattern(aggregate.Source, scope);
            if (aggregate.Kind == AggregateKind.Group && aggregate.GroupKey is null)
            {
                Report(AggregateKey, $"The group '{aggregate.Binding}' in rule '{rule.Id}' has no key: write 'group {aggregate.Source.Type.Name} by <key>'.", aggregate.Location);
            }
            else if (aggregate.Kind != AggregateKind.Group && aggregate.GroupKey is not null)
            {
                Report(AggregateKey, $"The {aggregate.Kind.ToString().ToLowerInvariant()} '{aggregate.Binding}' in rule '{rule.Id}' has a 'by' key, which only 'group' takes.", aggregate.Location);
            }
            else if (aggregate.GroupKey is { } key && Fits(key, sourceScope, $"The key of the group '{aggregate.Binding}'", aggregate.Location, null))
            {
                var used = ParameterUsage.Of(key.Body);
                if (used.Contains(key.Parameters[^1]) || key.Parameters.Take(key.Parameters.Count - 1).Any(p => used.Contains(p) && p.Name != aggregate.Source.Binding))
                {
                    Report(GroupKeyReadsOtherNames, $"The key of the group '{aggregate.Binding}' in rule '{rule.Id}' reads more than the grouped fact '{aggregate.Source.Binding}'; a group key can use only the fact it groups.", aggregate.Location);
                }
            }

            Bind(aggregate.Binding, scope, aggregate.Location);
            return [.. scope, (aggregate.Binding, BoundType(aggregate))];
        }

        private void Derivation(DeriveAction derive, List<(string Name, Type Type)> tuple)
        {
            if (derive.Type.Derived is not { } schema)
            {
                Report(DerivationDoesNotFitKind, $"Rule '{rule.Id}' derives {derive.Type.Name}, which is a type of the model, not a kind of derived fact.", derive.Location);
                return;
            }

            foreach (var extra in derive.Fields.Where(f => schema.IndexOf(f.Field) < 0))
            {
                Report(DerivationDoesNotFitKind, $"Rule '{rule.Id}' gives {schema.Kind} a field '{extra.Field}', which it does not have. Its fields are: {string.Join(", ", schema.Fields.Select(f => f.Name))}.", derive.Location);
            }

            foreach (var field in schema.Fields)
            {
                var given = derive.Fields.Where(f => string.Equals(f.Field, field.Name, StringComparison.Ordinal)).ToList();
                if (given.Count != 1)
                {
                    Report(DerivationDoesNotFitKind, given.Count == 0
                        ? $"Rule '{rule.Id}' gives no value for the field '{field.Name}' of {schema.Kind}."
                        : $"Rule '{rule.Id}' gives the field '{field.Name}' of {schema.Kind} more than one value.", derive.Location);
                }
                else if (!field.ClrType.IsAssignableFrom(given[0].Value.ReturnType))
                {
                    Report(DerivationDoesNotFitKind, $"Rule '{rule.Id}' gives the field '{field.Name}' of {schema.Kind} a value of type {given[0].Value.ReturnType.Name}, but the field holds {field.ClrType.Name}.", derive.Location);
                }
                else
                {
                    Fits(given[0].Value, tuple, $"The value of the field '{field.Name}'", derive.Location, null);
                }
            }
        }

        private void Bind(string name, List<(string Name, Type Type)> scope, SourceLocation location)
        {
            if (scope.Exists(b => b.Name == name))
            {
                Report(NameBoundTwice, $"Rule '{rule.Id}' binds '{name}' again while the first '{name}' is still in scope; choose another name.", location);
            }
        }

        /// <summary>Whether a lambda's parameters are names in scope, of fitting types, then <c>asAt</c>; reports why not.</summary>
        private bool Fits(LambdaExpression lambda, List<(string Name, Type Type)> scope, string what, SourceLocation location, Type? returnType)
        {
            if (lambda.Parameters.Count == 0 || lambda.Parameters[^1].Type != typeof(DateOnly))
            {
                Report(ExpressionDoesNotFitScope, $"{what} in rule '{rule.Id}' must take the evaluation date 'asAt' (a date) as its last parameter.", location);
                return false;
            }

            if (returnType is not null && lambda.ReturnType != returnType)
            {
                Report(ExpressionDoesNotFitScope, $"{what} in rule '{rule.Id}' must be true or false, but it gives a {lambda.ReturnType.Name}.", location);
                return false;
            }

            foreach (var parameter in lambda.Parameters.Take(lambda.Parameters.Count - 1))
            {
                var bound = scope.FindLastIndex(b => b.Name == parameter.Name);
                if (bound < 0)
                {
                    var names = scope.Where(b => !b.Name.StartsWith('$')).Select(b => b.Name).ToList();
                    Report(ExpressionDoesNotFitScope, $"{what} in rule '{rule.Id}' uses '{parameter.Name}', which is not bound at that point. Names bound there: {(names.Count == 0 ? "(none)" : string.Join(", ", names))}.", location);
                    return false;
                }

                if (!parameter.Type.IsAssignableFrom(scope[bound].Type))
                {
                    Report(ExpressionDoesNotFitScope, $"{what} in rule '{rule.Id}' takes '{parameter.Name}' as {parameter.Type.Name}, but it is bound to {scope[bound].Type.Name}.", location);
                    return false;
                }
            }

            return true;
        }

        private void Report(string code, string message, SourceLocation location) =>
            Problems.Add(new Diagnostic(code, DiagnosticSeverity.Error, message, location));
    }
}
