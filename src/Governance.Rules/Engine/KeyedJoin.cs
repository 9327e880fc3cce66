using System.Linq.Expressions;
using Governance.Rules.Definitions;
using Element = NRules.RuleModel.Builders.Element;

namespace Governance.Rules.Engine;

/// <summary>
/// A join made by looking a key up rather than by trying every pair. NRules 1.0.4 joins a pattern to the tuples
/// before it by testing the pattern's condition on every pair of tuple and fact, so
/// <c>dass: Post where role == DirectorOfAdultSocialServices and holder == dcs.holder</c> over an authority with
/// thousands of posts would test millions of pairs. When a pattern over a model type has a condition of that shape
/// (it starts with terms each of which reads only the pattern's own fact, a <em>filter</em>, or is an equality
/// between a side reading only the fact and a side reading the tuple, a <em>key</em>), the pattern takes its facts
/// instead from the session's facts of its type, indexed once per session by their side of the keys: for each tuple,
/// only the facts whose filters hold and whose keys equal the tuple's (NRules' <c>Flatten</c> over a per-tuple
/// binding, which it joins to its tuple by identity). The condition itself is still evaluated whole on every fact
/// looked up, so its answer, its errors and the trace are unchanged.
/// </summary>
/// <remarks>
/// <para>A fact is left out of a tuple's candidates only when the condition is false for the pair: a filter is false,
/// or the keys differ, all evaluated without an error, so <c>and</c> stops at a false term before any could throw. A
/// fact for which a filter or its side of a key throws is a candidate of every tuple (the condition will report the
/// error), and a tuple whose side of a key throws is given every fact of the type. Keys compare as the language's
/// <c>==</c> does: text by ordinal, values by value, model elements by identity, and two missing values are equal.
/// While a trace is recorded every fact of the type is a candidate, so that an explanation counts every pair tried,
/// as without the index.</para>
/// <para>The index is made of the facts the session was given. Only model facts qualify (derived facts are made
/// while the session fires), and only in rule sets without rules written in C#, which may insert model facts
/// while firing. Only a session with many facts uses keyed joins (<see cref="CompiledRules.LocalIndexed"/>): on an
/// ordinary authority's few facts NRules' plain join is quicker.</para>
/// </remarks>
internal sealed class KeyedJoin
{
    private readonly Type factType;
    private readonly IReadOnlyList<Delegate> factTerms;
    private readonly int keyParts;
    private readonly Func<object?[], object?> outerKey;

    private KeyedJoin(Type factType, IReadOnlyList<Delegate> factTerms, int keyParts, Func<object?[], object?> outerKey, IReadOnlyList<string> outerNames, bool usesAsAt)
    {
        this.factType = factType;
        this.factTerms = factTerms;
        this.keyParts = keyParts;
        this.outerKey = outerKey;
        OuterNames = outerNames;
        UsesAsAt = usesAsAt;
    }

    /// <summary>The names bound before the pattern that the tuple's key reads, in order.</summary>
    public IReadOnlyList<string> OuterNames { get; }

    /// <summary>Whether the tuple's key reads the evaluation date.</summary>
    public bool UsesAsAt { get; }

    /// <summary>
    /// The keyed join a pattern's condition allows, or null: the condition is a chain of <c>and</c> whose first terms
    /// are filters (read only the pattern's fact) or keys (an equality between a side reading only the pattern's fact
    /// and a side reading names bound before it, of a type whose equality an index can keep), and at least one key
    /// reads a name that can take many values. A key on a name that holds one value in a session (the authority, in a
    /// rule about one authority; the evaluation date) narrows nothing, and a plain join on it is already linear, and
    /// cheaper: such a pattern is left to NRules.
    /// </summary>
    /// <param name="condition">The pattern's first condition.</param>
    /// <param name="pattern">The pattern.</param>
    /// <param name="isOneValue">Whether a name (a parameter of the condition) holds one value in a session.</param>
    public static KeyedJoin? Find(ConditionElement condition, PatternElement pattern, Func<ParameterExpression, bool> isOneValue)
    {
        var lambda = condition.Expression;
        var own = lambda.Parameters.Take(lambda.Parameters.Count - 1).LastOrDefault(p => p.Name == pattern.Binding);
        if (own is null || pattern.Type.IsDerived)
        {
            return null;
        }

        // The longest run of terms from the start that are each a filter on the fact or an equality with the tuple.
        var terms = new List<(Expression? Filter, Expression? Own, Expression? Outer)>();
        foreach (var term in Conjunction.Terms(lambda.Body))
        {
            if (ParameterUsage.Of(term).All(p => p == own))
            {
                terms.Add((term, null, null));
            }
            else if (Sides(term, own) is var (ownSide, outerSide))
            {
                terms.Add((null, ownSide, outerSide));
            }
            else
            {
                break;
            }
        }

        var asAt = lambda.Parameters[^1];
        var narrows = terms.Any(t => t.Outer is { } outer && ParameterUsage.Of(outer).Any(p => p != asAt && !isOneValue(p)));
        return narrows ? Make(pattern.Type.ClrType, own, terms, lambda) : null;
    }

    /// <summary>
    /// The NRules source of the pattern: the facts <see cref="Candidates{T}"/> gives for each tuple, flattened, one
    /// fact per match.
    /// </summary>
    /// <param name="candidatesName">The name of the per-tuple list (internal to the source).</param>
    /// <param name="scope">The names in scope before the pattern, with their types.</param>
    public NRules.RuleModel.AggregateElement Source(string candidatesName, Scope scope)
    {
        var parameters = OuterNames.Select(name => Expression.Parameter(scope.Find(name)!.ClrType, name)).ToList();
        var arguments = parameters.Select(p => (Expression)Expression.Convert(p, typeof(object))).ToList();
        if (UsesAsAt)
        {
            var date = Expression.Parameter(typeof(EvaluationDate), RuleTranslator.AsAtName);
            parameters.Add(date);
            arguments.Add(Expression.Convert(Expression.Property(date, nameof(EvaluationDate.Value)), typeof(object)));
        }

        var listType = typeof(IReadOnlyList<>).MakeGenericType(factType);
        var lookup = Expression.Lambda(
            Expression.Call(Expression.Constant(this), nameof(Candidates), [factType], Expression.NewArrayInit(typeof(object), arguments)),
            parameters);
        var list = Expression.Parameter(listType, candidatesName);
        var selector = Expression.Lambda(Expression.Convert(list, typeof(IEnumerable<>).MakeGenericType(factType)), list);
        var candidates = Element.Pattern(
            Element.Declaration(listType, candidatesName),
            Array.Empty<KeyValuePair<string, LambdaExpression>>(),
            Element.Binding(lookup));
        return Element.Aggregate(
            factType,
            NRules.RuleModel.AggregateElement.FlattenName,
            new KeyValuePair<string, LambdaExpression>[] { new(NRules.RuleModel.AggregateElement.SelectorName, selector) },
            candidates);
    }

    /// <summary>The facts of the session a tuple may join, given the values of <see cref="OuterNames"/> (and the date).</summary>
    /// <typeparam name="T">The pattern's type.</typeparam>
    /// <param name="outer">The tuple's values the key reads.</param>
    public IReadOnlyList<T> Candidates<T>(object?[] outer)
    {
        var context = EvaluationContext.Current;
        var every = context.FactsOf<T>();
        if (context.Trace is not null)
        {
            return every;
        }

        if (context.JoinIndexes.GetValueOrDefault(this) is not Index<T> index)
        {
            index = Build(every);
            context.JoinIndexes[this] = index;
        }

        object? key;
        try
        {
            key = outerKey(outer);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return every;
        }

        return index.Buckets.GetValueOrDefault(new ValueKey(key), index.Always);
    }

    private Index<T> Build<T>(IReadOnlyList<T> facts)
    {
        var index = new Index<T>();
        foreach (var candidate in facts)
        {
            switch (KeyOf(candidate, out var key))
            {
                case FactTerms.Unknown:
                    index.Always.Add(candidate);
                    break;
                case FactTerms.Passes:
                    var slot = new ValueKey(key);
                    if (!index.Buckets.TryGetValue(slot, out var bucket))
                    {
                        index.Buckets[slot] = bucket = [];
                    }

                    bucket.Add(candidate);
                    break;
            }
        }

        // A fact whose answer may be unknown is a candidate of every tuple.
        if (index.Always.Count > 0)
        {
            foreach (var bucket in index.Buckets.Values)
            {
                bucket.AddRange(index.Always);
            }
        }

        return index;
    }

    /// <summary>
    /// Evaluates the fact's side of the terms in the condition's order: a filter that is false leaves the fact out,
    /// a term that throws first makes it a candidate of every tuple; otherwise its key (one part, or an array of them).
    /// </summary>
    private FactTerms KeyOf<T>(T fact, out object? key)
    {
        key = null;
        var parts = keyParts == 1 ? null : new object?[keyParts];
        var part = 0;
        try
        {
            foreach (var term in factTerms)
            {
                if (term is Func<T, bool> filter)
                {
                    if (!filter(fact))
                    {
                        return FactTerms.Fails;
                    }
                }
                else if (parts is null)
                {
                    key = ((Func<T, object?>)term)(fact);
                }
                else
                {
                    parts[part++] = ((Func<T, object?>)term)(fact);
                }
            }
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return FactTerms.Unknown;
        }

        key ??= parts;
        return FactTerms.Passes;
    }

    private static KeyedJoin Make(Type factType, ParameterExpression own, List<(Expression? Filter, Expression? Own, Expression? Outer)> terms, LambdaExpression lambda)
    {
        // The fact's side: its terms in the condition's order, a filter as a test, a key as its value.
        var fact = Expression.Parameter(factType, own.Name);
        var asFact = new ParameterReplacer(new Dictionary<ParameterExpression, Expression> { [own] = own.Type == factType ? fact : Expression.Convert(fact, own.Type) });
        var ownTerms = terms
            .Select(t => DelegateCompiler.Compile(Expression.Lambda(
                t.Filter is { } filter
                    ? asFact.Visit(QuantifierLoops.Inline(filter))
                    : Expression.Convert(asFact.Visit(QuantifierLoops.Inline(t.Own!)), typeof(object)),
                fact)))
            .ToList();

        // The tuple's side: the keys' other sides, over the names they read, packed in an array.
        var keys = terms.Where(t => t.Filter is null).Select(t => t.Outer!).ToList();
        var asAt = lambda.Parameters[^1];
        var used = keys.SelectMany(ParameterUsage.Of).ToHashSet();
        var outer = lambda.Parameters.Take(lambda.Parameters.Count - 1).Where(used.Contains).ToList();
        var usesAsAt = used.Contains(asAt);
        var packed = Expression.Parameter(typeof(object[]), "outer");
        var unpacked = new Dictionary<ParameterExpression, Expression>();
        var read = usesAsAt ? [.. outer, asAt] : outer;
        for (var i = 0; i < read.Count; i++)
        {
            unpacked[read[i]] = Expression.Convert(Expression.ArrayIndex(packed, Expression.Constant(i)), read[i].Type);
        }

        var replacer = new ParameterReplacer(unpacked);
        var parts = keys.Select(k => (Expression)Expression.Convert(replacer.Visit(QuantifierLoops.Inline(k)), typeof(object))).ToList();
        var outerKey = DelegateCompiler.Compile(Expression.Lambda<Func<object?[], object?>>(
            parts.Count == 1 ? parts[0] : Expression.NewArrayInit(typeof(object), parts),
            packed));
        return new KeyedJoin(factType, ownTerms, keys.Count, outerKey, [.. outer.Select(p => p.Name!)], usesAsAt);
    }

    /// <summary>
    /// The own and the outer side of an equality whose one side reads only the pattern's fact and whose other reads
    /// names bound before it, or null. The equality is the language's: text by ordinal, values of the kinds the
    /// language has by value, model elements by identity (see <c>ExpressionBinder.EqualityOf</c>).
    /// </summary>
    private static (Expression Own, Expression Outer)? Sides(Expression term, ParameterExpression own)
    {
        if (term is not BinaryExpression { NodeType: ExpressionType.Equal, IsLiftedToNull: false } equal
            || equal.Left.Type != equal.Right.Type
            || !Keyable(equal.Left.Type, equal.Method))
        {
            return null;
        }

        var left = ParameterUsage.Of(equal.Left);
        var right = ParameterUsage.Of(equal.Right);
        if (left.Count > 0 && left.All(p => p == own) && right.Count > 0 && !right.Contains(own))
        {
            return (equal.Left, equal.Right);
        }

        if (right.Count > 0 && right.All(p => p == own) && left.Count > 0 && !left.Contains(own))
        {
            return (equal.Right, equal.Left);
        }

        return null;
    }

    /// <summary>Whether values of the type, compared with this equality, compare in an index as they do in the condition.</summary>
    private static bool Keyable(Type type, System.Reflection.MethodInfo? method)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string))
        {
            return method?.DeclaringType == typeof(string);
        }

        if (underlying.IsValueType)
        {
            var byValue = underlying.IsEnum || underlying == typeof(DateOnly) || underlying == typeof(bool) || underlying == typeof(int) || underlying == typeof(long) || underlying == typeof(decimal);
            return byValue && (method is null || method.DeclaringType == underlying);
        }

        // Model elements compare by identity (ReferenceEqual has no method); derived facts by value, through a call.
        return method is null && underlying != typeof(DerivedFact) && underlying != typeof(object);
    }

    /// <summary>What the fact's side of a keyed join's terms gave for one fact.</summary>
    private enum FactTerms
    {
        /// <summary>The filters hold, and the key was worked out (it may be missing).</summary>
        Passes,

        /// <summary>A filter is false: the condition is false with every tuple.</summary>
        Fails,

        /// <summary>A term threw before any was false: the fact is a candidate of every tuple.</summary>
        Unknown,
    }

    /// <summary>A session's facts of one type, by key.</summary>
    private sealed class Index<T>
    {
        /// <summary>The facts whose filters or key throw: candidates of every tuple.</summary>
        public List<T> Always { get; } = [];

        /// <summary>
        /// The facts by key (compared as <see cref="FactEquality"/> does, which is the language's <c>==</c> on the
        /// kinds of value a key may be), each list followed by the ones that are always candidates.
        /// </summary>
        public Dictionary<ValueKey, List<T>> Buckets { get; } = [];
    }
}
