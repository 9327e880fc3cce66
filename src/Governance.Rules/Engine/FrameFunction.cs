using System.Linq.Expressions;
using Governance.Rules.Definitions;

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
        var over = FrameLambda.Over(lambda, body, parameterSlots);
        return new FrameFunction(over.Compile<object?>(), over.UsedSlots);
    }
}

/// <summary>
/// A rule condition compiled once into a delegate over a frame, as <see cref="FrameFunction"/> is, returning its
/// answer unboxed: conditions are the engine's innermost loop, so evaluating one allocates nothing of its own.
/// </summary>
internal sealed class FrameCondition
{
    private readonly Func<object?[], DateOnly, bool> condition;

    private FrameCondition(Func<object?[], DateOnly, bool> condition, IReadOnlySet<int> usedSlots)
    {
        this.condition = condition;
        UsedSlots = usedSlots;
    }

    /// <summary>The slots the condition reads.</summary>
    public IReadOnlySet<int> UsedSlots { get; }

    /// <summary>Evaluates the condition.</summary>
    public bool Invoke(object?[] frame, DateOnly asAt) => condition(frame, asAt);

    /// <summary>Compiles a condition: a lambda returning <see cref="bool"/>.</summary>
    /// <param name="lambda">A lambda whose parameters are bindings, then <c>asAt</c>, returning <see cref="bool"/>.</param>
    /// <param name="parameterSlots">The slot of each parameter but the last.</param>
    public static FrameCondition Compile(LambdaExpression lambda, IReadOnlyList<int> parameterSlots)
    {
        if (lambda.ReturnType != typeof(bool))
        {
            throw new ArgumentException($"A condition returns bool, not {lambda.ReturnType.Name}.", nameof(lambda));
        }

        var over = FrameLambda.Over(lambda, lambda.Body, parameterSlots);
        return new FrameCondition(over.Compile<bool>(), over.UsedSlots);
    }
}

/// <summary>
/// A lambda's body rewritten over a frame and the evaluation date: each used parameter becomes a read of its slot,
/// each unused one its type's default, and <c>any</c>/<c>all</c> run as loops (see <see cref="QuantifierLoops"/>).
/// </summary>
internal sealed class FrameLambda
{
    private FrameLambda(Expression body, ParameterExpression frame, ParameterExpression asAt, IReadOnlySet<int> usedSlots)
    {
        Body = body;
        Frame = frame;
        AsAt = asAt;
        UsedSlots = usedSlots;
    }

    /// <summary>The rewritten body.</summary>
    public Expression Body { get; }

    /// <summary>The frame parameter.</summary>
    public ParameterExpression Frame { get; }

    /// <summary>The evaluation-date parameter.</summary>
    public ParameterExpression AsAt { get; }

    /// <summary>The slots the body reads.</summary>
    public IReadOnlySet<int> UsedSlots { get; }

    /// <summary>Rewrites part of a lambda's body over a frame.</summary>
    /// <param name="lambda">A lambda whose parameters are bindings, then <c>asAt</c>.</param>
    /// <param name="body">The lambda's body or part of it.</param>
    /// <param name="parameterSlots">The slot of each parameter but the last.</param>
    public static FrameLambda Over(LambdaExpression lambda, Expression body, IReadOnlyList<int> parameterSlots)
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
        var rewritten = QuantifierLoops.Inline(new ParameterReplacer(replacements).Visit(body));
        return new FrameLambda(rewritten, frame, asAt, usedSlots);
    }

    /// <summary>Compiles the body into a delegate returning <typeparamref name="TResult"/>.</summary>
    public Func<object?[], DateOnly, TResult> Compile<TResult>()
    {
        var body = Body.Type == typeof(TResult) ? Body : Expression.Convert(Body, typeof(TResult));
        return DelegateCompiler.Compile(Expression.Lambda<Func<object?[], DateOnly, TResult>>(body, Frame, AsAt));
    }
}
