using Governance.Rules.Definitions;

namespace Governance.Rules.LegacyEngine;

/// <summary>
/// Receives what the engine does, for <c>explain</c> and debugging. Called on the evaluating thread; an
/// implementation shared by sessions running at once must be thread-safe.
/// </summary>
internal interface IEngineTrace
{
    /// <summary>A condition was evaluated.</summary>
    void ConditionEvaluated(ConditionEvaluatedEvent e);

    /// <summary>A new distinct tuple matched a rule's left-hand side.</summary>
    void ActivationCreated(ActivationEvent e);

    /// <summary>An activation fired: its action ran.</summary>
    void RuleFired(ActivationEvent e);

    /// <summary>A rule derived a new fact (a duplicate of an existing fact is not reported).</summary>
    void FactDerived(FactDerivedEvent e);
}

/// <summary>The result of evaluating a condition.</summary>
internal enum ConditionResult
{
    /// <summary>The condition held.</summary>
    True,

    /// <summary>The condition did not hold.</summary>
    False,

    /// <summary>The condition threw; see the rule errors.</summary>
    Error,
}

/// <summary>A condition was evaluated.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Condition">The condition.</param>
/// <param name="Bindings">The names bound when it was evaluated.</param>
/// <param name="Result">Its result.</param>
internal sealed record ConditionEvaluatedEvent(RuleDefinition Rule, ConditionElement Condition, IReadOnlyList<BoundValue> Bindings, ConditionResult Result);

/// <summary>An activation was created or fired.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Bindings">The tuple: the names bound and their values.</param>
internal sealed record ActivationEvent(RuleDefinition Rule, IReadOnlyList<BoundValue> Bindings);

/// <summary>A fact was derived.</summary>
/// <param name="Rule">The rule that derived it.</param>
/// <param name="Fact">The fact, with its support.</param>
internal sealed record FactDerivedEvent(RuleDefinition Rule, DerivedFact Fact);
