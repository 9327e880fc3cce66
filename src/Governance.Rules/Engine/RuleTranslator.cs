using System.Linq.Expressions;
using Governance.Rules.Definitions;
using Element = NRules.RuleModel.Builders.Element;
using IContext = NRules.RuleModel.IContext;
using IRuleDefinition = NRules.RuleModel.IRuleDefinition;
using RuleRepeatability = NRules.RuleModel.RuleRepeatability;

namespace Governance.Rules.Engine;

/// <summary>
/// Translates one rule of the canonical model into NRules' rule model. The rule is whole (<see cref="RuleDefinition.Check"/>
/// found nothing): the translation relies on every name being bound where it is read.
/// </summary>
/// <remarks>
/// <para>The language's answers are three-valued: a condition that throws is neither true nor false but unknown, and
/// an unknown answer is never a pass, even under <c>not</c>. NRules' answers are two-valued, so each element is
/// translated twice: the ways it <em>holds</em> (every condition evaluated with <see cref="ConditionGuard.Holds"/>),
/// and the ways its answer is <em>unknown</em> (a condition, after the ones before it held, throws:
/// <see cref="ConditionGuard.Throws"/>). The rule itself is made of the first; under <c>not</c>, <c>exists</c> and the
/// aggregates it is also blocked by the second, and each way of being unknown becomes an NRules rule of its own that
/// reports the error. An inner match that decides <c>not</c> or <c>exists</c> decides it whatever other inner
/// candidates gave, so those errors are not reported.</para>
/// <para>Each <c>or</c> branch becomes an NRules rule of its own; they share the rule's action, which fires once per
/// distinct tuple. <c>all(base, conditions)</c> is <c>not(base and not(conditions))</c>, as the language defines it
/// (NRules' own <c>ForAll</c> means something else). A <c>check</c> is a condition on a pattern over the evaluation
/// date, which every session holds once.</para>
/// <para>Translated with keyed joins (for sessions with many facts, <see cref="CompiledRules.LocalIndexed"/>), a
/// pattern whose condition joins it to the names before it on a key (<c>holder == dcs.holder</c>) takes its facts from
/// <see cref="KeyedJoin"/>, which looks them up by key, rather than from NRules' join of every pair; its condition is
/// translated as any other's.</para>
/// </remarks>
internal sealed class RuleTranslator
{
    /// <summary>The name of the evaluation date's declaration, first in every translated rule.</summary>
    public const string AsAtName = "__asAt";

    private readonly RuleDefinition rule;
    private readonly HashSet<Type> modelTypes;
    private readonly bool keyedJoins;
    private int internalNames;

    private RuleTranslator(RuleDefinition rule, HashSet<Type> modelTypes, bool keyedJoins)
    {
        this.rule = rule;
        this.modelTypes = modelTypes;
        this.keyedJoins = keyedJoins;
    }

    /// <summary>Translates a whole rule (one <see cref="RuleDefinition.Check"/> finds nothing wrong with).</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="modelTypes">Receives the model types the rule's patterns match.</param>
    /// <param name="keyedJoins">Whether a join on a key looks its facts up in an index of the session's facts (<see cref="KeyedJoin"/>).</param>
    public static TranslatedRule Translate(RuleDefinition rule, HashSet<Type> modelTypes, bool keyedJoins)
    {
        var translator = new RuleTranslator(rule, modelTypes, keyedJoins);
        var start = Scope.Empty.With(new ScopedBinding(AsAtName, typeof(EvaluationDate), IsFact: false));
        var (holds, unknown) = translator.And(rule.Lhs.Elements, start);
        var tuple = holds.Count == 0 ? [] : holds[0].Scope.Visible.ToList();
        var action = BuildAction(rule.Action, tuple);
        return new TranslatedRule(rule, tuple, action, holds, unknown);
    }

    // ----- elements -----
    private (List<Seq> Holds, List<Unknown> Unknown) And(IReadOnlyList<RuleElement> elements, Scope scope)
    {
        var alternatives = new List<Seq> { new([], scope) };
        var unknown = new List<Unknown>();
        foreach (var element in elements)
        {
            var next = new List<Seq>();
            foreach (var alternative in alternatives)
            {
                var (holds, unknowns) = Element(element, alternative.Scope);
                next.AddRange(holds.Select(h => new Seq([.. alternative.Nodes, .. h.Nodes], h.Scope)));
                unknown.AddRange(unknowns.Select(u => new Unknown([.. alternative.Nodes, .. u.Nodes], u.Scope, u.Site)));
            }

            alternatives = next;
        }

        return (alternatives, unknown);
    }

    private (List<Seq> Holds, List<Unknown> Unknown) Element(RuleElement element, Scope scope)
    {
        switch (element)
        {
            case PatternElement pattern:
                return Pattern(pattern, scope);
            case AndElement and:
                return And(and.Elements, scope);
            case OrElement or:
                return Or(or, scope);
            case NotElement not:
                return Negation(not.Source, scope, exists: false);
            case ExistsElement exists:
                return Negation(exists.Source, scope, exists: true);
            case ForAllElement all:
                // all(base, conditions) = not(base and not(conditions)).
                var rest = new NotElement(new AndElement([.. all.Conditions], all.Location), all.Location);
                return Negation(new AndElement([all.Base, rest], all.Location), scope, exists: false);
            case AggregateElement aggregate:
                return Aggregate(aggregate, scope);
            case CheckElement check:
                return Check(check, scope);
            default:
                throw new ArgumentException($"Unknown kind of rule element: {element.GetType().Name}.", nameof(element));
        }
    }

    private (List<Seq> Holds, List<Unknown> Unknown) Pattern(PatternElement pattern, Scope scope, bool joined = true)
    {
        if (!pattern.Type.IsDerived)
        {
            modelTypes.Add(pattern.Type.ClrType);
        }

        var after = scope.With(new ScopedBinding(pattern.Binding, pattern.Type.ClrType, IsFact: true));
        var sites = new List<ConditionSite>();
        var kind = KindCondition(pattern);
        var keyed = keyedJoins && pattern.Conditions.Count > 0 ? KeyedJoin.Find(pattern.Conditions[0], pattern, IsOneValue) : null;
        var source = keyed is null ? null : new KeyedSource(keyed, InternalName($"{pattern.Binding}_candidates"), scope);
        foreach (var condition in pattern.Conditions)
        {
            sites.Add(Site(condition));
            if (keyed is null)
            {
                kind.AddRange(Prefilter(condition, pattern));
            }
        }

        var counted = joined ? [Joined(pattern)] : Array.Empty<LambdaExpression>();
        var holds = new List<LambdaExpression>(kind);
        holds.AddRange(sites.Select(site => Guarded(site, after, throws: false)));
        holds.AddRange(counted);
        var unknown = new List<Unknown>();
        for (var i = 0; i < sites.Count; i++)
        {
            var conditions = new List<LambdaExpression>(kind);
            conditions.AddRange(sites.Take(i).Select(site => Guarded(site, after, throws: false)));
            conditions.Add(Guarded(sites[i], after, throws: true));
            conditions.AddRange(counted);
            unknown.Add(new Unknown([new PatternNode(pattern.Binding, pattern.Type.ClrType, conditions, source)], after, sites[i]));
        }

        return ([new Seq([new PatternNode(pattern.Binding, pattern.Type.ClrType, holds, source)], after)], unknown);
    }

    private (List<Seq> Holds, List<Unknown> Unknown) Or(OrElement or, Scope scope)
    {
        var holds = new List<Seq>();
        var unknown = new List<Unknown>();
        var branchScopes = new List<Scope>();
        foreach (var branch in or.Branches)
        {
            var (branchHolds, branchUnknown) = And(branch.Elements, scope);
            holds.AddRange(branchHolds);
            unknown.AddRange(branchUnknown);
            branchScopes.AddRange(branchHolds.Select(h => h.Scope));
        }

        // A name bound after the or is one every branch binds, with the same type.
        var common = branchScopes.Count == 0
            ? []
            : branchScopes[0].Bindings.Skip(scope.Bindings.Count)
                .Where(b => branchScopes.All(s => s.Find(b.Name) is { } found && found.ClrType == b.ClrType))
                .ToList();
        var after = scope.With(common);
        return ([.. holds.Select(h => h with { Scope = after })], unknown);
    }

    private (List<Seq> Holds, List<Unknown> Unknown) Negation(AndElement source, Scope scope, bool exists)
    {
        var (inner, innerUnknown) = And(source.Elements, scope);
        var noInnerMatch = inner.Select(seq => (Node)new NotNode(seq.Nodes)).ToList();

        // Undecided: no inner match holds, and an inner candidate's answer is unknown.
        var unknown = innerUnknown.Select(u => new Unknown([.. noInnerMatch, .. u.Nodes], u.Scope, u.Site)).ToList();
        if (exists)
        {
            return ([.. inner.Select(seq => new Seq([new ExistsNode(seq.Nodes)], scope))], unknown);
        }

        var holds = new List<Node>(noInnerMatch);
        holds.AddRange(innerUnknown.Select(u => new NotNode(u.Nodes)));
        return ([new Seq(holds, scope)], unknown);
    }

    private (List<Seq> Holds, List<Unknown> Unknown) Aggregate(AggregateElement aggregate, Scope scope)
    {
        var (sourceHolds, sourceUnknown) = Pattern(aggregate.Source, scope, joined: false);
        var source = (PatternNode)sourceHolds[0].Nodes[0];
        var sourceScope = sourceHolds[0].Scope;
        var itemType = aggregate.Source.Type.ClrType;
        var unknown = new List<Unknown>(sourceUnknown);
        var nodes = new List<Node>();
        var itemsName = InternalName($"{aggregate.Binding}_items");
        Type boundType;
        switch (aggregate.Kind)
        {
            case AggregateKind.Count when aggregate.GroupKey is null:
                boundType = typeof(int);
                nodes.Add(new PatternNode(itemsName, typeof(IEnumerable<>).MakeGenericType(itemType), [], new CollectSource(source)));
                nodes.Add(new PatternNode(aggregate.Binding, boundType, [], new BindingSource(Call(nameof(AggregateValues.Count), [itemType], itemsName, typeof(IEnumerable<>).MakeGenericType(itemType)))));
                break;
            case AggregateKind.Collect when aggregate.GroupKey is null:
                boundType = typeof(IReadOnlyList<>).MakeGenericType(itemType);
                nodes.Add(new PatternNode(itemsName, typeof(IEnumerable<>).MakeGenericType(itemType), [], new CollectSource(source)));
                nodes.Add(new PatternNode(aggregate.Binding, boundType, [], new BindingSource(Call(nameof(AggregateValues.List), [itemType], itemsName, typeof(IEnumerable<>).MakeGenericType(itemType)))));
                break;
            case AggregateKind.Group when aggregate.GroupKey is not null:
                var key = KeySite(aggregate);
                var keyType = aggregate.GroupKey.ReturnType;
                var groupingType = typeof(IGrouping<,>).MakeGenericType(keyType, itemType);
                boundType = typeof(FactGroup<,>).MakeGenericType(keyType, itemType);
                var item = Expression.Parameter(itemType, aggregate.Source.Binding);
                var keyCall = Expression.Call(typeof(ConditionGuard), nameof(ConditionGuard.Key), [itemType, keyType], Expression.Constant(key), Expression.Constant(key.Function), item);
                var throwsCall = Expression.Call(typeof(ConditionGuard), nameof(ConditionGuard.KeyThrows), [itemType, keyType], Expression.Constant(key), Expression.Constant(key.Function), item);
                unknown.Add(new Unknown([source with { Conditions = [.. source.Conditions, Expression.Lambda(throwsCall, item)] }], sourceScope, key));
                nodes.Add(new PatternNode(itemsName, groupingType, [], new GroupSource(source, Expression.Lambda(keyCall, item), Expression.Lambda(item, item))));
                nodes.Add(new PatternNode(aggregate.Binding, boundType, [], new BindingSource(Call(nameof(AggregateValues.Group), [keyType, itemType], itemsName, groupingType))));
                break;
            default:
                throw new InvalidOperationException($"The {aggregate.Kind} '{aggregate.Binding}' of rule '{rule.Id}' does not fit its key; RuleDefinition.Check reports this before translation.");
        }

        // An aggregate over candidates whose answer is unknown is itself unknown: the tuple goes no further.
        var holds = unknown.Select(u => (Node)new NotNode(u.Nodes)).Concat(nodes).ToList();
        var after = scope.With([new ScopedBinding(itemsName, nodes[0].Type, IsFact: false), new ScopedBinding(aggregate.Binding, boundType, IsFact: false)]);
        return ([new Seq(holds, after)], unknown);
    }

    private (List<Seq> Holds, List<Unknown> Unknown) Check(CheckElement check, Scope scope)
    {
        var name = InternalName("check");
        var after = scope.With(new ScopedBinding(name, typeof(EvaluationDate), IsFact: false));
        var site = Site(check.Condition);

        // The condition is tested on a pattern over the evaluation date, which the session holds once: a filter of tuples.
        var holds = new PatternNode(name, typeof(EvaluationDate), [Guarded(site, after, throws: false, dateName: name)], null);
        var throws = new PatternNode(name, typeof(EvaluationDate), [Guarded(site, after, throws: true, dateName: name)], null);
        return ([new Seq([holds], after)], [new Unknown([throws], after, site)]);
    }

    // ----- conditions -----

    /// <summary>Compiles a condition once, over the names it reads.</summary>
    private ConditionSite Site(ConditionElement condition)
    {
        var lambda = condition.Expression;
        var (parameters, usesAsAt) = Used(lambda);
        var function = CompileOver(lambda, parameters, usesAsAt, lambda.Body);
        return new ConditionSite(rule, condition, condition.Text, condition.Location, [.. parameters.Select(p => p.Name!)], usesAsAt, function);
    }

    private ConditionSite KeySite(AggregateElement aggregate)
    {
        var key = aggregate.GroupKey!;
        var item = Expression.Parameter(aggregate.Source.Type.ClrType, aggregate.Source.Binding);
        var original = key.Parameters.Single(p => p.Name == aggregate.Source.Binding);
        var body = new ParameterReplacer(new Dictionary<ParameterExpression, Expression> { [original] = Convert(item, original.Type) }).Visit(key.Body);
        var function = DelegateCompiler.Compile(Expression.Lambda(QuantifierLoops.Inline(body), item));
        return new ConditionSite(rule, null, "group key", aggregate.Location, [aggregate.Source.Binding], usesAsAt: false, function);
    }

    /// <summary>The parameters a lambda's body reads (bindings, in order) and whether it reads <c>asAt</c>.</summary>
    private static (List<ParameterExpression> Parameters, bool UsesAsAt) Used(LambdaExpression lambda)
    {
        var used = ParameterUsage.Of(lambda.Body);
        return ([.. lambda.Parameters.Take(lambda.Parameters.Count - 1).Where(used.Contains)], used.Contains(lambda.Parameters[^1]));
    }

    /// <summary>Compiles a lambda's body over the parameters it uses, then <c>asAt</c> when it uses it.</summary>
    private static Delegate CompileOver(LambdaExpression lambda, List<ParameterExpression> parameters, bool usesAsAt, Expression body)
    {
        var all = usesAsAt ? [.. parameters, lambda.Parameters[^1]] : parameters;
        var inlined = QuantifierLoops.Inline(body);
        if (all.Count <= ConditionGuard.MaxArity)
        {
            return DelegateCompiler.Compile(Expression.Lambda(inlined, all));
        }

        // Too many arguments to pass one by one: pass them in an array.
        var packed = Expression.Parameter(typeof(object[]), "arguments");
        var unpacked = new Dictionary<ParameterExpression, Expression>();
        for (var i = 0; i < all.Count; i++)
        {
            unpacked[all[i]] = Expression.Convert(Expression.ArrayIndex(packed, Expression.Constant(i)), all[i].Type);
        }

        return DelegateCompiler.Compile(Expression.Lambda<Func<object?[], bool>>(new ParameterReplacer(unpacked).Visit(inlined), packed));
    }

    /// <summary>
    /// The NRules condition for a site: a lambda whose parameters are the declarations it reads (named as the rule's
    /// bindings, and the evaluation date), calling <see cref="ConditionGuard"/>.
    /// </summary>
    private static LambdaExpression Guarded(ConditionSite site, Scope scope, bool throws, string dateName = AsAtName)
    {
        var parameters = site.BindingNames.Select(name => Expression.Parameter(scope.Find(name)!.ClrType, name)).ToList();
        var delegateType = site.Function.GetType();
        var packed = site.Function is Func<object?[], bool>;
        var types = packed ? [] : delegateType.GetGenericArguments()[..^1];
        var arguments = new List<Expression>();
        for (var i = 0; i < parameters.Count; i++)
        {
            arguments.Add(packed ? Expression.Convert(parameters[i], typeof(object)) : Convert(parameters[i], types[i]));
        }

        if (site.UsesAsAt || parameters.Count == 0)
        {
            var date = Expression.Parameter(typeof(EvaluationDate), dateName);
            parameters.Add(date);
            if (site.UsesAsAt)
            {
                var value = Expression.Property(date, nameof(EvaluationDate.Value));
                arguments.Add(packed ? Expression.Convert(value, typeof(object)) : value);
            }
        }

        var method = ConditionGuard.Method(throws, packed ? int.MaxValue : types.Length);
        Expression call = packed
            ? Expression.Call(method, Expression.Constant(site), Expression.Constant(site.Function), Expression.NewArrayInit(typeof(object), arguments))
            : Expression.Call(types.Length == 0 ? method : method.MakeGenericMethod(types), [Expression.Constant(site), Expression.Constant(site.Function), .. arguments]);
        return Expression.Lambda(call, parameters);
    }

    /// <summary>
    /// The last condition of a pattern's join: <see cref="ConditionGuard.Joined"/>, which counts each partial match
    /// against the session's budget. It reads the evaluation date (bound first in every rule) as well as the pattern's
    /// fact, so NRules evaluates it in the join, once per tuple the join makes, and never in the pattern's own filter.
    /// It reads no constant of the rule, so rules that share a join still share it.
    /// </summary>
    private static LambdaExpression Joined(PatternElement pattern) =>
        Expression.Lambda(
            Expression.Call(typeof(ConditionGuard), nameof(ConditionGuard.Joined), null),
            Expression.Parameter(typeof(EvaluationDate), AsAtName),
            Expression.Parameter(pattern.Type.ClrType, pattern.Binding));

    /// <summary>
    /// For a condition that joins (reads names bound before the pattern) and starts with terms that read only the
    /// pattern's own fact (<c>role == DirectorOfAdultSocialServices and holder == dcs.holder</c>), a filter NRules
    /// evaluates once per fact, before the join: it lets through the facts for which those terms hold or throw, so the
    /// join pairs only those. The condition itself is still evaluated whole on what is paired, so its answer, its errors
    /// and the trace are unchanged (and while a trace is recorded the filter lets everything through, so that the
    /// explanation counts every pair): a fact the filter drops is one for which the whole condition is false, because
    /// <c>and</c> stops at its first false term. It turns a rule that is quadratic in an authority's posts into one
    /// that is quadratic only in the posts that can match.
    /// </summary>
    private static IEnumerable<LambdaExpression> Prefilter(ConditionElement condition, PatternElement pattern)
    {
        var lambda = condition.Expression;
        var own = lambda.Parameters.Take(lambda.Parameters.Count - 1).LastOrDefault(p => p.Name == pattern.Binding);
        var used = ParameterUsage.Of(lambda.Body);
        if (own is null || !used.Any(p => p != own))
        {
            yield break;
        }

        var terms = Conjunction.Terms(lambda.Body);
        var leading = terms.TakeWhile(term => ParameterUsage.Of(term).All(p => p == own)).ToList();
        if (leading.Count == 0 || leading.Count == terms.Count)
        {
            yield break;
        }

        var test = DelegateCompiler.Compile(Expression.Lambda(QuantifierLoops.Inline(leading.Aggregate(Expression.AndAlso)), own));
        var fact = Expression.Parameter(pattern.Type.ClrType, pattern.Binding);
        yield return Expression.Lambda(
            Expression.Call(typeof(ConditionGuard), nameof(ConditionGuard.MayHold), [own.Type], Expression.Constant(test), Convert(fact, own.Type)),
            fact);
    }

    /// <summary>Whether a name holds one value in a session: the authority, in a rule about one authority.</summary>
    private bool IsOneValue(ParameterExpression name) =>
        rule.Scope == RuleScope.Authority && name.Type == typeof(Governance.Model.Authority);

    /// <summary>For a pattern over a derived kind, the condition that the fact is of that kind.</summary>
    private static List<LambdaExpression> KindCondition(PatternElement pattern)
    {
        if (pattern.Type.Derived is not { } schema)
        {
            return [];
        }

        var fact = Expression.Parameter(typeof(DerivedFact), pattern.Binding);
        return [Expression.Lambda(Expression.Equal(Expression.Property(fact, nameof(DerivedFact.Kind)), Expression.Constant(schema.Kind)), fact)];
    }

    // ----- actions -----
    private static CompiledAction BuildAction(RuleAction action, IReadOnlyList<ScopedBinding> tuple)
    {
        switch (action)
        {
            case FindingAction finding:
                var at = finding.At is null ? null : FrameFunction.Compile(finding.At, SlotsOf(finding.At, tuple));
                return new CompiledFinding(finding.Message, at, finding.Location);
            case DeriveAction derive:
                return BuildDerivation(derive, tuple);
            default:
                throw new ArgumentException($"Unknown kind of action: {action.GetType().Name}.", nameof(action));
        }
    }

    private static CompiledDerivation BuildDerivation(DeriveAction derive, IReadOnlyList<ScopedBinding> tuple)
    {
        var schema = derive.Type.Derived!;
        var values = schema.Fields
            .Select(field => derive.Fields.Single(f => string.Equals(f.Field, field.Name, StringComparison.Ordinal)).Value)
            .Select(value => FrameFunction.Compile(value, SlotsOf(value, tuple)))
            .ToList();
        return new CompiledDerivation(schema, values, derive.Location);
    }

    private static int[] SlotsOf(LambdaExpression lambda, IReadOnlyList<ScopedBinding> tuple) =>
        [.. lambda.Parameters.Take(lambda.Parameters.Count - 1).Select(p => tuple.Select((b, i) => (b, i)).Last(x => x.b.Name == p.Name).i)];

    // ----- helpers -----
    private static LambdaExpression Call(string method, Type[] typeArguments, string parameterName, Type parameterType)
    {
        var parameter = Expression.Parameter(parameterType, parameterName);
        return Expression.Lambda(Expression.Call(typeof(AggregateValues), method, typeArguments, parameter), parameter);
    }

    private static Expression Convert(Expression value, Type type) => value.Type == type ? value : Expression.Convert(value, type);

    private string InternalName(string what) => $"__{what}{++internalNames}";
}

/// <summary>A rule translated: its tuple, its action, the ways it holds and the ways its answer is unknown.</summary>
/// <param name="Definition">The rule as written.</param>
/// <param name="Tuple">The names bound at the end of its <c>when</c>, in scope order.</param>
/// <param name="Action">Its compiled action.</param>
/// <param name="Holds">One sequence of elements per way the rule holds (one per <c>or</c> branch).</param>
/// <param name="Unknown">One sequence per way a condition's answer is unknown, ending where it threw.</param>
internal sealed record TranslatedRule(RuleDefinition Definition, IReadOnlyList<ScopedBinding> Tuple, CompiledAction Action, IReadOnlyList<Seq> Holds, IReadOnlyList<Unknown> Unknown)
{
    /// <summary>The rule's id.</summary>
    public string Id => Definition.Id;

    /// <summary>The NRules rules of this rule: one per way it holds, then one per way it is unknown.</summary>
    /// <param name="runtime">What the rule does when fired.</param>
    /// <param name="priority">NRules' priority: a rule of an earlier stratum has a higher one.</param>
    public IEnumerable<(IRuleDefinition Rule, bool ReportsUnknown)> ToNRules(RuleRuntime runtime, int priority)
    {
        var index = 0;
        foreach (var holds in Holds)
        {
            var names = Tuple;
            var context = Expression.Parameter(typeof(IContext), "context");
            var parameters = names.Select(b => Expression.Parameter(b.ClrType, b.Name)).ToList();
            var date = Expression.Parameter(typeof(EvaluationDate), RuleTranslator.AsAtName);
            var body = Expression.Call(
                Expression.Constant(runtime),
                nameof(RuleRuntime.Fire),
                null,
                context,
                Expression.NewArrayInit(typeof(object), parameters.Select(p => Expression.Convert(p, typeof(object)))),
                Expression.Property(date, nameof(EvaluationDate.Value)));
            var action = Expression.Lambda(body, [context, .. parameters, date]);
            yield return (Build($"{Definition.Id}#{index++}", priority, holds.Nodes, action), false);
        }

        index = 0;
        foreach (var unknown in Unknown)
        {
            var names = unknown.Scope.Bindings.Where(b => b.Name != RuleTranslator.AsAtName).ToList();
            var context = Expression.Parameter(typeof(IContext), "context");
            var parameters = names.Select(b => Expression.Parameter(b.ClrType, b.Name)).ToList();
            var date = Expression.Parameter(typeof(EvaluationDate), RuleTranslator.AsAtName);
            var body = Expression.Call(
                Expression.Constant(runtime),
                nameof(RuleRuntime.Unknown),
                null,
                Expression.Constant(unknown.Site),
                Expression.Constant(names, typeof(IReadOnlyList<ScopedBinding>)),
                Expression.NewArrayInit(typeof(object), parameters.Select(p => Expression.Convert(p, typeof(object)))),
                Expression.Property(date, nameof(EvaluationDate.Value)));
            var action = Expression.Lambda(body, [context, .. parameters, date]);
            yield return (Build($"{Definition.Id}!unknown#{index++}", priority, unknown.Nodes, action), true);
        }
    }

    private static IRuleDefinition Build(string name, int priority, IReadOnlyList<Node> nodes, LambdaExpression action)
    {
        var date = Element.Pattern(Element.Declaration(typeof(EvaluationDate), RuleTranslator.AsAtName), []);
        var lhs = Element.AndGroup([date, .. nodes.Select(Node.Emit)]);
        return Element.RuleDefinition(
            name,
            string.Empty,
            priority,
            RuleRepeatability.Repeatable,
            [],
            [],
            Element.DependencyGroup(),
            lhs,
            Element.FilterGroup(),
            Element.ActionGroup(Element.Action(action)));
    }
}

/// <summary>A sequence of NRules elements, and the names in scope after them.</summary>
/// <param name="Nodes">The elements.</param>
/// <param name="Scope">The names in scope after them.</param>
internal sealed record Seq(IReadOnlyList<Node> Nodes, Scope Scope);

/// <summary>A sequence of NRules elements that matches where a condition's answer is unknown.</summary>
/// <param name="Nodes">The elements, ending with the pattern whose condition throws.</param>
/// <param name="Scope">The names bound by them.</param>
/// <param name="Site">The condition that throws.</param>
internal sealed record Unknown(IReadOnlyList<Node> Nodes, Scope Scope, ConditionSite Site);

/// <summary>An element of a translated rule, emitted as a fresh NRules element for each NRules rule it is part of.</summary>
internal abstract record Node
{
    /// <summary>The type of what the element binds (for a pattern).</summary>
    public virtual Type Type => typeof(object);

    /// <summary>Makes the NRules element.</summary>
    public static NRules.RuleModel.RuleElement Emit(Node node) => Emit(node, 0);

    private static NRules.RuleModel.RuleElement Emit(Node node, int depth) => node switch
    {
        PatternNode pattern => pattern.EmitPattern(),
        NotNode not => Element.Not(Group(not.Nodes, depth + 1)),
        ExistsNode exists => Element.Exists(Group(exists.Nodes, depth + 1)),
        _ => throw new ArgumentException($"Unknown kind of node: {node.GetType().Name}.", nameof(node)),
    };

    /// <summary>
    /// The elements under a <c>not</c> or <c>exists</c>. NRules 1.0.4 evaluates a group under them correctly only when
    /// its first element joins the outer tuple; a group whose first pattern reads nothing bound outside is matched as
    /// if no outer tuple existed. So a group starts with a link to the outer tuple: the evaluation date, joined to the
    /// date the rule bound first (one fact, so one match per outer tuple).
    /// </summary>
    private static NRules.RuleModel.RuleElement Group(IReadOnlyList<Node> nodes, int depth)
    {
        if (nodes.Count == 1 && nodes[0] is PatternNode)
        {
            return Emit(nodes[0], depth);
        }

        var outer = Expression.Parameter(typeof(EvaluationDate), RuleTranslator.AsAtName);
        var link = Expression.Parameter(typeof(EvaluationDate), $"__link{depth}");
        var joined = Expression.Lambda(Expression.ReferenceEqual(outer, link), outer, link);
        var linkPattern = new PatternNode(link.Name!, typeof(EvaluationDate), [joined], null);
        return Element.AndGroup([linkPattern.EmitPattern(), .. nodes.Select(n => Emit(n, depth))]);
    }
}

/// <summary>A pattern binding <paramref name="Name"/> to facts of a type for which the conditions hold, or to what a source gives.</summary>
internal sealed record PatternNode(string Name, Type FactType, IReadOnlyList<LambdaExpression> Conditions, SourceNode? Source) : Node
{
    /// <inheritdoc />
    public override Type Type => FactType;

    /// <summary>Makes the NRules pattern.</summary>
    public NRules.RuleModel.PatternElement EmitPattern()
    {
        var declaration = Element.Declaration(FactType, Name);
        var conditions = Conditions.Select(c => new KeyValuePair<string, LambdaExpression>(NRules.RuleModel.PatternElement.ConditionName, c)).ToList();
        return Source switch
        {
            null => Element.Pattern(declaration, conditions),
            CollectSource collect => Element.Pattern(declaration, conditions, Element.Collect(collect.Pattern.EmitPattern())),
            GroupSource group => Element.Pattern(declaration, conditions, Element.GroupBy(group.Key, group.Item, group.Pattern.EmitPattern())),
            BindingSource binding => Element.Pattern(declaration, conditions, Element.Binding(binding.Expression)),
            KeyedSource keyed => Element.Pattern(declaration, conditions, keyed.Join.Source(keyed.CandidatesName, keyed.Scope)),
            _ => throw new InvalidOperationException($"Unknown kind of source: {Source.GetType().Name}."),
        };
    }
}

/// <summary>Matches when the inner elements have no match.</summary>
internal sealed record NotNode(IReadOnlyList<Node> Nodes) : Node;

/// <summary>Matches once when the inner elements have a match.</summary>
internal sealed record ExistsNode(IReadOnlyList<Node> Nodes) : Node;

/// <summary>Where a pattern's facts come from, when not from the session's facts.</summary>
internal abstract record SourceNode;

/// <summary>Every match of a pattern, as one collection.</summary>
internal sealed record CollectSource(PatternNode Pattern) : SourceNode;

/// <summary>The matches of a pattern, grouped by a key.</summary>
internal sealed record GroupSource(PatternNode Pattern, LambdaExpression Key, LambdaExpression Item) : SourceNode;

/// <summary>A value computed from the names bound before.</summary>
internal sealed record BindingSource(LambdaExpression Expression) : SourceNode;

/// <summary>The facts a keyed join looks up for each tuple (see <see cref="KeyedJoin"/>).</summary>
/// <param name="Join">The join.</param>
/// <param name="CandidatesName">The name of the per-tuple list of candidates.</param>
/// <param name="Scope">The names in scope before the pattern.</param>
internal sealed record KeyedSource(KeyedJoin Join, string CandidatesName, Scope Scope) : SourceNode;
