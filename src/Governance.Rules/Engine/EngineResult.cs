using Governance.Model;
using Governance.Rules.Definitions;

namespace Governance.Rules.Engine;

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

    /// <summary>The cancellation token was cancelled (by the caller, or by the evaluation's time limit).</summary>
    Cancelled,

    /// <summary>One more partial match would have passed <see cref="EngineOptions.MaxMatches"/>.</summary>
    MatchLimitReached,

    /// <summary>One more derived fact would have passed <see cref="EngineOptions.MaxDerivedFacts"/>.</summary>
    DerivedFactLimitReached,
}

/// <summary>Why a session stopped before it finished, and the rules it was evaluating when it stopped.</summary>
/// <param name="Reason">Why it stopped.</param>
/// <param name="Rules">
/// The rules whose condition or action was being evaluated when it stopped, by id (several when they share the part
/// of the network that was matching); empty when it stopped between rules.
/// </param>
internal sealed record SessionStop(StopReason Reason, IReadOnlyList<RuleDefinition> Rules)
{
    /// <summary>What the session was evaluating (set by whoever ran it: the authority or the group of authorities), if known.</summary>
    public object? Owner { get; init; }
}

/// <summary>
/// Stops a session from inside NRules' matching or firing when a budget is spent: thrown by the budget checks, caught by
/// <see cref="RuleSession"/> (NRules wraps it on the way), never seen outside the engine.
/// </summary>
internal sealed class BudgetExceededException : Exception
{
    /// <summary>Makes the exception.</summary>
    /// <param name="reason">The budget spent.</param>
    public BudgetExceededException(StopReason reason)
        : base($"The session's budget was spent: {reason}.")
    {
        Reason = reason;
    }

    /// <summary>The budget spent.</summary>
    public StopReason Reason { get; }
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
    /// <summary>Each session that stopped before it finished: why, and in which rules.</summary>
    public IReadOnlyList<SessionStop> Stops { get; init; } = StoppedBecause is { } reason ? [new SessionStop(reason, [])] : [];

    /// <summary>How many steps matching took (see <see cref="EvaluationContext.MatchingSteps"/>).</summary>
    public long MatchingSteps { get; init; }

    /// <summary>Nothing: no session ran.</summary>
    public static EngineResult Empty { get; } = new([], [], [], 0, null);

    /// <summary>Whether every rule was evaluated to the end.</summary>
    public bool Completed => StoppedBecause is null;

    /// <summary>
    /// The results of several sessions as one, in canonical order: every match, derived fact and error, the firings
    /// added up, and the first reason a session stopped.
    /// </summary>
    /// <param name="results">The sessions' results, in a fixed order (so the reason a session stopped is chosen alike every time).</param>
    /// <param name="order">The canonical order of facts and values.</param>
    public static EngineResult Merge(IReadOnlyList<EngineResult> results, FactOrder order)
    {
        if (results.Count == 1)
        {
            return results[0];
        }

        return new EngineResult(
            InOrder(results.SelectMany(r => r.Matches), order),
            InOrder(results.SelectMany(r => r.DerivedFacts), order),
            InOrder(results.SelectMany(r => r.Errors), order),
            results.Sum(r => r.Firings),
            results.Select(r => r.StoppedBecause).FirstOrDefault(s => s is not null))
        {
            Stops = [.. results.SelectMany(r => r.Stops)],
            MatchingSteps = results.Sum(r => r.MatchingSteps),
        };
    }

    /// <summary>Matches in canonical order: by rule id, then by the bound values.</summary>
    public static List<RuleMatch> InOrder(IEnumerable<RuleMatch> matches, FactOrder order) =>
        [.. matches
            .OrderBy(m => m.Rule.Id, StringComparer.Ordinal)
            .ThenBy(m => m.Bindings.Select(b => b.Value).ToArray(), Comparer<object?[]>.Create(order.CompareSequences))];

    /// <summary>Derived facts in canonical order: by kind, then by fields.</summary>
    public static List<DerivedFact> InOrder(IEnumerable<DerivedFact> facts, FactOrder order) =>
        [.. facts.OrderBy(f => f, Comparer<DerivedFact>.Create(order.Compare))];

    /// <summary>Rule errors in canonical order: by rule id, the bound values, where the element is written, and what it says.</summary>
    public static List<RuleEvaluationError> InOrder(IEnumerable<RuleEvaluationError> errors, FactOrder order) =>
        [.. errors
            .OrderBy(e => e.Rule.Id, StringComparer.Ordinal)
            .ThenBy(e => e.Bindings.Select(b => b.Value).ToArray(), Comparer<object?[]>.Create(order.CompareSequences))
            .ThenBy(e => e.Location.Line)
            .ThenBy(e => e.Location.Column)
            .ThenBy(e => e.Element, StringComparer.Ordinal)
            .ThenBy(e => e.Message, StringComparer.Ordinal)];
}
