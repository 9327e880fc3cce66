using Governance.Rules.Definitions;

namespace Governance.Rules.Engine;

/// <summary>
/// The evaluation date, inserted into every session as a fact: rules read it through the declaration
/// <c>__asAt</c> that the translation puts first in every rule, so a condition over <c>asAt</c> is an ordinary join.
/// </summary>
/// <param name="Value">The date the arrangements are judged as at.</param>
internal sealed record EvaluationDate(DateOnly Value);

/// <summary>
/// What the translated conditions and actions of the session running on this thread report to: the evaluation's
/// options, its cancellation, the canonical order of facts, and the session's outcomes. NRules runs a session's
/// matching and firing on the thread that calls it, so the session runner sets <see cref="Current"/> around each call.
/// </summary>
internal sealed class EvaluationContext
{
    [ThreadStatic]
    private static EvaluationContext? current;

    private readonly Dictionary<Type, object> factsByType = [];

    /// <summary>Makes the context of one session.</summary>
    /// <param name="rules">The compiled rules the session runs.</param>
    /// <param name="options">The options it runs with.</param>
    /// <param name="order">The canonical order of facts and values.</param>
    /// <param name="facts">The facts it was given, as inserted.</param>
    /// <param name="cancellation">Stops the session.</param>
    public EvaluationContext(CompiledRules rules, EngineOptions options, FactOrder order, IReadOnlyList<object> facts, CancellationToken cancellation)
    {
        Rules = rules;
        Options = options;
        Order = order;
        Facts = facts;
        Cancellation = cancellation;
    }

    /// <summary>The context of the session running on this thread.</summary>
    /// <exception cref="InvalidOperationException">No session is running on this thread.</exception>
    public static EvaluationContext Current =>
        current ?? throw new InvalidOperationException("A rule was evaluated outside a session of the rule set.");

    /// <summary>The compiled rules the session runs.</summary>
    public CompiledRules Rules { get; }

    /// <summary>The options the session runs with.</summary>
    public EngineOptions Options { get; }

    /// <summary>The canonical order of facts and values.</summary>
    public FactOrder Order { get; }

    /// <summary>Stops the session.</summary>
    public CancellationToken Cancellation { get; }

    /// <summary>The facts the session was given (not the evaluation date, nor what it derives), in canonical order.</summary>
    public IReadOnlyList<object> Facts { get; }

    /// <summary>The indexes the keyed joins made of <see cref="Facts"/>, each made on first use.</summary>
    public Dictionary<KeyedJoin, object> JoinIndexes { get; } = [];

    /// <summary>The facts of <see cref="Facts"/> of a type (and its subtypes), in order, gathered on first use.</summary>
    /// <typeparam name="T">The type.</typeparam>
    public IReadOnlyList<T> FactsOf<T>()
    {
        if (factsByType.GetValueOrDefault(typeof(T)) is not List<T> facts)
        {
            facts = [];
            foreach (var fact in Facts)
            {
                if (fact is T typed)
                {
                    facts.Add(typed);
                }
            }

            factsByType[typeof(T)] = facts;
        }

        return facts;
    }

    /// <summary>The trace, or null.</summary>
    public IEngineTrace? Trace => Options.Trace;

    /// <summary>The finding rules' matches, one per distinct tuple.</summary>
    public List<RuleMatch> Matches { get; } = [];

    /// <summary>The rule errors, each once.</summary>
    public List<RuleEvaluationError> Errors { get; } = [];

    /// <summary>The facts derived, each once, by value.</summary>
    public Dictionary<DerivedFact, DerivedFact> Derived { get; } = [];

    /// <summary>
    /// How many steps matching took: conditions evaluated, and items an <c>any</c> or <c>all</c> looked at. The work
    /// counted rather than timed, so that a test can tell a join that pairs by key from one that tries every pair.
    /// </summary>
    public long MatchingSteps { get; private set; }

    /// <summary>How many partial matches the joins have made (see <see cref="EngineOptions.MaxMatches"/>).</summary>
    public int PartialMatches { get; set; }

    /// <summary>How many facts rules written in C# have inserted (derived facts of YAML rules are <see cref="Derived"/>).</summary>
    public int Inserted { get; set; }

    /// <summary>Whether the session is firing (rather than inserting the facts it was given).</summary>
    public bool Firing { get; set; }

    /// <summary>The rules being evaluated when a budget was spent or the session was cancelled; empty when not known.</summary>
    public IReadOnlyList<RuleDefinition> StoppedIn { get; set; } = [];

    /// <summary>How many activations fired (a tuple reached twice fires once).</summary>
    public int Firings { get; set; }

    /// <summary>The tuples each rule has fired for.</summary>
    public HashSet<(RuleRuntime Rule, ValueKey Tuple)> Fired { get; } = [];

    /// <summary>The tuples each rule has been activated for, so the trace reports an activation once.</summary>
    public HashSet<(RuleRuntime Rule, ValueKey Tuple)> Activated { get; } = [];

    /// <summary>The findings rules written in C# have reported, so that each is reported once.</summary>
    public HashSet<ValueKey> Reported { get; } = [];

    /// <summary>The errors reported so far, so that each is reported once.</summary>
    public HashSet<ValueKey> ErrorKeys { get; } = [];

    /// <summary>Records a rule error, once however often the same error is met.</summary>
    /// <param name="error">The error.</param>
    public void AddError(RuleEvaluationError error)
    {
        var key = new ValueKey(new object?[] { error.Rule.Id, error.Element, error.Location, error.Message, error.Bindings.Select(b => b.Value).ToArray() });
        if (ErrorKeys.Add(key))
        {
            Errors.Add(error);
        }
    }

    /// <summary>Counts one evaluation of a condition, and stops the session (by throwing) when it is cancelled.</summary>
    public void Evaluating()
    {
        Cancellation.ThrowIfCancellationRequested();
        MatchingSteps++;
    }

    /// <summary>Counts the items an <c>any</c> or <c>all</c> looked at, when a session is running on this thread.</summary>
    /// <param name="items">How many.</param>
    public static void CountSteps(int items)
    {
        if (current is { } context)
        {
            context.MatchingSteps += items;
        }
    }

    /// <summary>
    /// Counts one partial match made by a join, and stops the session (by throwing) when that passes its budget or the
    /// session is cancelled. NRules calls it, through <see cref="ConditionGuard.Joined"/>, for every tuple a join makes.
    /// </summary>
    /// <exception cref="BudgetExceededException">The budget of partial matches is spent.</exception>
    public void CountPartialMatch()
    {
        Cancellation.ThrowIfCancellationRequested();
        if (++PartialMatches > Options.MaxMatches)
        {
            throw new BudgetExceededException(StopReason.MatchLimitReached);
        }
    }

    /// <summary>Stops the session (by throwing) when one more derived fact would pass its budget.</summary>
    /// <param name="rule">The rule deriving it.</param>
    /// <exception cref="BudgetExceededException">The budget of derived facts is spent.</exception>
    public void CheckDerivedBudget(RuleDefinition? rule)
    {
        if (Derived.Count + Inserted >= Options.MaxDerivedFacts)
        {
            StoppedIn = rule is null ? [] : [rule];
            throw new BudgetExceededException(StopReason.DerivedFactLimitReached);
        }
    }

    /// <summary>Makes this the context of the session running on this thread until the returned scope is disposed.</summary>
    public Entered Enter() => new(this);

    /// <summary>Restores the context that was current before <see cref="Enter"/>.</summary>
    internal readonly struct Entered : IDisposable
    {
        private readonly EvaluationContext? previous;

        public Entered(EvaluationContext context)
        {
            previous = current;
            current = context;
        }

        public void Dispose() => current = previous;
    }
}
