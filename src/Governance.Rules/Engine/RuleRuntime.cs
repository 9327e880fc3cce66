using Governance.Model;
using Governance.Rules.Definitions;
using NRules.RuleModel;

namespace Governance.Rules.Engine;

/// <summary>
/// What a rule does when NRules fires it: its definition, the names its tuple binds, and its compiled action. Shared
/// by every NRules rule the rule is translated to (one per <c>or</c> branch), so a tuple reached twice fires once.
/// </summary>
internal sealed class RuleRuntime
{
    /// <summary>Makes the runtime of a rule.</summary>
    public RuleRuntime(RuleDefinition definition, IReadOnlyList<ScopedBinding> tuple, CompiledAction action, int stratum)
    {
        Definition = definition;
        Tuple = tuple;
        Action = action;
        Stratum = stratum;
    }

    /// <summary>The rule as written.</summary>
    public RuleDefinition Definition { get; }

    /// <summary>The rule's id.</summary>
    public string Id => Definition.Id;

    /// <summary>The names bound at the end of the rule's <c>when</c>, in scope order: an activation's tuple.</summary>
    public IReadOnlyList<ScopedBinding> Tuple { get; }

    /// <summary>The action.</summary>
    public CompiledAction Action { get; }

    /// <summary>The rule's stratum: it runs after every rule of a lower stratum.</summary>
    public int Stratum { get; }

    /// <summary>The names and values of a tuple.</summary>
    public IReadOnlyList<BoundValue> BoundValues(object?[] tuple) => [.. Tuple.Select((binding, i) => new BoundValue(binding.Name, tuple[i]))];

    /// <summary>The facts patterns bound in a tuple, in scope order.</summary>
    public IReadOnlyList<object> BoundFacts(object?[] tuple) =>
        [.. Tuple.Select((binding, i) => binding.IsFact ? tuple[i] : null).OfType<object>()];

    /// <summary>The tuple of an NRules match of this rule, from its facts by name.</summary>
    public object?[] TupleOf(IEnumerable<IFactMatch> facts)
    {
        var byName = facts.ToDictionary(f => f.Declaration.Name, f => f.Value, StringComparer.Ordinal);
        return [.. Tuple.Select(binding => byName.GetValueOrDefault(binding.Name))];
    }

    /// <summary>Fires the rule for a tuple, once per distinct tuple: reports the finding or derives the fact.</summary>
    /// <param name="context">The NRules action context.</param>
    /// <param name="tuple">The values of <see cref="Tuple"/>.</param>
    /// <param name="asAt">The evaluation date.</param>
    public void Fire(IContext context, object?[] tuple, DateOnly asAt)
    {
        var evaluation = EvaluationContext.Current;
        if (!evaluation.Fired.Add((this, new ValueKey(tuple))))
        {
            return;
        }

        evaluation.Firings++;
        var bindings = BoundValues(tuple);
        evaluation.Trace?.RuleFired(new ActivationEvent(Definition, bindings));
        var facts = BoundFacts(tuple);
        switch (Action)
        {
            case CompiledFinding finding:
                Report(evaluation, finding, tuple, bindings, facts, asAt);
                break;
            case CompiledDerivation derivation:
                Derive(evaluation, context, derivation, tuple, bindings, facts, asAt);
                break;
            default:
                throw new InvalidOperationException($"Unknown kind of action: {Action.GetType().Name}.");
        }
    }

    /// <summary>
    /// Reports that a condition's answer is unknown for a tuple: the rule's tuple was blocked, and this is the error
    /// that blocked it. Each error is reported once.
    /// </summary>
    /// <param name="site">The condition that threw.</param>
    /// <param name="names">The names bound in the tuple where it threw, in scope order.</param>
    /// <param name="values">Their values.</param>
    /// <param name="asAt">The evaluation date.</param>
    public void Unknown(ConditionSite site, IReadOnlyList<ScopedBinding> names, object?[] values, DateOnly asAt)
    {
        var evaluation = EvaluationContext.Current;
        var byName = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            byName[names[i].Name] = values[i];
        }

        var error = site.Failure(byName, asAt) ?? new InvalidOperationException("The condition threw when the rule was matched.");
        var shown = names.Select((binding, i) => (binding, value: values[i])).Where(b => !b.binding.IsInternal).ToList();
        evaluation.AddError(new RuleEvaluationError(
            Definition,
            site.Text,
            site.Location,
            error.Message,
            error.GetType().Name,
            [.. shown.Select(b => new BoundValue(b.binding.Name, b.value))],
            [.. shown.Where(b => b.binding.IsFact && b.value is not null).Select(b => b.value!)]));
    }

    private void Report(EvaluationContext evaluation, CompiledFinding finding, object?[] tuple, IReadOnlyList<BoundValue> bindings, IReadOnlyList<object> facts, DateOnly asAt)
    {
        try
        {
            var message = finding.Message.Format(tuple, asAt);
            var at = finding.At?.Invoke(tuple, asAt);
            evaluation.Matches.Add(new RuleMatch(Definition, bindings, facts, message, at));
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            evaluation.AddError(new RuleEvaluationError(Definition, "then", finding.Location, error.Message, error.GetType().Name, bindings, facts));
        }
    }

    private void Derive(EvaluationContext evaluation, IContext context, CompiledDerivation derivation, object?[] tuple, IReadOnlyList<BoundValue> bindings, IReadOnlyList<object> facts, DateOnly asAt)
    {
        DerivedFact fact;
        try
        {
            var values = derivation.Fields.Select(field => field.Invoke(tuple, asAt)).ToArray();
            fact = new DerivedFact(derivation.Schema, values, Id, facts);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            evaluation.AddError(new RuleEvaluationError(Definition, "then", derivation.Location, error.Message, error.GetType().Name, bindings, facts));
            return;
        }

        if (!evaluation.Derived.ContainsKey(fact))
        {
            evaluation.CheckDerivedBudget(Definition);
        }

        // A derived fact equal in value to one already derived is the same fact (NRules' identity is the fact's equality).
        if (context.TryInsert(fact))
        {
            evaluation.Derived.Add(fact, fact);
            evaluation.Trace?.FactDerived(new FactDerivedEvent(Definition, fact));
        }
        else if (evaluation.Derived.TryGetValue(fact, out var existing))
        {
            existing.KeepFirstSupport(facts, (x, y) => evaluation.Order.CompareSequences(x, y));
        }
    }
}

/// <summary>A rule's compiled action.</summary>
/// <param name="Location">Where the action is written.</param>
internal abstract record CompiledAction(SourceLocation Location);

/// <summary>Reports a finding: the message and the value the finding points at.</summary>
/// <param name="Message">The message template.</param>
/// <param name="At">The value the finding points at, if the rule names one, over the tuple.</param>
/// <param name="Location">Where the action is written.</param>
internal sealed record CompiledFinding(IMessageTemplate Message, FrameFunction? At, SourceLocation Location) : CompiledAction(Location);

/// <summary>Derives a fact of a kind, from a value for each field in the kind's field order.</summary>
/// <param name="Schema">The kind.</param>
/// <param name="Fields">The value of each field over the tuple, in the schema's order.</param>
/// <param name="Location">Where the action is written.</param>
internal sealed record CompiledDerivation(DerivedFactSchema Schema, IReadOnlyList<FrameFunction> Fields, SourceLocation Location) : CompiledAction(Location);

/// <summary>Makes the values aggregates bind from what NRules collects, in canonical order.</summary>
internal static class AggregateValues
{
    /// <summary>How many facts were collected.</summary>
    public static int Count<T>(IEnumerable<T> items) => items.Count();

    /// <summary>The facts collected, as a read-only list in canonical order.</summary>
    public static IReadOnlyList<T> List<T>(IEnumerable<T> items) => Array.AsReadOnly(Sorted(items));

    /// <summary>A group NRules made, as a <see cref="FactGroup{TKey, TItem}"/> with its items in canonical order.</summary>
    public static FactGroup<TKey, T> Group<TKey, T>(IGrouping<TKey, T> group) => new(group.Key, Array.AsReadOnly(Sorted(group)));

    private static T[] Sorted<T>(IEnumerable<T> items)
    {
        var sorted = items.ToArray();
        var order = EvaluationContext.Current.Order;
        Array.Sort(sorted, (x, y) => order.Compare(x, y));
        return sorted;
    }
}
