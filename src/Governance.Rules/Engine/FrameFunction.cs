using System.Linq.Expressions;

namespace Governance.Rules.Engine;

/// <summary>
/// A rule lambda compiled once into a delegate over a frame: the array of a rule's bound values, one slot per
/// binding. Each lambda parameter becomes a read of its binding's slot, so evaluation needs neither reflection nor an
/// argument array of its own.
/// </summary>
internal sealed class FrameFunction
{
    private readonly Func<object?[], DateOnly, object?> function;

    private FrameFunction(Func<object?[], DateOnly, object?> function, IReadOnlySet<int> usedSlots)
    {
        this.function = function;
        UsedSlots = usedSlots;
    }

    /// <summary>The slots the function reads.</summary>
    public IReadOnlySet<int> UsedSlots { get; }

    /// <summary>Evaluates the function.</summary>
    public object? Invoke(object?[] frame, DateOnly asAt) => function(frame, asAt);

    /// <summary>Compiles the lambda's body.</summary>
    /// <param name="lambda">A lambda whose parameters are bindings, then <c>asAt</c>.</param>
    /// <param name="parameterSlots">The slot of each parameter but the last.</param>
    public static FrameFunction Compile(LambdaExpression lambda, IReadOnlyList<int> parameterSlots) =>
        Compile(lambda, lambda.Body, parameterSlots);

    /// <summary>Compiles part of the lambda's body (for example one side of an equality), over the lambda's parameters.</summary>
    /// <param name="lambda">A lambda whose parameters are bindings, then <c>asAt</c>.</param>
    /// <param name="body">The lambda's body or part of it.</param>
    /// <param name="parameterSlots">The slot of each parameter but the last.</param>
    public static FrameFunction Compile(LambdaExpression lambda, Expression body, IReadOnlyList<int> parameterSlots)
    {
        var used = ParameterUsage.Of(body);
        var frame = Expression.Parameter(typeof(object[]), "frame");
        var asAt = Expression.Parameter(typeof(DateOnly), "asAt");
        var replacements = new Dictionary<ParameterExpression, Expression>();
        var usedSlots = new HashSet<int>();
        for (var i = 0; i < lambda.Parameters.Count - 1; i++)
        {
            var parameter = lambda.Parameters[i];
            if (used.Contains(parameter))
            {
                usedSlots.Add(parameterSlots[i]);
                replacements[parameter] = Expression.Convert(
                    Expression.ArrayIndex(frame, Expression.Constant(parameterSlots[i])), parameter.Type);
            }
            else
            {
                // An unused parameter is never read, so an unbound or null slot cannot make it throw.
                replacements[parameter] = Expression.Default(parameter.Type);
            }
        }

        replacements[lambda.Parameters[^1]] = asAt;
        var rewritten = new ParameterReplacer(replacements).Visit(body);
        var compiled = Expression.Lambda<Func<object?[], DateOnly, object?>>(
            Expression.Convert(rewritten, typeof(object)), frame, asAt).Compile();
        return new FrameFunction(compiled, usedSlots);
    }

    private sealed class ParameterReplacer(IReadOnlyDictionary<ParameterExpression, Expression> replacements) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            replacements.TryGetValue(node, out var replacement) ? replacement : node;
    }
}

/// <summary>Finds the parameters an expression uses.</summary>
internal sealed class ParameterUsage : ExpressionVisitor
{
    private readonly HashSet<ParameterExpression> used = [];

    private ParameterUsage()
    {
    }

    /// <summary>The parameters the expression uses.</summary>
    public static IReadOnlySet<ParameterExpression> Of(Expression expression)
    {
        var usage = new ParameterUsage();
        usage.Visit(expression);
        return usage.used;
    }

    /// <inheritdoc />
    protected override Expression VisitParameter(ParameterExpression node)
    {
        used.Add(node);
        return node;
    }
}
