using System.Linq.Expressions;

namespace Governance.Rules.Engine;

/// <summary>
/// Rewrites the condition language's <c>any(list, x => ...)</c> and <c>all(list, x => ...)</c>, which the language
/// compiles to <see cref="Enumerable.Any{TSource}(IEnumerable{TSource}, Func{TSource, bool})"/> and
/// <see cref="Enumerable.All{TSource}(IEnumerable{TSource}, Func{TSource, bool})"/>, into loops inside the compiled
/// rule. A compiled nested lambda that reads the rule's bindings is a new closure and delegate every time it is
/// evaluated; a loop is not. Answers, evaluation order and exceptions are those of <see cref="Enumerable"/>: the
/// items are read in order and the loop stops at the first item that decides, and a missing list throws the same
/// <see cref="ArgumentNullException"/>.
/// </summary>
internal sealed class QuantifierLoops : ExpressionVisitor
{
    private static readonly QuantifierLoops Instance = new();

    private QuantifierLoops()
    {
    }

    /// <summary>The expression with every <c>any</c> and <c>all</c> over a condition written as a loop.</summary>
    public static Expression Inline(Expression expression) => Instance.Visit(expression);

    /// <inheritdoc />
    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        var visited = base.VisitMethodCall(node);
        return visited is MethodCallExpression
        {
            Method: { IsGenericMethod: true, Name: nameof(Enumerable.Any) or nameof(Enumerable.All) } method,
            Arguments: [var source, LambdaExpression { Parameters: [var item] } condition],
        } && method.DeclaringType == typeof(Enumerable)
            ? Loop(source, item, condition.Body, isAny: method.Name == nameof(Enumerable.Any))
            : visited;
    }

    /// <summary>
    /// <c>any</c>: true at the first item the condition holds for, else false. <c>all</c>: false at the first item it
    /// fails for, else true. A list that is also an <see cref="IReadOnlyList{T}"/> (every list of the model) is read by
    /// index, so no enumerator is allocated either. The condition appears once in the loop, whichever way the items are
    /// read: written twice, every level of nesting would double the compiled rule.
    /// </summary>
    private static BlockExpression Loop(Expression source, ParameterExpression item, Expression condition, bool isAny)
    {
        var itemType = item.Type;
        var sequenceType = typeof(IEnumerable<>).MakeGenericType(itemType);
        var listType = typeof(IReadOnlyList<>).MakeGenericType(itemType);
        var enumeratorType = typeof(IEnumerator<>).MakeGenericType(itemType);

        var items = Expression.Variable(sequenceType, "items");
        var list = Expression.Variable(listType, "list");
        var index = Expression.Variable(typeof(int), "index");
        var enumerator = Expression.Variable(enumeratorType, "enumerator");
        var result = Expression.Variable(typeof(bool), "result");
        var done = Expression.Label("done");

        var noList = Expression.Equal(list, Expression.Constant(null, listType));
        var noEnumerator = Expression.Equal(enumerator, Expression.Constant(null, enumeratorType));

        // The next item, by index from a list or else from the enumerator; the loop ends when there is none.
        var nextByIndex = Expression.Block(
            Expression.IfThen(
                Expression.GreaterThanOrEqual(index, Expression.Property(list, typeof(IReadOnlyCollection<>).MakeGenericType(itemType), "Count")),
                Expression.Break(done)),
            Expression.Assign(item, Expression.MakeIndex(list, listType.GetProperty("Item"), [index])),
            Expression.PostIncrementAssign(index));
        var nextByEnumerator = Expression.Block(
            Expression.IfThen(
                Expression.Not(Expression.Call(enumerator, typeof(System.Collections.IEnumerator).GetMethod(nameof(System.Collections.IEnumerator.MoveNext))!)),
                Expression.Break(done)),
            Expression.Assign(item, Expression.Property(enumerator, nameof(IEnumerator<object>.Current))),
            Expression.PostIncrementAssign(index));

        // The item decides the answer when the condition gives what the quantifier is looking for.
        var decides = Expression.IfThen(
            Expression.Equal(condition, Expression.Constant(isAny)),
            Expression.Block(Expression.Assign(result, Expression.Constant(isAny)), Expression.Break(done)));

        // However it ends, the items looked at count as the session's steps of matching.
        var loop = Expression.TryFinally(
            Expression.Loop(Expression.Block(Expression.IfThenElse(noList, nextByEnumerator, nextByIndex), decides), done),
            Expression.Block(
                Expression.Call(typeof(EvaluationContext), nameof(EvaluationContext.CountSteps), null, index),
                Expression.IfThen(
                    Expression.Not(noEnumerator),
                    Expression.Call(enumerator, typeof(IDisposable).GetMethod(nameof(IDisposable.Dispose))!))));

        var missing = Expression.Throw(Expression.New(
            typeof(ArgumentNullException).GetConstructor([typeof(string)])!,
            Expression.Constant("source")));

        return Expression.Block(
            typeof(bool),
            [items, list, index, enumerator, result, item],
            Expression.Assign(items, source),
            Expression.Assign(result, Expression.Constant(!isAny)),
            Expression.IfThen(Expression.Equal(items, Expression.Constant(null, sequenceType)), missing),
            Expression.Assign(list, Expression.TypeAs(items, listType)),
            Expression.Assign(index, Expression.Constant(0)),
            Expression.Assign(
                enumerator,
                Expression.Condition(
                    noList,
                    Expression.Call(items, sequenceType.GetMethod(nameof(IEnumerable<object>.GetEnumerator))!),
                    Expression.Constant(null, enumeratorType))),
            loop,
            result);
    }
}
