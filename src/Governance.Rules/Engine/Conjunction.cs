using System.Linq.Expressions;

namespace Governance.Rules.Engine;

/// <summary>A condition read as a chain of <c>and</c>: its terms, which <c>and</c> evaluates in order, stopping at a false one.</summary>
internal static class Conjunction
{
    /// <summary>The terms of <c>a and b and c</c> (<c>a</c>, <c>b</c>, <c>c</c>), in order; a condition without <c>and</c> is its one term.</summary>
    /// <param name="body">The condition.</param>
    public static List<Expression> Terms(Expression body)
    {
        var terms = new List<Expression>();
        while (body is BinaryExpression { NodeType: ExpressionType.AndAlso } and)
        {
            terms.Add(and.Right);
            body = and.Left;
        }

        terms.Add(body);
        terms.Reverse();
        return terms;
    }
}
