using Governance.Model;
using Governance.Rules.Definitions;

namespace Governance.Rules.LegacyEngine;

/// <summary>A name a rule bound, and its value.</summary>
/// <param name="Name">The binding's name.</param>
/// <param name="Value">The fact, count, list or group bound.</param>
internal sealed record BoundValue(string Name, object? Value);

/// <summary>A match of a finding rule: one per distinct tuple of bound values.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Bindings">The names the rule bound and their values, in scope order.</param>
/// <param name="Facts">The facts the rule's patterns matched, in scope order (counts, lists and groups left out).</param>
/// <param name="Message">The finding's message, formatted from the bound values.</param>
/// <param name="At">The value the rule's <c>at:</c> named, or null when the rule names none.</param>
internal sealed record RuleMatch(RuleDefinition Rule, IReadOnlyList<BoundValue> Bindings, IReadOnlyList<object> Facts, string Message, object? At);

/// <summary>
/// A rule that could not be evaluated for a tuple because a condition or its action threw. It is neither a match nor
/// a non-match: the rule's outcome for that tuple is unknown.
/// </summary>
/// <param name="Rule">The rule.</param>
/// <param name="Element">The text of the condition that threw, or <c>then</c> for the action.</param>
/// <param name="Location">Where the condition or action is written.</param>
/// <param name="Message">The exception's message.</param>
/// <param name="ExceptionType">The exception's type name.</param>
/// <param name="Bindings">The names bound when it threw, and their values, in scope order.</param>
/// <param name="Facts">The facts bound when it threw.</param>
internal sealed record RuleEvaluationError(
    RuleDefinition Rule,
    string Element,
    SourceLocation Location,
    string Message,
    string ExceptionType,
    IReadOnlyList<BoundValue> Bindings,
    IReadOnlyList<object> Facts);

/// <summary>Why a session stopped before it finished.</summary>
internal enum StopReason
{
    /// <summary>Firing one more activation would have passed <see cref="EngineOptions.MaxFirings"/>.</summary>
    FiringLimitReached,

    /// <summary>The cancellation token was cancelled.</summary>
    Cancelled,
}

/// <summary>
/// What a session produced, in canonical order: finding-rule matches, derived facts, rule errors, and whether it
/// completed. A stopped session's lists hold what was done before it stopped and must not be read as complete.
/// </summary>
/// <param name="Matches">The finding rules' matches, by rule id then by the bound values' keys.</param>
/// <param name="DerivedFacts">The facts derived (each once), by kind then by fields.</param>
/// <param name="Errors">The rule errors, by rule id then by the bound values' keys.</param>
/// <param name="Firings">How many activations fired.</param>
/// <param name="StoppedBecause">Null when the session completed; otherwise why it stopped.</param>
internal sealed record EngineResult(
    IReadOnlyList<RuleMatch> Matches,
    IReadOnlyList<DerivedFact> DerivedFacts,
    IReadOnlyList<RuleEvaluationError> Errors,
    int Firings,
    StopReason? StoppedBecause)
{
    /// <summary>Whether every rule was evaluated to the end.</summary>
    public bool Completed => StoppedBecause is null;
}
