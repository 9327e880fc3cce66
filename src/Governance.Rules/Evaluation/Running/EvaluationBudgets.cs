using System.Globalization;
using Governance.Model;
using Governance.Rules.Engine;

namespace Governance.Rules.Evaluation.Running;

/// <summary>
/// The budgets that bound one evaluation (<see cref="EvaluationOptions.TimeLimit"/>, <see cref="EvaluationOptions.MaxMatches"/>,
/// <see cref="EvaluationOptions.MaxDerivedFacts"/>, <see cref="EvaluationOptions.MaxFirings"/>), and what a result says
/// when one was spent: a <see cref="RuleError"/> with a stable code for each session stopped, naming the rule where it
/// is known, and why the result is incomplete. Listed in <c>docs/diagnostics.md</c>.
/// </summary>
internal static class EvaluationBudgets
{
    /// <summary>The evaluation took longer than its time limit.</summary>
    public const string TimeLimitReached = "GOV537";

    /// <summary>A session made more partial matches than its budget (a join with no shared key, usually).</summary>
    public const string MatchLimitReached = "GOV538";

    /// <summary>A session derived more facts than its budget (a derivation without end, usually).</summary>
    public const string DerivedFactLimitReached = "GOV539";

    /// <summary>Checks the budgets given.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A budget is not positive.</exception>
    public static void Validate(EvaluationOptions options)
    {
        if (options.MaxFirings < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxFirings, "MaxFirings must be at least 1.");
        }

        if (options.MaxMatches < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxMatches, "MaxMatches must be at least 1.");
        }

        if (options.MaxDerivedFacts < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxDerivedFacts, "MaxDerivedFacts must be at least 1.");
        }

        if (options.TimeLimit is { } limit && limit <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), limit, "TimeLimit must be positive, or null for no limit.");
        }
    }

    /// <summary>
    /// The cancellation of one evaluation: the caller's, and the time limit's. Dispose it when the evaluation ends.
    /// </summary>
    /// <param name="options">The options, with the time limit.</param>
    /// <param name="cancellation">The caller's cancellation.</param>
    public static CancellationTokenSource Start(EvaluationOptions options, CancellationToken cancellation)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        if (options.TimeLimit is { } limit)
        {
            source.CancelAfter(limit);
        }

        return source;
    }

    /// <summary>The errors that say which budgets were spent, one per session stopped by a budget (the firing limit has none).</summary>
    /// <param name="stops">The sessions stopped.</param>
    /// <param name="options">The budgets.</param>
    public static IEnumerable<RuleError> Errors(IReadOnlyList<SessionStop> stops, EvaluationOptions options)
    {
        var timedOut = stops.Where(s => s.Reason == StopReason.Cancelled).ToList();
        if (timedOut.Count > 0 && timedOut.All(s => s.Rules.Count == 0))
        {
            // Stopped between rules (or before a session started): no rule is to blame, but the result must still say so.
            yield return new RuleError(string.Empty, null, TimeMessage(options, null), SourceLocation.None) { Code = TimeLimitReached };
        }

        foreach (var stop in stops.Where(s => s.Rules.Count > 0 || s.Reason != StopReason.Cancelled))
        {
            var authorities = stop.Owner as IReadOnlyList<Authority> ?? [];
            var (code, message) = stop.Reason switch
            {
                StopReason.Cancelled => (TimeLimitReached, TimeMessage(options, authorities)),
                StopReason.MatchLimitReached => (MatchLimitReached,
                    $"made more than {Number(options.MaxMatches)} partial matches{Evaluating(authorities)} and was stopped: its patterns are joined "
                    + "with no condition relating them, or with one that relates too many (a cartesian product). Relate each pattern to one "
                    + "before it (for example 'holder == dcs.holder'), or raise the budget (EvaluationOptions.MaxMatches)."),
                StopReason.DerivedFactLimitReached => (DerivedFactLimitReached,
                    $"derived more than {Number(options.MaxDerivedFacts)} facts{Evaluating(authorities)} and was stopped: a rule that derives from "
                    + "what it derives (such as a count that adds one to itself) never ends. Derive each fact from the authority's own facts, "
                    + "or raise the budget (EvaluationOptions.MaxDerivedFacts)."),
                _ => (null, null),
            };
            if (code is null)
            {
                continue;
            }

            var rule = stop.Rules.Count > 0 ? stop.Rules[0] : null;
            var shared = stop.Rules.Count > 1
                ? $" (the rules {string.Join(", ", stop.Rules.Select(r => $"'{r.Id}'"))} share the part of the network that was being matched)"
                : string.Empty;
            yield return new RuleError(rule?.Id ?? string.Empty, (authorities.Count > 0 ? authorities[0].Code : null), $"The rule {message}{shared}", rule?.Location ?? SourceLocation.None)
            {
                Code = code,
            };
        }
    }

    /// <summary>Why a result is incomplete, for <see cref="EvaluationResult.StoppedBecause"/>; null when it is complete.</summary>
    /// <param name="stops">The sessions stopped.</param>
    /// <param name="options">The budgets.</param>
    public static string? StoppedBecause(IReadOnlyList<SessionStop> stops, EvaluationOptions options)
    {
        var reasons = stops.Select(s => s.Reason).Distinct().Order().Select(reason => reason switch
        {
            StopReason.FiringLimitReached => $"a session of the evaluation reached its limit of {options.MaxFirings} rule firings",
            StopReason.Cancelled => $"the evaluation reached its time limit of {Duration(options.TimeLimit)}",
            StopReason.MatchLimitReached => $"a session of the evaluation reached its budget of {Number(options.MaxMatches)} partial matches ({MatchLimitReached})",
            StopReason.DerivedFactLimitReached => $"a session of the evaluation reached its budget of {Number(options.MaxDerivedFacts)} derived facts ({DerivedFactLimitReached})",
            _ => reason.ToString(),
        }).ToList();
        return reasons.Count == 0 ? null : $"{string.Join("; ", reasons)}; results are incomplete";
    }

    /// <summary>A time limit as the command line writes it: <c>300s</c>, <c>1.5s</c>, <c>20ms</c>.</summary>
    public static string Duration(TimeSpan? limit) =>
        limit is not { } value ? "none"
        : value.TotalSeconds >= 1 ? $"{value.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)}s"
        : $"{value.TotalMilliseconds.ToString("0.###", CultureInfo.InvariantCulture)}ms";

    private static string TimeMessage(EvaluationOptions options, IReadOnlyList<Authority>? authorities) =>
        authorities is null
            ? $"The evaluation took longer than its time limit of {Duration(options.TimeLimit)} and was stopped between rules. Raise the limit "
              + "(--timeout, or EvaluationOptions.TimeLimit), or check fewer authorities at once."
            : $"was being matched{Evaluating(authorities)} when the evaluation reached its time limit of {Duration(options.TimeLimit)}, and was stopped. "
              + "If the rule joins patterns with no condition relating them, relate them; otherwise raise the limit (--timeout, or EvaluationOptions.TimeLimit).";

    private static string Evaluating(IReadOnlyList<Authority> authorities) =>
        authorities.Count == 0 ? string.Empty : $" evaluating {string.Join(", ", authorities.Select(a => $"{a.Name} ({a.Code})"))}";

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
