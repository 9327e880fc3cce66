using System.Reflection;
using Governance.Model;
using Governance.Rules.Definitions;

namespace Governance.Rules.Engine;

/// <summary>
/// A condition of a rule as NRules evaluates it: the rule's own condition (or group key) compiled once, with the
/// names of the bindings it reads. One site is made per condition per rule, so NRules shares a condition's network
/// node between a rule and its unknown-answer rules, never between two rules.
/// </summary>
internal sealed class ConditionSite
{
    /// <summary>Makes a site.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="element">The condition as written; null for a group key.</param>
    /// <param name="text">The condition's text (or <c>group key</c>) for errors.</param>
    /// <param name="location">Where it is written.</param>
    /// <param name="bindingNames">The names of the bindings the function takes, in order.</param>
    /// <param name="usesAsAt">Whether the function takes the evaluation date as its last argument.</param>
    /// <param name="function">The compiled function.</param>
    public ConditionSite(RuleDefinition rule, ConditionElement? element, string text, SourceLocation location, IReadOnlyList<string> bindingNames, bool usesAsAt, Delegate function)
    {
        Rule = rule;
        Element = element;
        Text = text;
        Location = location;
        BindingNames = bindingNames;
        UsesAsAt = usesAsAt;
        Function = function;
    }

    /// <summary>The rule.</summary>
    public RuleDefinition Rule { get; }

    /// <summary>The condition as written, for the trace; null for a group key.</summary>
    public ConditionElement? Element { get; }

    /// <summary>The condition's text, for errors.</summary>
    public string Text { get; }

    /// <summary>Where it is written.</summary>
    public SourceLocation Location { get; }

    /// <summary>The names of the bindings the function takes, in order.</summary>
    public IReadOnlyList<string> BindingNames { get; }

    /// <summary>Whether the function takes the evaluation date after the bindings.</summary>
    public bool UsesAsAt { get; }

    /// <summary>The compiled function.</summary>
    public Delegate Function { get; }

    /// <summary>Evaluates the function again with the values of a tuple in which it threw, and returns what it threw.</summary>
    /// <param name="values">The values bound in the tuple, by name.</param>
    /// <param name="asAt">The evaluation date.</param>
    public Exception? Failure(IReadOnlyDictionary<string, object?> values, DateOnly asAt)
    {
        var arguments = BindingNames.Select(name => values.GetValueOrDefault(name)).ToList();
        if (UsesAsAt)
        {
            arguments.Add(asAt);
        }

        try
        {
            var packed = Function is Func<object?[], bool> ? new object?[] { arguments.ToArray() } : arguments.ToArray();
            Function.DynamicInvoke(packed);
            return null;
        }
        catch (TargetInvocationException invocation) when (invocation.InnerException is { } inner)
        {
            return inner;
        }
    }

    /// <summary>Reports the evaluation to the session's trace, if it has one.</summary>
    public void Trace(EvaluationContext context, ConditionResult result, object?[] arguments)
    {
        if (context.Trace is null || Element is null)
        {
            return;
        }

        var bindings = new List<BoundValue>(BindingNames.Count);
        for (var i = 0; i < BindingNames.Count; i++)
        {
            bindings.Add(new BoundValue(BindingNames[i], arguments[i]));
        }

        context.Trace.ConditionEvaluated(new ConditionEvaluatedEvent(Rule, Element, bindings, result));
    }
}

/// <summary>
/// Evaluates a rule's conditions inside NRules so that an error is never a pass. NRules counts a condition that
/// throws as false, which under <c>not</c> would make a finding out of an error. The translation therefore asks two
/// questions of every condition: <see cref="Holds"/> (true only when it held) for the rule itself, and
/// <see cref="Throws"/> for the rule's unknown-answer rules, which block the rule's tuple and report the error. Both
/// check the session's cancellation before evaluating.
/// </summary>
internal static class ConditionGuard
{
    /// <summary>The <c>Holds</c> or <c>Throws</c> method taking the given number of arguments, open.</summary>
    public static MethodInfo Method(bool throws, int arity) =>
        arity > MaxArity
            ? typeof(ConditionGuard).GetMethod(throws ? nameof(ThrowsPacked) : nameof(HoldsPacked))!
            : typeof(ConditionGuard).GetMethods().Single(m => m.Name == (throws ? "Throws" : "Holds") && m.GetParameters().Length == arity + 2);

    /// <summary>
    /// The last condition of every join of a translated rule: counts the partial match the join is about to make
    /// against the session's budget (and looks at its cancellation), so that a join with no shared key, which NRules
    /// would otherwise gather whole before anything fires, stops within the budget. Always true when it returns.
    /// </summary>
    /// <exception cref="BudgetExceededException">The session's budget of partial matches is spent.</exception>
    public static bool Joined()
    {
        EvaluationContext.Current.CountPartialMatch();
        return true;
    }

    /// <summary>
    /// The filter a joining condition's leading terms make (see <c>RuleTranslator.Prefilter</c>): false only when the
    /// terms are false for the fact, so the whole condition is; true when they hold, when they throw (the condition will
    /// then report the error) and while a trace is recorded.
    /// </summary>
    public static bool MayHold<T>(Func<T, bool> terms, T fact)
    {
        var context = EvaluationContext.Current;
        if (context.Trace is not null)
        {
            return true;
        }

        try
        {
            return terms(fact);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return true;
        }
    }

    /// <summary>The most arguments a condition takes unpacked.</summary>
    public const int MaxArity = 8;

    /// <summary>Whether a condition over more than <see cref="MaxArity"/> arguments holds; false when it throws.</summary>
    public static bool HoldsPacked(ConditionSite site, Func<object?[], bool> condition, object?[] arguments) => Holds(site, condition, arguments);

    /// <summary>Whether a condition over more than <see cref="MaxArity"/> arguments throws.</summary>
    public static bool ThrowsPacked(ConditionSite site, Func<object?[], bool> condition, object?[] arguments) => Throws(site, condition, arguments);

    /// <summary>A group's key; the type's default when the key throws (the rule's tuple is then blocked by <see cref="KeyThrows"/>).</summary>
    public static TKey? Key<T, TKey>(ConditionSite site, Func<T, TKey> key, T item)
    {
        try
        {
            return key(item);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return default;
        }
    }

    /// <summary>Whether a group's key throws for the item.</summary>
    public static bool KeyThrows<T, TKey>(ConditionSite site, Func<T, TKey> key, T item)
    {
        EvaluationContext.Current.Evaluating();
        try
        {
            key(item);
            return false;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return true;
        }
    }

    /// <summary>Whether the condition holds; false when it throws (see the class remarks).</summary>
    public static bool Holds(ConditionSite site, Func<bool> condition)
    {
        var context = EvaluationContext.Current;
        context.Evaluating();
        bool holds;
        try
        {
            holds = condition();
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            site.Trace(context, ConditionResult.Error, []);
            return false;
        }

        if (context.Trace is not null)
        {
            site.Trace(context, holds ? ConditionResult.True : ConditionResult.False, []);
        }

        return holds;
    }

    /// <summary>Whether evaluating the condition throws: its answer is unknown.</summary>
    public static bool Throws(ConditionSite site, Func<bool> condition)
    {
        EvaluationContext.Current.Evaluating();
        try
        {
            condition();
            return false;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return true;
        }
    }

    /// <summary>Whether the condition holds; false when it throws (see the class remarks).</summary>
    public static bool Holds<T1>(ConditionSite site, Func<T1, bool> condition, T1 a1)
    {
        var context = EvaluationContext.Current;
        context.Evaluating();
        bool holds;
        try
        {
            holds = condition(a1);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            site.Trace(context, ConditionResult.Error, [a1]);
            return false;
        }

        if (context.Trace is not null)
        {
            site.Trace(context, holds ? ConditionResult.True : ConditionResult.False, [a1]);
        }

        return holds;
    }

    /// <summary>Whether evaluating the condition throws: its answer is unknown.</summary>
    public static bool Throws<T1>(ConditionSite site, Func<T1, bool> condition, T1 a1)
    {
        EvaluationContext.Current.Evaluating();
        try
        {
            condition(a1);
            return false;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return true;
        }
    }

    /// <summary>Whether the condition holds; false when it throws (see the class remarks).</summary>
    public static bool Holds<T1, T2>(ConditionSite site, Func<T1, T2, bool> condition, T1 a1, T2 a2)
    {
        var context = EvaluationContext.Current;
        context.Evaluating();
        bool holds;
        try
        {
            holds = condition(a1, a2);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            site.Trace(context, ConditionResult.Error, [a1, a2]);
            return false;
        }

        if (context.Trace is not null)
        {
            site.Trace(context, holds ? ConditionResult.True : ConditionResult.False, [a1, a2]);
        }

        return holds;
    }

    /// <summary>Whether evaluating the condition throws: its answer is unknown.</summary>
    public static bool Throws<T1, T2>(ConditionSite site, Func<T1, T2, bool> condition, T1 a1, T2 a2)
    {
        EvaluationContext.Current.Evaluating();
        try
        {
            condition(a1, a2);
            return false;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return true;
        }
    }

    /// <summary>Whether the condition holds; false when it throws (see the class remarks).</summary>
    public static bool Holds<T1, T2, T3>(ConditionSite site, Func<T1, T2, T3, bool> condition, T1 a1, T2 a2, T3 a3)
    {
        var context = EvaluationContext.Current;
        context.Evaluating();
        bool holds;
        try
        {
            holds = condition(a1, a2, a3);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            site.Trace(context, ConditionResult.Error, [a1, a2, a3]);
            return false;
        }

        if (context.Trace is not null)
        {
            site.Trace(context, holds ? ConditionResult.True : ConditionResult.False, [a1, a2, a3]);
        }

        return holds;
    }

    /// <summary>Whether evaluating the condition throws: its answer is unknown.</summary>
    public static bool Throws<T1, T2, T3>(ConditionSite site, Func<T1, T2, T3, bool> condition, T1 a1, T2 a2, T3 a3)
    {
        EvaluationContext.Current.Evaluating();
        try
        {
            condition(a1, a2, a3);
            return false;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return true;
        }
    }

    /// <summary>Whether the condition holds; false when it throws (see the class remarks).</summary>
    public static bool Holds<T1, T2, T3, T4>(ConditionSite site, Func<T1, T2, T3, T4, bool> condition, T1 a1, T2 a2, T3 a3, T4 a4)
    {
        var context = EvaluationContext.Current;
        context.Evaluating();
        bool holds;
        try
        {
            holds = condition(a1, a2, a3, a4);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            site.Trace(context, ConditionResult.Error, [a1, a2, a3, a4]);
            return false;
        }

        if (context.Trace is not null)
        {
            site.Trace(context, holds ? ConditionResult.True : ConditionResult.False, [a1, a2, a3, a4]);
        }

        return holds;
    }

    /// <summary>Whether evaluating the condition throws: its answer is unknown.</summary>
    public static bool Throws<T1, T2, T3, T4>(ConditionSite site, Func<T1, T2, T3, T4, bool> condition, T1 a1, T2 a2, T3 a3, T4 a4)
    {
        EvaluationContext.Current.Evaluating();
        try
        {
            condition(a1, a2, a3, a4);
            return false;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return true;
        }
    }

    /// <summary>Whether the condition holds; false when it throws (see the class remarks).</summary>
    public static bool Holds<T1, T2, T3, T4, T5>(ConditionSite site, Func<T1, T2, T3, T4, T5, bool> condition, T1 a1, T2 a2, T3 a3, T4 a4, T5 a5)
    {
        var context = EvaluationContext.Current;
        context.Evaluating();
        bool holds;
        try
        {
            holds = condition(a1, a2, a3, a4, a5);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            site.Trace(context, ConditionResult.Error, [a1, a2, a3, a4, a5]);
            return false;
        }

        if (context.Trace is not null)
        {
            site.Trace(context, holds ? ConditionResult.True : ConditionResult.False, [a1, a2, a3, a4, a5]);
        }

        return holds;
    }

    /// <summary>Whether evaluating the condition throws: its answer is unknown.</summary>
    public static bool Throws<T1, T2, T3, T4, T5>(ConditionSite site, Func<T1, T2, T3, T4, T5, bool> condition, T1 a1, T2 a2, T3 a3, T4 a4, T5 a5)
    {
        EvaluationContext.Current.Evaluating();
        try
        {
            condition(a1, a2, a3, a4, a5);
            return false;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return true;
        }
    }

    /// <summary>Whether the condition holds; false when it throws (see the class remarks).</summary>
    public static bool Holds<T1, T2, T3, T4, T5, T6>(ConditionSite site, Func<T1, T2, T3, T4, T5, T6, bool> condition, T1 a1, T2 a2, T3 a3, T4 a4, T5 a5, T6 a6)
    {
        var context = EvaluationContext.Current;
        context.Evaluating();
        bool holds;
        try
        {
            holds = condition(a1, a2, a3, a4, a5, a6);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            site.Trace(context, ConditionResult.Error, [a1, a2, a3, a4, a5, a6]);
            return false;
        }

        if (context.Trace is not null)
        {
            site.Trace(context, holds ? ConditionResult.True : ConditionResult.False, [a1, a2, a3, a4, a5, a6]);
        }

        return holds;
    }

    /// <summary>Whether evaluating the condition throws: its answer is unknown.</summary>
    public static bool Throws<T1, T2, T3, T4, T5, T6>(ConditionSite site, Func<T1, T2, T3, T4, T5, T6, bool> condition, T1 a1, T2 a2, T3 a3, T4 a4, T5 a5, T6 a6)
    {
        EvaluationContext.Current.Evaluating();
        try
        {
            condition(a1, a2, a3, a4, a5, a6);
            return false;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return true;
        }
    }

    /// <summary>Whether the condition holds; false when it throws (see the class remarks).</summary>
    public static bool Holds<T1, T2, T3, T4, T5, T6, T7>(ConditionSite site, Func<T1, T2, T3, T4, T5, T6, T7, bool> condition, T1 a1, T2 a2, T3 a3, T4 a4, T5 a5, T6 a6, T7 a7)
    {
        var context = EvaluationContext.Current;
        context.Evaluating();
        bool holds;
        try
        {
            holds = condition(a1, a2, a3, a4, a5, a6, a7);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            site.Trace(context, ConditionResult.Error, [a1, a2, a3, a4, a5, a6, a7]);
            return false;
        }

        if (context.Trace is not null)
        {
            site.Trace(context, holds ? ConditionResult.True : ConditionResult.False, [a1, a2, a3, a4, a5, a6, a7]);
        }

        return holds;
    }

    /// <summary>Whether evaluating the condition throws: its answer is unknown.</summary>
    public static bool Throws<T1, T2, T3, T4, T5, T6, T7>(ConditionSite site, Func<T1, T2, T3, T4, T5, T6, T7, bool> condition, T1 a1, T2 a2, T3 a3, T4 a4, T5 a5, T6 a6, T7 a7)
    {
        EvaluationContext.Current.Evaluating();
        try
        {
            condition(a1, a2, a3, a4, a5, a6, a7);
            return false;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return true;
        }
    }

    /// <summary>Whether the condition holds; false when it throws (see the class remarks).</summary>
    public static bool Holds<T1, T2, T3, T4, T5, T6, T7, T8>(ConditionSite site, Func<T1, T2, T3, T4, T5, T6, T7, T8, bool> condition, T1 a1, T2 a2, T3 a3, T4 a4, T5 a5, T6 a6, T7 a7, T8 a8)
    {
        var context = EvaluationContext.Current;
        context.Evaluating();
        bool holds;
        try
        {
            holds = condition(a1, a2, a3, a4, a5, a6, a7, a8);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            site.Trace(context, ConditionResult.Error, [a1, a2, a3, a4, a5, a6, a7, a8]);
            return false;
        }

        if (context.Trace is not null)
        {
            site.Trace(context, holds ? ConditionResult.True : ConditionResult.False, [a1, a2, a3, a4, a5, a6, a7, a8]);
        }

        return holds;
    }

    /// <summary>Whether evaluating the condition throws: its answer is unknown.</summary>
    public static bool Throws<T1, T2, T3, T4, T5, T6, T7, T8>(ConditionSite site, Func<T1, T2, T3, T4, T5, T6, T7, T8, bool> condition, T1 a1, T2 a2, T3 a3, T4 a4, T5 a5, T6 a6, T7 a7, T8 a8)
    {
        EvaluationContext.Current.Evaluating();
        try
        {
            condition(a1, a2, a3, a4, a5, a6, a7, a8);
            return false;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return true;
        }
    }
}
