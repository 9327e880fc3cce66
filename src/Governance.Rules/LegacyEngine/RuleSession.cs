using Governance.Rules.Definitions;

namespace Governance.Rules.LegacyEngine;

/// <summary>
/// One evaluation of a compiled rule set against a set of facts. Cheap to make; not shared between threads.
/// Each stratum is evaluated in passes: every rule of the stratum is matched against the facts known at the start of
/// the pass, the new activations (one per distinct tuple) are sorted canonically and fired, and a recursive stratum
/// repeats until a pass derives nothing it reads. Findings are collected and sorted at the end, so the result does not
/// depend on the order facts or rules were given in.
/// </summary>
internal sealed class RuleSession
{
    private readonly CompiledRules rules;
    private readonly EngineOptions options;
    private readonly WorkingMemory memory;
    private readonly FactOrder order;
    private readonly Dictionary<CompiledRule, HashSet<ValueKey>> activated = [];
    private readonly HashSet<ValueKey> errorKeys = [];
    private readonly List<RuleMatch> matches = [];
    private readonly List<RuleEvaluationError> errors = [];
    private int firings;
    private bool ran;

    /// <summary>Makes a session; see <see cref="CompiledRules.CreateSession"/>.</summary>
    public RuleSession(CompiledRules rules, IEnumerable<object> facts, EngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxFirings);
        this.rules = rules;
        this.options = options;
        memory = new WorkingMemory(facts, rules.ModelTypesRead);
        order = new FactOrder(options.FactKey);
    }

    /// <summary>
    /// Evaluates the rules. Runs once per session. Cancellation is reported, not thrown: the result's
    /// <see cref="EngineResult.StoppedBecause"/> is <see cref="StopReason.Cancelled"/>.
    /// </summary>
    /// <param name="cancellation">Stops the session promptly.</param>
    public EngineResult Run(CancellationToken cancellation = default)
    {
        if (ran)
        {
            throw new InvalidOperationException("A session runs once; create another session to evaluate again.");
        }

        ran = true;
        var context = new MatchContext(memory, rules.PatternCount, options.AsAt, order, options.Trace, cancellation);
        StopReason? stoppedBecause = null;
        try
        {
            foreach (var stratum in rules.Strata)
            {
                stoppedBecause = RunStratum(stratum, context);
                if (stoppedBecause is not null)
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            stoppedBecause = StopReason.Cancelled;
        }

        return BuildResult(stoppedBecause);
    }

    private StopReason? RunStratum(Stratum stratum, MatchContext context)
    {
        var active = stratum.Rules.Where(rule => options.IsActive?.Invoke(rule.Definition) ?? true).ToList();
        bool again;
        do
        {
            context.ThrowIfCancelled();
            var pending = new List<Activation>();
            foreach (var rule in active)
            {
                MatchRule(rule, context, pending);
            }

            pending.Sort(CompareActivations);
            again = false;
            foreach (var activation in pending)
            {
                context.ThrowIfCancelled();
                if (firings >= options.MaxFirings)
                {
                    return StopReason.FiringLimitReached;
                }

                var derived = Fire(activation);
                again |= derived is not null && stratum.IsRecursive && stratum.Reads.Contains(derived.Kind);
            }
        }
        while (again);

        return null;
    }

    private void MatchRule(CompiledRule rule, MatchContext context, List<Activation> pending)
    {
        if (!activated.TryGetValue(rule, out var seen))
        {
            seen = [];
            activated.Add(rule, seen);
        }

        context.Begin(rule);
        var frame = context.Frame;
        rule.Lhs.Match(context, () =>
        {
            var tuple = rule.Tuple(frame);
            if (seen.Add(new ValueKey(tuple)))
            {
                var activation = new Activation(rule, tuple, (object?[])frame.Clone());
                pending.Add(activation);
                options.Trace?.ActivationCreated(new ActivationEvent(rule.Definition, rule.BoundValues(activation.Frame, visibleOnly: true)));
            }

            return true;
        });

        foreach (var error in context.TakeErrors())
        {
            AddError(error);
        }
    }

    private DerivedFact? Fire(Activation activation)
    {
        firings++;
        var rule = activation.Rule;
        var bindings = rule.BoundValues(activation.Frame, visibleOnly: true);
        options.Trace?.RuleFired(new ActivationEvent(rule.Definition, bindings));
        var facts = rule.BoundFacts(activation.Frame, visibleOnly: true);
        return rule.Action switch
        {
            CompiledFinding finding => Report(finding, activation, bindings, facts),
            CompiledDerivation derivation => Derive(derivation, activation, bindings, facts),
            _ => throw new InvalidOperationException($"Unknown kind of action: {rule.Action.GetType().Name}."),
        };
    }

    private DerivedFact? Report(CompiledFinding finding, Activation activation, IReadOnlyList<BoundValue> bindings, IReadOnlyList<object> facts)
    {
        try
        {
            var message = finding.Message.Format(activation.Tuple, options.AsAt);
            var at = finding.At?.Invoke(activation.Frame, options.AsAt);
            matches.Add(new RuleMatch(activation.Rule.Definition, bindings, facts, message, at));
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            AddError(new RuleEvaluationError(activation.Rule.Definition, "then", finding.Location, error.Message, error.GetType().Name, bindings, facts));
        }

        return null;
    }

    private DerivedFact? Derive(CompiledDerivation derivation, Activation activation, IReadOnlyList<BoundValue> bindings, IReadOnlyList<object> facts)
    {
        var rule = activation.Rule;
        DerivedFact fact;
        try
        {
            var values = derivation.Fields.Select(field => field.Invoke(activation.Frame, options.AsAt)).ToArray();
            fact = new DerivedFact(derivation.Schema, values, rule.Id, facts);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            AddError(new RuleEvaluationError(rule.Definition, "then", derivation.Location, error.Message, error.GetType().Name, bindings, facts));
            return null;
        }

        if (!memory.AddDerived(fact))
        {
            return null;
        }

        options.Trace?.FactDerived(new FactDerivedEvent(rule.Definition, fact));
        return fact;
    }

    private void AddError(RuleEvaluationError error)
    {
        var key = new ValueKey(new object?[] { error.Rule.Id, error.Element, error.Location, error.Message, error.Bindings.Select(b => b.Value).ToArray() });
        if (errorKeys.Add(key))
        {
            errors.Add(error);
        }
    }

    private int CompareActivations(Activation x, Activation y)
    {
        var byRule = string.CompareOrdinal(x.Rule.Id, y.Rule.Id);
        return byRule != 0 ? byRule : order.CompareSequences(x.Tuple, y.Tuple);
    }

    private EngineResult BuildResult(StopReason? stoppedBecause)
    {
        var sortedMatches = matches
            .OrderBy(m => m.Rule.Id, StringComparer.Ordinal)
            .ThenBy(m => m.Bindings.Select(b => b.Value).ToArray(), Comparer<object?[]>.Create(order.CompareSequences))
            .ToList();
        var sortedDerived = memory.Derived.OrderBy(f => f, Comparer<DerivedFact>.Create(order.Compare)).ToList();
        var sortedErrors = errors
            .OrderBy(e => e.Rule.Id, StringComparer.Ordinal)
            .ThenBy(e => e.Bindings.Select(b => b.Value).ToArray(), Comparer<object?[]>.Create(order.CompareSequences))
            .ThenBy(e => e.Location.Line)
            .ThenBy(e => e.Location.Column)
            .ThenBy(e => e.Element, StringComparer.Ordinal)
            .ThenBy(e => e.Message, StringComparer.Ordinal)
            .ToList();
        return new EngineResult(sortedMatches, sortedDerived, sortedErrors, firings, stoppedBecause);
    }

    private sealed record Activation(CompiledRule Rule, object?[] Tuple, object?[] Frame);
}
