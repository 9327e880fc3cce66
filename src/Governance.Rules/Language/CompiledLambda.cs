using System.Linq.Expressions;
using Governance.Rules.Definitions;

namespace Governance.Rules.Language;

/// <summary>Turns a compiled condition or value into a delegate that takes its bindings' values as an array.</summary>
internal static class CompiledLambda
{
    /// <summary>
    /// Compiles <paramref name="lambda"/> (parameters: the bindings in scope order, then <c>asAt</c>) into a delegate
    /// taking the bindings' values in the same order and the evaluation date. Compile once and reuse: the delegate is
    /// thread-safe.
    /// </summary>
    /// <exception cref="ArgumentException">The lambda's last parameter is not a <see cref="DateOnly"/>.</exception>
    public static Func<object?[], DateOnly, object?> Compile(LambdaExpression lambda)
    {
        ArgumentNullException.ThrowIfNull(lambda);
        var parameters = lambda.Parameters;
        if (parameters.Count == 0 || parameters[^1].Type != typeof(DateOnly))
        {
            throw new ArgumentException("A rule expression's last parameter must be asAt, a DateOnly.", nameof(lambda));
        }

        var arguments = Expression.Parameter(typeof(object?[]), "arguments");
        var asAt = Expression.Parameter(typeof(DateOnly), "asAt");
        var replacements = new Dictionary<ParameterExpression, Expression> { [parameters[^1]] = asAt };
        for (var i = 0; i < parameters.Count - 1; i++)
        {
            var item = Expression.ArrayIndex(arguments, Expression.Constant(i));
            replacements[parameters[i]] = Expression.Convert(item, parameters[i].Type);
        }

        var body = new ParameterReplacer(replacements).Visit(lambda.Body);
        var boxed = body.Type == typeof(object) ? body : Expression.Convert(body, typeof(object));
        return DelegateCompiler.Compile(Expression.Lambda<Func<object?[], DateOnly, object?>>(boxed, arguments, asAt));
    }
}
