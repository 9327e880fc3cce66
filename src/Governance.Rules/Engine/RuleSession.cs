using Governance.Rules.Definitions;
using NRules;
using NRules.AgendaFilters;
using NRules.Diagnostics;

namespace Governance.Rules.Engine;

/// <summary>
/// One evaluation of a compiled rule set against a set of facts: one NRules session. The facts are inserted in
/// canonical order (the evaluation date first), then the session fires until its agenda is empty, the firing cap is
/// reached or it is cancelled. Findings, derived facts and errors are sorted at the end, so the result does not depend
/// on the order facts or rules were given in. Cheap to make; not shared between threads.
/// </summary>
internal sealed class RuleSession
{
    private readonly CompiledRules rules;
    private readonly ISessionFactory factory;
    private readonly EngineOptions options;
    private readonly List<object> facts;
    private readonly FactOrder order;
    private bool ran;

    /// <summary>Makes a session; see <see cref="CompiledRules.CreateSession"/>.</summary>
    /// <param name="rules">The compiled rules.</param>
    /// <param name="factory">The factory of the rules to run.</param>
    /// <param name="facts">The facts.</param>
    /// <param name="options">How to evaluate.</param>
    /// <param name="indexed">
    /// Whether these are the rules about one authority, which a session with many facts runs with their joins on a key
    /// looked up by key (<see cref="CompiledRules.LocalIndexed"/>).
    /// </param>
    public RuleSession(CompiledRules rules, ISessionFactory factory, IEnumerable<object> facts, EngineOptions options, bool indexed = false)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxFirings);
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxMatches);
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxDerivedFacts);
        this.rules = rules;
        this.options = options;
        order = new FactOrder(options.FactKey);
        this.facts = SessionFacts.Prepare(facts, rules.MayRead, order);
        this.factory = indexed && rules.CanIndexJoins && this.facts.Count >= options.IndexJoinsFrom ? rules.LocalIndexed! : factory;
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
        var context = new EvaluationContext(rules, options, order, facts, cancellation);
        StopReason? stoppedBecause = null;
        using (context.Enter())
        {
            try
            {
                stoppedBecause = RunSession(context, cancellation);
            }
            catch (Exception error) when (Find<BudgetExceededException>(error) is { } budget)
            {
                stoppedBecause = budget.Reason;
                if (context.StoppedIn.Count == 0 && Find<NRules.RuleRhsExpressionEvaluationException>(error) is { } action)
                {
                    context.StoppedIn = RulesNamed([action.RuleName]);
                }
            }
            catch (Exception error) when (cancellation.IsCancellationRequested && Find<OperationCanceledException>(error) is not null)
            {
                stoppedBecause = StopReason.Cancelled;
            }
        }

        return BuildResult(context, stoppedBecause);
    }

    private StopReason? RunSession(EvaluationContext context, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        var session = factory.CreateSession();
        if (options.IsActive is { } isActive)
        {
            session.Agenda.AddFilter(new RulesInForce(rules, isActive));
        }

        if (options.Trace is { } trace)
        {
            session.Events.ActivationCreatedEvent += (_, e) => TraceActivation(context, trace, e);
        }

        // A budget check or the cancellation throws inside NRules' matching; NRules says which rules the condition
        // that threw belongs to, so the result can name them. (No other condition throws: the guards catch them.)
        session.Events.LhsExpressionFailedEvent += (_, e) =>
        {
            if (e.Exception is BudgetExceededException or OperationCanceledException && context.StoppedIn.Count == 0)
            {
                context.StoppedIn = RulesNamed(e.Rules.Select(r => r.Name));
            }
        };
        if (rules.HasCSharpRules)
        {
            WatchCSharpRules(session, context);
        }

        // The facts go in at once: NRules joins a batch to what is already there by scanning it, so many small batches
        // would make inserting quadratic in the facts. Every condition looks at the cancellation while they go in.
        session.Insert(new EvaluationDate(options.AsAt));
        session.InsertAll(facts);

        context.Firing = true;
        while (true)
        {
            cancellation.ThrowIfCancellationRequested();
            if (session.Agenda.IsEmpty)
            {
                return null;
            }

            if (context.Firings >= options.MaxFirings)
            {
                // Only an activation that would not count (an error report, or a tuple already fired) may still fire.
                if (WouldCount(context, session.Agenda.Peek()))
                {
                    return StopReason.FiringLimitReached;
                }

                session.Fire(1, cancellation);
                continue;
            }

            session.Fire(options.MaxFirings - context.Firings, cancellation);
        }
    }

    private bool WouldCount(EvaluationContext context, NRules.RuleModel.IMatch activation) =>
        rules.RuntimeOf(activation.Rule.Name) is not { } runtime
            || (!runtime.ReportsUnknown && !context.Fired.Contains((runtime.Rule, new ValueKey(runtime.Rule.TupleOf(activation.Facts)))));

    private void TraceActivation(EvaluationContext context, IEngineTrace trace, AgendaEventArgs e)
    {
        if (rules.RuntimeOf(e.Rule.Name) is not { ReportsUnknown: false } runtime
            || options.IsActive?.Invoke(runtime.Rule.Definition) == false)
        {
            return;
        }

        var tuple = runtime.Rule.TupleOf(e.Match.Facts);
        if (context.Activated.Add((runtime.Rule, new ValueKey(tuple))))
        {
            trace.ActivationCreated(new ActivationEvent(runtime.Rule.Definition, runtime.Rule.BoundValues(tuple)));
        }
    }

    /// <summary>
    /// Holds rules written in C# to the budgets, as far as NRules lets them be watched from outside: their conditions
    /// are not guarded, so every condition NRules evaluates looks at the cancellation (the time limit), every one of
    /// theirs that holds counts against the budget of partial matches, and every fact a rule inserts while firing
    /// counts against the budget of derived facts; and a condition or action of theirs that throws is reported as their
    /// error. Only rule sets with C# rules pay for it.
    /// </summary>
    private void WatchCSharpRules(ISession session, EvaluationContext context)
    {
        session.Events.LhsExpressionEvaluatedEvent += (_, e) =>
        {
            if (context.Cancellation.IsCancellationRequested)
            {
                context.StoppedIn = RulesNamed(e.Rules.Select(r => r.Name));
                context.Cancellation.ThrowIfCancellationRequested();
            }

            // A condition of a rule written in C# that held counts as a partial match (the YAML rules count theirs
            // in the translated joins), so a C# rule joining without a key stops within the budget of matches too.
            if (e.Result is true && e.Rules.Any(r => rules.RuntimeOf(r.Name) is null))
            {
                try
                {
                    context.CountPartialMatch();
                }
                catch (BudgetExceededException)
                {
                    context.StoppedIn = RulesNamed(e.Rules.Select(r => r.Name));
                    throw;
                }
            }
        };

        // A condition or an action of a C# rule that throws is that rule's error, as a YAML rule's is: the condition
        // counts as not holding, the action as not done, and the other rules go on.
        session.Events.LhsExpressionFailedEvent += (_, e) =>
        {
            if (e.Exception is BudgetExceededException or OperationCanceledException)
            {
                return;
            }

            var failed = e.Rules.Select(r => rules.CSharpRuleOf(r.Name)).OfType<CSharpRules.Description.CSharpRule>().ToList();
            if (failed.Count > 0)
            {
                e.IsHandled = true;
                var facts = e.Facts.Select(f => new BoundValue(f.Type.Name, f.Value)).ToList();
                failed.ForEach(rule => context.AddError(CSharpError(rule, "when", e.Exception, facts)));
            }
        };
        session.Events.RhsExpressionFailedEvent += (_, e) =>
        {
            if (e.Exception is BudgetExceededException or OperationCanceledException || rules.CSharpRuleOf(e.Match.Rule.Name) is not { } rule)
            {
                return;
            }

            e.IsHandled = true;
            var facts = e.Match.Facts.Select(f => new BoundValue(f.Declaration.Name, f.Value)).ToList();
            context.AddError(CSharpError(rule, "then", e.Exception, facts));
        };
        session.Events.FactInsertingEvent += (_, e) =>
        {
            if (context.Firing && e.Fact.Value is not DerivedFact)
            {
                context.CheckDerivedBudget(null);
                context.Inserted++;
            }
        };
    }

    private static RuleEvaluationError CSharpError(CSharpRules.Description.CSharpRule rule, string element, Exception? exception, List<BoundValue> bindings)
    {
        var error = exception is NRules.RuleExpressionEvaluationException { InnerException: { } inner } ? inner : exception ?? new InvalidOperationException("The rule failed.");
        return new RuleEvaluationError(rule.Definition, element, rule.Definition.Location, error.Message, error.GetType().Name, bindings, [.. bindings.Select(b => b.Value).OfType<object>()]);
    }

    /// <summary>The canonical rules of NRules rules, by name, each once, by id.</summary>
    private List<RuleDefinition> RulesNamed(IEnumerable<string> names) =>
        [.. names
            .Select(name => rules.RuntimeOf(name)?.Rule.Definition ?? rules.CSharpRuleOf(name)?.Definition)
            .OfType<RuleDefinition>()
            .DistinctBy(rule => rule.Id)
            .OrderBy(rule => rule.Id, StringComparer.Ordinal)];

    /// <summary>The exception of a type in an exception NRules threw, or in what it wraps.</summary>
    private static T? Find<T>(Exception? error)
        where T : Exception =>
        error switch
        {
            null => null,
            T found => found,
            _ => Find<T>(error.InnerException),
        };

    private EngineResult BuildResult(EvaluationContext context, StopReason? stoppedBecause) =>
        new(
            EngineResult.InOrder(context.Matches, order),
            EngineResult.InOrder(context.Derived.Keys, order),
            EngineResult.InOrder(context.Errors, order),
            context.Firings,
            stoppedBecause)
        {
            Stops = stoppedBecause is { } reason ? [new SessionStop(reason, context.StoppedIn)] : [],
            MatchingSteps = context.MatchingSteps,
        };

    /// <summary>Lets through only the activations of rules in force (and of rules written in C#).</summary>
    private sealed class RulesInForce(CompiledRules rules, Func<RuleDefinition, bool> isActive) : IAgendaFilter
    {
        public bool Accept(AgendaContext context, Activation activation) =>
            rules.RuntimeOf(activation.Rule.Name) is not { } runtime || isActive(runtime.Rule.Definition);
    }
}

/// <summary>The facts a session is given: each once, only those a rule may read, in canonical order.</summary>
internal static class SessionFacts
{
    /// <summary>Prepares facts for insertion.</summary>
    /// <param name="facts">The facts, in any order, possibly with repeats.</param>
    /// <param name="mayRead">Whether a rule may read a fact of a type.</param>
    /// <param name="order">The canonical order.</param>
    public static List<object> Prepare(IEnumerable<object> facts, Func<Type, bool> mayRead, FactOrder order)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var kept = new List<object>();
        foreach (var fact in facts)
        {
            if ((fact is DerivedFact || mayRead(fact.GetType())) && seen.Add(fact))
            {
                kept.Add(fact);
            }
        }

        return [.. kept.OrderBy(f => f, order)];
    }
}
