using System.Linq.Expressions;

namespace Governance.Rules.Definitions;

/// <summary>Finds the parameters an expression uses (a rule's conditions and values are lambdas over its bindings).</summary>
internal sealed class ParameterUsage : ExpressionVisitor
{
    private readonly HashSet<ParameterExpression> used = [];

    private ParameterUsage()
    {
    }

    /// <summary>The parameters the expression uses.</summary>
    /// <param name="expression">The expression.</param>
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

/// <summary>Puts other expressions in place of a lambda's parameters, to compile its body over other arguments.</summary>
/// <param name="replacements">What replaces each parameter; a parameter not listed stays.</param>
internal sealed class ParameterReplacer(IReadOnlyDictionary<ParameterExpression, Expression> replacements) : ExpressionVisitor
{
    /// <inheritdoc />
    protected override Expression VisitParameter(ParameterExpression node) =>
        replacements.TryGetValue(node, out var replacement) ? replacement : node;
}
