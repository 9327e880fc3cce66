using Governance.Model;

namespace Governance.Rules.LegacyEngine;

/// <summary>
/// The state of matching one rule in a session: the frame of bound values, the candidates of each pattern, the
/// trace, and the errors found so far. Not shared between threads.
/// </summary>
internal sealed class MatchContext
{
    private readonly WorkingMemory memory;
    private readonly IEngineTrace? trace;
    private readonly CancellationToken cancellation;
    private readonly PatternCandidates?[] candidates;
    private readonly List<RuleEvaluationError> errors = [];
    private CompiledRule? rule;
    private Func<bool>? stopAtFirst;
    private bool found;
    private Func<bool>? gather;
    private List<object> gathered = [];
    private int gatheredSlot;

    /// <summary>Makes the context for a session.</summary>
    public MatchContext(WorkingMemory memory, int patternCount, DateOnly asAt, FactOrder order, IEngineTrace? trace, CancellationToken cancellation)
    {
        this.memory = memory;
        this.trace = trace;
        this.cancellation = cancellation;
        candidates = new PatternCandidates?[patternCount];
        AsAt = asAt;
        Order = order;
    }

    /// <summary>The evaluation date.</summary>
    public DateOnly AsAt { get; }

    /// <summary>The canonical order of facts and values.</summary>
    public FactOrder Order { get; }

    /// <summary>The values bound so far, one slot per binding of the rule being matched.</summary>
    public object?[] Frame { get; private set; } = [];

    /// <summary>The rule being matched.</summary>
    public CompiledRule Rule => rule ?? throw new InvalidOperationException("No rule is being matched.");

    /// <summary>A mark to pass to <see cref="DiscardErrorsSince"/>; it grows when an error is recorded.</summary>
    public int ErrorMark => errors.Count;

    /// <summary>
    /// Whether the node has a match, searching only until the first: the engine's <c>not</c> and <c>exists</c>. The
    /// continuation that stops the search is made once per session; a search nested inside another keeps its own answer.
    /// </summary>
    public bool FindFirst(MatchNode node)
    {
        var outer = found;
        found = false;
        node.Match(this, stopAtFirst ??= () =>
        {
            found = true;
            return false;
        });
        var answer = found;
        found = outer;
        return answer;
    }

    /// <summary>
    /// Every fact the pattern matches, in the order found, for <c>count</c>, <c>collect</c> and <c>group</c>. The
    /// continuation that gathers them is made once per session; a gathering nested inside another keeps its own list.
    /// </summary>
    public List<object> Gather(PatternNode source)
    {
        var outer = (gathered, gatheredSlot);
        (gathered, gatheredSlot) = ([], source.Slot);
        source.Match(this, gather ??= () =>
        {
            gathered.Add(Frame[gatheredSlot]!);
            return true;
        });
        var answer = gathered;
        (gathered, gatheredSlot) = outer;
        return answer;
    }

    /// <summary>Starts matching a rule with an empty frame.</summary>
    /// <remarks>
    /// The candidates of the previous rule's patterns are let go: a pattern belongs to one rule, and by the time the
    /// rule is matched again (the next pass of a recursive stratum) facts have been derived, so they would be computed
    /// anew anyway. Held only while their rule is matched, they die young instead of living through the session.
    /// </remarks>
    public void Begin(CompiledRule compiledRule)
    {
        rule = compiledRule;
        Frame = new object?[compiledRule.FrameSize];
        Array.Clear(candidates);
    }

    /// <summary>Takes the errors recorded while matching the rule.</summary>
    public IReadOnlyList<RuleEvaluationError> TakeErrors()
    {
        var taken = errors.ToList();
        errors.Clear();
        return taken;
    }

    /// <summary>Forgets errors recorded after the mark, because the answer they made unknown was decided anyway.</summary>
    public void DiscardErrorsSince(int mark) => errors.RemoveRange(mark, errors.Count - mark);

    /// <summary>Throws <see cref="OperationCanceledException"/> when the session was cancelled.</summary>
    public void ThrowIfCancelled() => cancellation.ThrowIfCancellationRequested();

    /// <summary>Evaluates a condition on the frame; a condition that throws is recorded as an error and counts as not holding.</summary>
    public bool Test(CompiledCondition condition) => Test(condition, Frame);

    /// <summary>Whether all the conditions hold, evaluated in order.</summary>
    public bool TestAll(CompiledCondition[] conditions)
    {
        foreach (var condition in conditions)
        {
            if (!Test(condition))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Evaluates one side of a join key; false when it throws (the join condition will then report the error).</summary>
    public bool TryEvaluateKey(FrameFunction key, out object? value)
    {
        try
        {
            value = key.Invoke(Frame, AsAt);
            return true;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            value = null;
            return false;
        }
    }

    /// <summary>Records that a condition or action threw, with the values bound in the frame.</summary>
    public void RecordError(string element, SourceLocation location, Exception error) =>
        errors.Add(new RuleEvaluationError(
            Rule.Definition,
            element,
            location,
            error.Message,
            error.GetType().Name,
            Rule.BoundValues(Frame, visibleOnly: false),
            Rule.BoundFacts(Frame, visibleOnly: false)));

    /// <summary>The facts that pass a pattern's filters, computed once per working-memory generation while its rule is matched.</summary>
    public PatternCandidates CandidatesFor(PatternNode pattern)
    {
        var cached = candidates[pattern.Id];
        if (cached is not null && cached.Generation == memory.Generation)
        {
            return cached;
        }

        var computed = ComputeCandidates(pattern);
        candidates[pattern.Id] = computed;
        return computed;
    }

    private PatternCandidates ComputeCandidates(PatternNode pattern)
    {
        var facts = memory.FactsOf(pattern.Element.Type);
        var scratch = new object?[Rule.FrameSize];
        var passed = facts;
        if (pattern.Filters.Length > 0)
        {
            passed = [];
            foreach (var fact in facts)
            {
                ThrowIfCancelled();
                scratch[pattern.Slot] = fact;
                if (Filter(pattern, fact, scratch) is { } candidate)
                {
                    passed.Add(candidate);
                }
            }
        }

        if (pattern.JoinKey is null)
        {
            return PatternCandidates.Ungrouped(memory.Generation, passed);
        }

        return PatternCandidates.Grouped(memory.Generation, passed, candidate =>
        {
            if (candidate is FilterFailure)
            {
                return null;
            }

            scratch[pattern.Slot] = candidate;
            try
            {
                return new ValueKey(pattern.JoinKey.Own.Invoke(scratch, AsAt));
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // No key: the join condition itself is tried on this candidate, and reports the error.
                return null;
            }
        });
    }

    /// <summary>The fact when it passes every filter, a <see cref="FilterFailure"/> when a filter throws, or null.</summary>
    private object? Filter(PatternNode pattern, object fact, object?[] scratch)
    {
        foreach (var filter in pattern.Filters)
        {
            bool holds;
            try
            {
                holds = filter.Function.Invoke(scratch, AsAt);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                TraceCondition(filter, scratch, ConditionResult.Error);
                return new FilterFailure(fact, filter, error);
            }

            TraceCondition(filter, scratch, holds ? ConditionResult.True : ConditionResult.False);
            if (!holds)
            {
                return null;
            }
        }

        return fact;
    }

    private bool Test(CompiledCondition condition, object?[] frame)
    {
        bool holds;
        try
        {
            holds = condition.Function.Invoke(frame, AsAt);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            RecordError(condition.Element.Text, condition.Element.Location, error);
            TraceCondition(condition, frame, ConditionResult.Error);
            return false;
        }

        TraceCondition(condition, frame, holds ? ConditionResult.True : ConditionResult.False);
        return holds;
    }

    private void TraceCondition(CompiledCondition condition, object?[] frame, ConditionResult result) =>
        trace?.ConditionEvaluated(new ConditionEvaluatedEvent(
            Rule.Definition, condition.Element, Rule.BoundValues(frame, visibleOnly: false), result));
}
