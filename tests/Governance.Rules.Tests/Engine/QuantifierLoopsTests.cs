using System.Collections;
using System.Linq.Expressions;
using Governance.Rules.Engine;

namespace Governance.Rules.Tests.Engine;

/// <summary>
/// <c>any</c> and <c>all</c> run as loops inside a compiled condition and answer exactly as
/// <see cref="Enumerable.Any{TSource}(IEnumerable{TSource}, Func{TSource, bool})"/> and
/// <see cref="Enumerable.All{TSource}(IEnumerable{TSource}, Func{TSource, bool})"/> do.
/// </summary>
public class QuantifierLoopsTests
{
    private static readonly DateOnly AsAt = new(2010, 4, 1);

    [TestCase(new int[0], false, true)]
    [TestCase(new[] { 1, 2 }, false, true)]
    [TestCase(new[] { 1, 5 }, true, false)]
    [TestCase(new[] { 5, 6 }, true, false)]
    public void Any_and_all_answer_as_Linq_does_over_a_list(int[] items, bool any, bool all)
    {
        var anyAboveFour = Compile((IEnumerable<int> xs, DateOnly asAt) => xs.Any(x => x > 4));
        var allUpToFour = Compile((IEnumerable<int> xs, DateOnly asAt) => xs.All(x => x <= 4));

        anyAboveFour.Invoke([items], AsAt).Should().Be(any);
        allUpToFour.Invoke([items], AsAt).Should().Be(all);
        anyAboveFour.Invoke([new OneUseSequence(items)], AsAt).Should().Be(any, "a sequence that is not a list is enumerated");
        allUpToFour.Invoke([new OneUseSequence(items)], AsAt).Should().Be(all, "a sequence that is not a list is enumerated");
    }

    [Test]
    public void The_loop_stops_at_the_first_item_that_decides_and_disposes_its_enumerator()
    {
        var read = new List<int>();
        var sequence = new OneUseSequence([1, 5, 7], read);
        var condition = Compile((IEnumerable<int> xs, DateOnly asAt) => xs.Any(x => x > 4));

        condition.Invoke([sequence], AsAt).Should().BeTrue();

        read.Should().Equal(1, 5);
        sequence.Disposed.Should().BeTrue();
    }

    [Test]
    public void A_condition_reads_other_bindings_and_nested_quantifiers()
    {
        var condition = Compile((int[][] groups, int limit, DateOnly asAt) => groups.Any(g => g.All(x => x < limit)));

        condition.Invoke([new[] { new[] { 1, 9 }, new[] { 2, 3 } }, 4], AsAt).Should().BeTrue();
        condition.Invoke([new[] { new[] { 1, 9 }, new[] { 2, 5 } }, 4], AsAt).Should().BeFalse();
    }

    [Test]
    public void A_missing_list_throws_what_Linq_throws()
    {
        var condition = Compile((IEnumerable<int> xs, DateOnly asAt) => xs.Any(x => x > 4));
        var linq = () => ((IEnumerable<int>)null!).Any(x => x > 4);

        var act = () => condition.Invoke([null], AsAt);

        act.Should().Throw<ArgumentNullException>().WithMessage(linq.Should().Throw<ArgumentNullException>().Which.Message);
    }

    [Test]
    public void An_exception_in_the_condition_propagates()
    {
        var condition = Compile((IEnumerable<string> xs, DateOnly asAt) => xs.Any(x => x.Length > 1));

        var act = () => condition.Invoke([new string?[] { "a", null }], AsAt);

        act.Should().Throw<NullReferenceException>();
    }

    [Test]
    public void The_compiled_condition_calls_neither_Any_nor_All()
    {
        Expression<Func<IEnumerable<int>, DateOnly, bool>> lambda = (xs, asAt) => xs.Any(x => x > 4) && xs.All(x => x < 9);

        var rewritten = FrameLambda.Over(lambda, lambda.Body, [0]).Body;

        MethodCalls.In(rewritten).Should().NotContain(m => m.DeclaringType == typeof(Enumerable));
    }

    [Test]
    public void Each_level_of_nesting_adds_the_same_number_of_nodes_so_a_rule_compiles_in_time_linear_in_its_size()
    {
        var nodes = new[] { 1, 2, 3, 20 }.Select(depth => Nodes.In(FrameLambda.Over(NestedAny(depth), NestedAny(depth).Body, [0]).Body)).ToList();

        var perLevel = nodes[1] - nodes[0];
        (nodes[2] - nodes[1]).Should().Be(perLevel);
        nodes[3].Should().Be(nodes[0] + (19 * perLevel), "a condition nested 20 deep is 20 loops, not 2^20 copies of the innermost");
    }

    [Test]
    public void A_condition_nested_twenty_deep_compiles_and_answers_as_Linq_does()
    {
        var condition = Compile(NestedAny(20));

        condition.Invoke([new[] { 1, 5 }], AsAt).Should().BeTrue();
        condition.Invoke([new[] { 1, 2 }], AsAt).Should().BeFalse();
    }

    /// <summary><c>(xs, asAt) => any(xs, x1 => any(xs, x2 => ... any(xs, xN => xN > 4)))</c>.</summary>
    private static Expression<Func<int[], DateOnly, bool>> NestedAny(int depth)
    {
        var xs = Expression.Parameter(typeof(int[]), "xs");
        Expression body = Expression.Constant(true);
        for (var level = depth; level >= 1; level--)
        {
            var item = Expression.Parameter(typeof(int), "x" + level);
            var condition = level == depth ? Expression.GreaterThan(item, Expression.Constant(4)) : body;
            body = Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [typeof(int)], xs, Expression.Lambda<Func<int, bool>>(condition, item));
        }

        return Expression.Lambda<Func<int[], DateOnly, bool>>(body, xs, Expression.Parameter(typeof(DateOnly), "asAt"));
    }

    private static FrameCondition Compile(LambdaExpression lambda) =>
        FrameCondition.Compile(lambda, [.. Enumerable.Range(0, lambda.Parameters.Count - 1)]);

    /// <summary>A sequence that is not a list, recording the items read and whether its enumerator was disposed.</summary>
    private sealed class OneUseSequence(IEnumerable<int> items, List<int>? read = null) : IEnumerable<int>
    {
        public bool Disposed { get; private set; }

        public IEnumerator<int> GetEnumerator()
        {
            try
            {
                foreach (var item in items)
                {
                    read?.Add(item);
                    yield return item;
                }
            }
            finally
            {
                Disposed = true;
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private sealed class MethodCalls : ExpressionVisitor
    {
        private readonly List<System.Reflection.MethodInfo> found = [];

        public static List<System.Reflection.MethodInfo> In(Expression expression)
        {
            var calls = new MethodCalls();
            calls.Visit(expression);
            return calls.found;
        }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            found.Add(node.Method);
            return base.VisitMethodCall(node);
        }
    }

    private sealed class Nodes : ExpressionVisitor
    {
        private int count;

        public static int In(Expression expression)
        {
            var nodes = new Nodes();
            nodes.Visit(expression);
            return nodes.count;
        }

        public override Expression? Visit(Expression? node)
        {
            if (node is not null)
            {
                count++;
            }

            return base.Visit(node);
        }
    }
}
