using System.Linq.Expressions;

namespace Governance.Rules.LegacyEngine;

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
    /// index, so no enumerator is allocated either.
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
        var doneByIndex = Expression.Label("doneByIndex");
        var doneByEnumerator = Expression.Label("doneByEnumerator");

        // The item decides the answer when the condition gives what the quantifier is looking for.
        Expression Decides(LabelTarget done) => Expression.IfThen(
            Expression.Equal(condition, Expression.Constant(isAny)),
            Expression.Block(Expression.Assign(result, Expression.Constant(isAny)), Expression.Break(done)));

        var byIndex = Expression.Block(
            Expression.Assign(index, Expression.Constant(0)),
            Expression.Loop(
                Expression.Block(
                    Expression.IfThen(
                        Expression.GreaterThanOrEqual(index, Expression.Property(list, typeof(IReadOnlyCollection<>).MakeGenericType(itemType), "Count")),
                        Expression.Break(doneByIndex)),
                    Expression.Assign(item, Expression.MakeIndex(list, listType.GetProperty("Item"), [index])),
                    Decides(doneByIndex),
                    Expression.PostIncrementAssign(index)),
                doneByIndex));

        var byEnumerator = Expression.Block(
            Expression.Assign(enumerator, Expression.Call(items, sequenceType.GetMethod(nameof(IEnumerable<object>.GetEnumerator))!)),
            Expression.TryFinally(
                Expression.Loop(
                    Expression.Block(
                        Expression.IfThen(
                            Expression.Not(Expression.Call(enumerator, typeof(System.Collections.IEnumerator).GetMethod(nameof(System.Collections.IEnumerator.MoveNext))!)),
                            Expression.Break(doneByEnumerator)),
                        Expression.Assign(item, Expression.Property(enumerator, nameof(IEnumerator<object>.Current))),
                        Decides(doneByEnumerator)),
                    doneByEnumerator),
                Expression.Call(enumerator, typeof(IDisposable).GetMethod(nameof(IDisposable.Dispose))!)));

        var missing = Expression.Throw(Expression.New(
            typeof(ArgumentNullException).GetConstructor([typeof(string)])!,
            Expression.Constant("source")));

        return Expression.Block(
            typeof(bool),
            [items, list, index, enumerator, result, item],
            Expression.Assign(items, source),
            Expression.Assign(result, Expression.Constant(!isAny)),
            Expression.IfThenElse(
                Expression.Equal(items, Expression.Constant(null, sequenceType)),
                missing,
                Expression.IfThenElse(
                    Expression.NotEqual(Expression.Assign(list, Expression.TypeAs(items, listType)), Expression.Constant(null, listType)),
                    byIndex,
                    byEnumerator)),
            result);
    }
}
