using System.Linq.Expressions;
using Governance.Model;
using Governance.Rules.Definitions;

namespace Governance.Rules.LegacyEngine;

/// <summary>
/// Compiles one rule: gives each binding a frame slot, checks that every lambda's parameters are names bound where it
/// is written (then <c>asAt</c>), compiles each lambda once, splits each pattern's conditions into filters (own fact
/// only) and joins, and finds an equality to look join candidates up by.
/// </summary>
internal sealed class RuleNodeBuilder
{
    private readonly RuleDefinition rule;
    private readonly PatternNumbering numbering;
    private readonly List<Diagnostic> diagnostics;
    private readonly List<FrameSlot> slots = [];
    private Dictionary<string, int>? branchSlots;
    private bool failed;

    private RuleNodeBuilder(RuleDefinition rule, PatternNumbering numbering, List<Diagnostic> diagnostics)
    {
        this.rule = rule;
        this.numbering = numbering;
        this.diagnostics = diagnostics;
    }

    /// <summary>Compiles a rule, or reports why it cannot be compiled and returns null.</summary>
    public static CompiledRule? Build(RuleDefinition rule, PatternNumbering numbering, List<Diagnostic> diagnostics)
    {
        var builder = new RuleNodeBuilder(rule, numbering, diagnostics);
        var lhs = builder.BuildAnd(rule.Lhs, Scope.Empty, out var scope);
        var action = builder.BuildAction(rule.Action, scope);
        return builder.failed || action is null
            ? null
            : new CompiledRule(rule, lhs, builder.slots, [.. scope.Bindings.Select(b => b.Slot)], action);
    }

    private MatchNode BuildAnd(AndElement and, Scope scope, out Scope after)
    {
        var nodes = new List<MatchNode>();
        after = scope;
        foreach (var element in and.Elements)
        {
            nodes.Add(BuildElement(element, after, out after));
        }

        return nodes.Count == 1 ? nodes[0] : new AndNode(nodes);
    }

    private MatchNode BuildElement(RuleElement element, Scope scope, out Scope after)
    {
        after = scope;
        switch (element)
        {
            case PatternElement pattern:
                return BuildPattern(pattern, scope, out after);
            case AndElement and:
                return BuildAnd(and, scope, out after);
            case OrElement or:
                return BuildOr(or, scope, out after);
            case NotElement not:
                return new ExistenceNode(Nested(() => BuildAnd(not.Source, scope, out _)), negated: true);
            case ExistsElement exists:
                return new ExistenceNode(Nested(() => BuildAnd(exists.Source, scope, out _)), negated: false);
            case ForAllElement all:
                // all(base, conditions) = not(base and not(conditions)).
                var rest = new NotElement(new AndElement([.. all.Conditions], all.Location), all.Location);
                return BuildElement(new NotElement(new AndElement([all.Base, rest], all.Location), all.Location), scope, out after);
            case AggregateElement aggregate:
                return BuildAggregate(aggregate, scope, out after);
            case CheckElement check:
                var condition = CompileCondition(check.Condition, scope);
                return condition is null ? new AndNode([]) : new CheckNode(condition.Value.Condition);
            default:
                throw new ArgumentException($"Unknown kind of rule element: {element.GetType().Name}.", nameof(element));
        }
    }

    private OrNode BuildOr(OrElement or, Scope scope, out Scope after)
    {
        var outer = branchSlots;
        branchSlots ??= new Dictionary<string, int>(StringComparer.Ordinal);
        var branches = new List<MatchNode>();
        var branchScopes = new List<Scope>();
        foreach (var branch in or.Branches)
        {
            branches.Add(BuildAnd(branch, scope, out var branchScope));
            branchScopes.Add(branchScope);
        }

        branchSlots = outer;

        // A name bound after the or is one every branch binds.
        var common = branchScopes.Count == 0
            ? []
            : branchScopes[0].Bindings.Skip(scope.Bindings.Count)
                .Where(b => branchScopes.All(s => s.Find(b.Name)?.Slot == b.Slot));
        after = scope.With(common);
        return new OrNode(branches);
    }

    private PatternNode BuildPattern(PatternElement pattern, Scope scope, out Scope after)
    {
        var slot = Allocate(pattern.Binding, pattern.Type.ClrType, isFact: true, scope, pattern.Location);
        after = scope.With(new ScopedBinding(pattern.Binding, slot, pattern.Type.ClrType));
        var filters = new List<CompiledCondition>();
        var joins = new List<(CompiledCondition Condition, IReadOnlyList<int> Slots)>();
        foreach (var element in pattern.Conditions)
        {
            if (CompileCondition(element, after) is not { } compiled)
            {
                continue;
            }

            if (compiled.Condition.Function.UsedSlots.All(used => used == slot))
            {
                filters.Add(compiled.Condition);
            }
            else
            {
                joins.Add(compiled);
            }
        }

        return new PatternNode(numbering.Next(pattern.Type), pattern, slot, filters, [.. joins.Select(j => j.Condition)], FindJoinKey(joins, slot));
    }

    private AggregateNode BuildAggregate(AggregateElement aggregate, Scope scope, out Scope after)
    {
        var itemType = aggregate.Source.Type.ClrType;
        Scope sourceScope = scope;
        var source = Nested(() => BuildPattern(aggregate.Source, scope, out sourceScope));
        FrameFunction? key = null;
        Type? keyType = null;
        if (aggregate.Kind == AggregateKind.Group && aggregate.GroupKey is null)
        {
            Report(EngineDiagnostics.AggregateKey, $"The group '{aggregate.Binding}' in rule '{rule.Id}' has no key: write 'group {aggregate.Source.Type.Name} by <key>'.", aggregate.Location);
        }
        else if (aggregate.Kind != AggregateKind.Group && aggregate.GroupKey is not null)
        {
            Report(EngineDiagnostics.AggregateKey, $"The {aggregate.Kind.ToString().ToLowerInvariant()} '{aggregate.Binding}' in rule '{rule.Id}' has a 'by' key, which only 'group' takes.", aggregate.Location);
        }
        else if (aggregate.GroupKey is not null
            && CheckLambda(aggregate.GroupKey, sourceScope, $"The key of the group '{aggregate.Binding}'", aggregate.Location, null) is { } keySlots)
        {
            key = FrameFunction.Compile(aggregate.GroupKey, keySlots);
            keyType = aggregate.GroupKey.ReturnType;
        }

        var boundType = aggregate.Kind switch
        {
            AggregateKind.Count => typeof(int),
            AggregateKind.Collect => typeof(IReadOnlyList<>).MakeGenericType(itemType),
            _ => typeof(FactGroup<,>).MakeGenericType(keyType ?? typeof(object), itemType),
        };
        var slot = Allocate(aggregate.Binding, boundType, isFact: false, scope, aggregate.Location);
        after = scope.With(new ScopedBinding(aggregate.Binding, slot, boundType));
        return new AggregateNode(aggregate.Kind, source, slot, key, itemType, keyType, aggregate.Location);
    }

    private CompiledAction? BuildAction(RuleAction action, Scope scope)
    {
        switch (action)
        {
            case FindingAction finding:
                FrameFunction? at = null;
                if (finding.At is not null)
                {
                    var atSlots = CheckLambda(finding.At, scope, "The 'at:' value", finding.Location, null);
                    at = atSlots is null ? null : FrameFunction.Compile(finding.At, atSlots);
                }

                return new CompiledFinding(finding.Message, at, finding.Location);
            case DeriveAction derive:
                return BuildDerivation(derive, scope);
            default:
                throw new ArgumentException($"Unknown kind of action: {action.GetType().Name}.", nameof(action));
        }
    }

    private CompiledDerivation? BuildDerivation(DeriveAction derive, Scope scope)
    {
        if (derive.Type.Derived is not { } schema)
        {
            Report(EngineDiagnostics.DerivationDoesNotFitKind, $"Rule '{rule.Id}' derives {derive.Type.Name}, which is a type of the model, not a kind of derived fact.", derive.Location);
            return null;
        }

        foreach (var extra in derive.Fields.Where(f => schema.IndexOf(f.Field) < 0))
        {
            Report(EngineDiagnostics.DerivationDoesNotFitKind, $"Rule '{rule.Id}' gives {schema.Kind} a field '{extra.Field}', which it does not have. Its fields are: {string.Join(", ", schema.Fields.Select(f => f.Name))}.", derive.Location);
        }

        var values = new List<FrameFunction>();
        foreach (var field in schema.Fields)
        {
            var given = derive.Fields.Where(f => string.Equals(f.Field, field.Name, StringComparison.Ordinal)).ToList();
            if (given.Count != 1)
            {
                Report(EngineDiagnostics.DerivationDoesNotFitKind, given.Count == 0
                    ? $"Rule '{rule.Id}' gives no value for the field '{field.Name}' of {schema.Kind}."
                    : $"Rule '{rule.Id}' gives the field '{field.Name}' of {schema.Kind} more than one value.", derive.Location);
                continue;
            }

            var value = given[0].Value;
            if (!field.ClrType.IsAssignableFrom(value.ReturnType))
            {
                Report(EngineDiagnostics.DerivationDoesNotFitKind, $"Rule '{rule.Id}' gives the field '{field.Name}' of {schema.Kind} a value of type {value.ReturnType.Name}, but the field holds {field.ClrType.Name}.", derive.Location);
                continue;
            }

            if (CheckLambda(value, scope, $"The value of the field '{field.Name}'", derive.Location, null) is { } valueSlots)
            {
                values.Add(FrameFunction.Compile(value, valueSlots));
            }
        }

        return values.Count == schema.Fields.Count ? new CompiledDerivation(schema, values, derive.Location) : null;
    }

    private (CompiledCondition Condition, IReadOnlyList<int> Slots)? CompileCondition(ConditionElement condition, Scope scope)
    {
        var parameterSlots = CheckLambda(condition.Expression, scope, $"The condition '{condition.Text}'", condition.Location, typeof(bool));
        return parameterSlots is null
            ? null
            : (new CompiledCondition(condition, FrameCondition.Compile(condition.Expression, parameterSlots)), parameterSlots);
    }

    /// <summary>Checks a lambda's parameters against the scope and returns the slot of each (but <c>asAt</c>), or null.</summary>
    private int[]? CheckLambda(LambdaExpression lambda, Scope scope, string what, SourceLocation location, Type? returnType)
    {
        if (lambda.Parameters.Count == 0 || lambda.Parameters[^1].Type != typeof(DateOnly))
        {
            Report(EngineDiagnostics.ExpressionDoesNotFitScope, $"{what} in rule '{rule.Id}' must take the evaluation date 'asAt' (a date) as its last parameter.", location);
            return null;
        }

        if (returnType is not null && lambda.ReturnType != returnType)
        {
            Report(EngineDiagnostics.ExpressionDoesNotFitScope, $"{what} in rule '{rule.Id}' must be true or false, but it gives a {lambda.ReturnType.Name}.", location);
            return null;
        }

        var parameterSlots = new int[lambda.Parameters.Count - 1];
        for (var i = 0; i < parameterSlots.Length; i++)
        {
            var parameter = lambda.Parameters[i];
            var binding = parameter.Name is null ? null : scope.Find(parameter.Name);
            if (binding is null)
            {
                Report(EngineDiagnostics.ExpressionDoesNotFitScope, $"{what} in rule '{rule.Id}' uses '{parameter.Name}', which is not bound at that point. Names bound there: {scope.Describe()}.", location);
                return null;
            }

            if (!parameter.Type.IsAssignableFrom(binding.ClrType))
            {
                Report(EngineDiagnostics.ExpressionDoesNotFitScope, $"{what} in rule '{rule.Id}' takes '{parameter.Name}' as {parameter.Type.Name}, but it is bound to {binding.ClrType.Name}.", location);
                return null;
            }

            parameterSlots[i] = binding.Slot;
        }

        return parameterSlots;
    }

    /// <summary>An equality between the pattern's own fact and earlier bindings, inside a join condition, if any.</summary>
    private static JoinKey? FindJoinKey(IEnumerable<(CompiledCondition Condition, IReadOnlyList<int> Slots)> joins, int ownSlot)
    {
        foreach (var (condition, parameterSlots) in joins)
        {
            var lambda = condition.Element.Expression;
            foreach (var conjunct in Conjuncts(lambda.Body))
            {
                if (conjunct is not BinaryExpression { NodeType: ExpressionType.Equal } equal || !IsHashable(equal))
                {
                    continue;
                }

                var left = SlotsRead(lambda, equal.Left, parameterSlots);
                var right = SlotsRead(lambda, equal.Right, parameterSlots);
                if (IsOwnOnly(left, ownSlot) && IsOuterOnly(right, ownSlot))
                {
                    return new JoinKey(FrameFunction.Compile(lambda, equal.Left, parameterSlots), FrameFunction.Compile(lambda, equal.Right, parameterSlots));
                }

                if (IsOwnOnly(right, ownSlot) && IsOuterOnly(left, ownSlot))
                {
                    return new JoinKey(FrameFunction.Compile(lambda, equal.Right, parameterSlots), FrameFunction.Compile(lambda, equal.Left, parameterSlots));
                }
            }
        }

        return null;

        static bool IsOwnOnly(HashSet<int> read, int own) => read.Count > 0 && read.All(slot => slot == own);

        static bool IsOuterOnly(HashSet<int> read, int own) => read.Count > 0 && !read.Contains(own);
    }

    private static IEnumerable<Expression> Conjuncts(Expression expression) =>
        expression is BinaryExpression { NodeType: ExpressionType.AndAlso } and
            ? Conjuncts(and.Left).Concat(Conjuncts(and.Right))
            : [expression];

    /// <summary>
    /// Whether values equal under the expression's <c>==</c> are equal under <see cref="FactEquality"/> too, so a hash
    /// lookup finds every candidate the condition could accept: reference equality, string equality, and the
    /// equality of values.
    /// </summary>
    private static bool IsHashable(BinaryExpression equal) =>
        equal.Left.Type == equal.Right.Type
        && (equal.Method is null || ((equal.Left.Type == typeof(string) || equal.Left.Type.IsValueType) && equal.Method.Name == "op_Equality"));

    private static HashSet<int> SlotsRead(LambdaExpression lambda, Expression part, IReadOnlyList<int> parameterSlots)
    {
        var used = ParameterUsage.Of(part);
        var read = new HashSet<int>();
        for (var i = 0; i < parameterSlots.Count; i++)
        {
            if (used.Contains(lambda.Parameters[i]))
            {
                read.Add(parameterSlots[i]);
            }
        }

        return read;
    }

    private int Allocate(string name, Type clrType, bool isFact, Scope scope, SourceLocation location)
    {
        if (scope.Find(name) is not null)
        {
            Report(EngineDiagnostics.NameBoundTwice, $"Rule '{rule.Id}' binds '{name}' again while the first '{name}' is still in scope; choose another name.", location);
        }

        if (branchSlots is not null && branchSlots.TryGetValue(name, out var shared))
        {
            return shared;
        }

        slots.Add(new FrameSlot(name, clrType, isFact));
        branchSlots?.Add(name, slots.Count - 1);
        return slots.Count - 1;
    }

    private T Nested<T>(Func<T> build)
    {
        var outer = branchSlots;
        branchSlots = null;
        try
        {
            return build();
        }
        finally
        {
            branchSlots = outer;
        }
    }

    private void Report(string code, string message, SourceLocation location)
    {
        failed = true;
        diagnostics.Add(EngineDiagnostics.Error(code, message, location));
    }
}

/// <summary>
/// Numbers the patterns of a rule set, so a session can cache each pattern's candidates by number, and notes the
/// model types they match, so a session indexes only those.
/// </summary>
internal sealed class PatternNumbering
{
    private readonly List<Type> modelTypes = [];

    /// <summary>How many numbers were given.</summary>
    public int Count { get; private set; }

    /// <summary>The model types the numbered patterns match (derived kinds left out), each once.</summary>
    public IReadOnlyList<Type> ModelTypes => modelTypes;

    /// <summary>The next number, for a pattern matching facts of <paramref name="type"/>.</summary>
    public int Next(FactType type)
    {
        if (!type.IsDerived && !modelTypes.Contains(type.ClrType))
        {
            modelTypes.Add(type.ClrType);
        }

        return Count++;
    }
}
