using Governance.Model;

namespace Governance.Rules;

/// <summary>What happened during an evaluation, one event at a time (the engine's trace, named like NRules').</summary>
public enum TraceEventKind
{
    /// <summary>A condition of a rule was evaluated, with its result.</summary>
    ConditionEvaluated,

    /// <summary>A distinct set of facts matched a rule's <c>when</c>: an activation was created.</summary>
    ActivationCreated,

    /// <summary>An activation fired: the rule's <c>then</c> ran (a finding was made or a fact derived).</summary>
    RuleFired,

    /// <summary>A rule derived a new fact for other rules.</summary>
    FactDerived,
}

/// <summary>One event of an evaluation's trace, for explaining a finding (or its absence) to an analyst.</summary>
public sealed record TraceEvent
{
    /// <summary>What happened.</summary>
    public required TraceEventKind Kind { get; init; }

    /// <summary>The rule it happened to.</summary>
    public required string RuleId { get; init; }

    /// <summary>The names bound at the time and their values, with where each fact is written.</summary>
    public required IReadOnlyList<Evidence> Bindings { get; init; }

    /// <summary>For <see cref="TraceEventKind.ConditionEvaluated"/>: the condition as the rule writes it.</summary>
    public string? Condition { get; init; }

    /// <summary>For <see cref="TraceEventKind.ConditionEvaluated"/>: where the condition is written.</summary>
    public SourceLocation ConditionLocation { get; init; } = SourceLocation.None;

    /// <summary>For <see cref="TraceEventKind.ConditionEvaluated"/>: whether it held; <see langword="null"/> when it failed with an error.</summary>
    public bool? Result { get; init; }

    /// <summary>For <see cref="TraceEventKind.FactDerived"/>: the fact derived.</summary>
    public string? Derived { get; init; }
}

/// <summary>
/// Receives an evaluation's trace events (<see cref="EvaluationOptions.Trace"/>). Called on the evaluating thread; an
/// implementation shared by evaluations running at once must be thread-safe.
/// </summary>
public interface IEvaluationTrace
{
    /// <summary>Records one event.</summary>
    /// <param name="traceEvent">The event.</param>
    void Record(TraceEvent traceEvent);
}
