using System.Globalization;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Governance.Model;
using Governance.Rules.Definitions;
using Governance.Rules.Engine;

namespace Governance.Rules.Tests.Engine;

/// <summary>
/// Builds rules by hand for engine tests, with C# lambdas whose parameters are the bindings in scope (in scope order)
/// then <c>asAt</c>, as the condition language compiles them.
/// </summary>
internal static class RuleKit
{
    public static readonly DateOnly AsAt = new(2010, 4, 1);

    public static SourceLocation RuleAt([CallerLineNumber] int line = 0) => new("rules/test.yaml", line, 1);

    public static SourceLocation At(int line) => new("authority.yaml", line, 1);

    public static LambdaExpression Cond<T1>(Expression<Func<T1, DateOnly, bool>> condition) => condition;

    public static LambdaExpression Cond<T1, T2>(Expression<Func<T1, T2, DateOnly, bool>> condition) => condition;

    public static LambdaExpression Cond<T1, T2, T3>(Expression<Func<T1, T2, T3, DateOnly, bool>> condition) => condition;

    public static LambdaExpression Cond<T1, T2, T3, T4>(Expression<Func<T1, T2, T3, T4, DateOnly, bool>> condition) => condition;

    public static LambdaExpression Value<T1, TResult>(Expression<Func<T1, DateOnly, TResult>> value) => value;

    public static LambdaExpression Value<T1, T2, TResult>(Expression<Func<T1, T2, DateOnly, TResult>> value) => value;

    public static LambdaExpression Value<T1, T2, T3, TResult>(Expression<Func<T1, T2, T3, DateOnly, TResult>> value) => value;

    public static PatternElement Pattern<T>(string binding, params LambdaExpression[] conditions) =>
        Pattern(binding, FactType.ForClrType(typeof(T)), conditions);

    public static PatternElement Pattern(string binding, FactType type, params LambdaExpression[] conditions) =>
        new(binding, type, [.. conditions.Select(Condition)], RuleAt());

    public static ConditionElement Condition(LambdaExpression expression) => new(expression, expression.ToString(), RuleAt());

    public static AndElement And(params RuleElement[] elements) => new(elements, RuleAt());

    public static NotElement Not(params RuleElement[] elements) => new(And(elements), RuleAt());

    public static ExistsElement Exists(params RuleElement[] elements) => new(And(elements), RuleAt());

    public static OrElement Or(params RuleElement[][] branches) => new([.. branches.Select(b => And(b))], RuleAt());

    public static ForAllElement All(PatternElement baseElement, params PatternElement[] conditions) => new(baseElement, conditions, RuleAt());

    public static AggregateElement Count(string binding, PatternElement source) => new(binding, AggregateKind.Count, source, null, RuleAt());

    public static AggregateElement Collect(string binding, PatternElement source) => new(binding, AggregateKind.Collect, source, null, RuleAt());

    public static AggregateElement Group(string binding, PatternElement source, LambdaExpression key) => new(binding, AggregateKind.Group, source, key, RuleAt());

    public static CheckElement Check(LambdaExpression condition) => new(Condition(condition), RuleAt());

    public static RuleDefinition Finding(string id, params RuleElement[] when) =>
        new(id, And(when), new FindingAction(new ListingMessage(), null, RuleAt()), RuleAt());

    public static RuleDefinition Finding(string id, IMessageTemplate message, LambdaExpression? at, params RuleElement[] when) =>
        new(id, And(when), new FindingAction(message, at, RuleAt()), RuleAt());

    public static RuleDefinition Derive(string id, FactType kind, RuleElement[] when, params (string Field, LambdaExpression Value)[] fields) =>
        new(id, And(when), new DeriveAction(kind, [.. fields.Select(f => new DerivedFieldValue(f.Field, f.Value))], RuleAt()), RuleAt());

    public static FactType Kind(string name, params (string Name, Type Type)[] fields) =>
        FactType.ForDerived(new DerivedFactSchema(name, [.. fields.Select(f => new DerivedField(f.Name, f.Type))]));

    public static CompiledRules Compile(params RuleDefinition[] rules)
    {
        var compilation = RuleCompiler.Compile(rules);
        compilation.Diagnostics.Should().BeEmpty();
        return compilation.Rules!;
    }

    public static EngineResult Run(CompiledRules rules, IEnumerable<object> facts, EngineOptions? options = null) =>
        rules.Evaluate(facts, options ?? new EngineOptions { AsAt = AsAt });

    public static EngineResult Run(RuleDefinition rule, params object[] facts) => Run(Compile(rule), facts);

    /// <summary>The result as text, one line per match, derived fact and error, for comparing whole results.</summary>
    public static string Describe(EngineResult result)
    {
        var lines = new List<string>();
        lines.AddRange(result.Matches.Select(m => $"match {m.Rule.Id}: {Bindings(m.Bindings)} | {m.Message}"));
        lines.AddRange(result.DerivedFacts.Select(f => $"derived {Text(f)} by {f.RuleId} from [{string.Join(", ", f.Support.Select(Text))}]"));
        lines.AddRange(result.Errors.Select(e => $"error {e.Rule.Id}: {e.Element} {e.ExceptionType} {e.Message} with {Bindings(e.Bindings)}"));
        lines.Add($"firings {result.Firings}, stopped {result.StoppedBecause?.ToString() ?? "no"}");
        return string.Join("\n", lines);
    }

    /// <summary>The bound names and values of each match, as <c>a=x b=y</c>.</summary>
    public static IEnumerable<string> MatchesOf(EngineResult result, string ruleId) =>
        result.Matches.Where(m => m.Rule.Id == ruleId).Select(m => Bindings(m.Bindings));

    public static string Bindings(IEnumerable<BoundValue> bindings) =>
        string.Join(" ", bindings.Select(b => $"{b.Name}={Text(b.Value)}"));

    public static string Text(object? value) => value switch
    {
        null => "null",
        Person person => person.Id,
        Post post => post.Id,
        DerivedFact fact => $"{fact.Kind}({string.Join(", ", fact.Values.Select(Text))})",
        IFactGroup group => $"{Text(group.Key)}:[{string.Join(", ", group.Items.Cast<object>().Select(Text))}]",
        string s => s,
        System.Collections.IEnumerable items => $"[{string.Join(", ", items.Cast<object>().Select(Text))}]",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "?",
    };

    /// <summary>A message listing the bound values, as a stand-in for the condition language's templates.</summary>
    public sealed class ListingMessage : IMessageTemplate
    {
        public string Format(object?[] arguments, DateOnly asAt) => string.Join(" ", arguments.Select(Text));
    }

    /// <summary>A message that throws, to test errors in actions.</summary>
    public sealed class ThrowingMessage : IMessageTemplate
    {
        public string Format(object?[] arguments, DateOnly asAt) => throw new FormatException("The message cannot be formatted.");
    }
}
