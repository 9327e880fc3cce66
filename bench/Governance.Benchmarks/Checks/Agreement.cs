using Governance.Model;
using Governance.Rules;

namespace Governance.Benchmarks.Checks;

/// <summary>
/// Sanity checks run at benchmark setup: the engines being compared must find the same things, or the benchmark
/// would compare unequal work. Each throws with the differences when they disagree.
/// </summary>
internal static class Agreement
{
    /// <summary>Findings as (rule, authority code, message), counted.</summary>
    public static void Require(
        string leftName, IEnumerable<(string RuleId, string Code, string Message)> left,
        string rightName, IEnumerable<(string RuleId, string Code, string Message)> right)
    {
        var leftCounts = Count(left);
        var rightCounts = Count(right);
        var differences = leftCounts.Keys.Union(rightCounts.Keys)
            .Select(k => (Key: k, Left: leftCounts.GetValueOrDefault(k), Right: rightCounts.GetValueOrDefault(k)))
            .Where(d => d.Left != d.Right)
            .OrderBy(d => d.Key.RuleId, StringComparer.Ordinal).ThenBy(d => d.Key.Code, StringComparer.Ordinal)
            .ToList();
        if (differences.Count > 0)
        {
            var lines = differences.Take(20).Select(d => $"  {d.Key.RuleId} {d.Key.Code} \"{d.Key.Message}\": {leftName} {d.Left}, {rightName} {d.Right}");
            throw new InvalidOperationException(
                $"{leftName} and {rightName} disagree on {differences.Count} finding(s):{Environment.NewLine}{string.Join(Environment.NewLine, lines)}");
        }
    }

    /// <summary>
    /// For the rules the hand-written checks mirror, the rules find exactly what the hand-written checks find, message
    /// for message. The rules in force that they do not mirror are returned, so a report can name them.
    /// </summary>
    public static IReadOnlyList<string> RequireRulesMatch(EvaluationResult rules, IReadOnlyCollection<CheckFinding> handWritten)
    {
        if (!rules.Complete || rules.Errors.Count > 0)
        {
            throw new InvalidOperationException($"The rules did not evaluate cleanly: {string.Join("; ", rules.Errors)} {rules.StoppedBecause}");
        }

        Require(
            "the rules",
            rules.Findings.Where(f => HandWrittenChecks.CoveredRuleIds.Contains(f.RuleId)).Select(f => (f.RuleId, f.AuthorityCode, f.Message)),
            "hand-written",
            Keys(handWritten));
        return [.. rules.RulesInForce.Where(id => !HandWrittenChecks.CoveredRuleIds.Contains(id) && !HandWrittenChecks.DerivationRuleIds.Contains(id))];
    }

    /// <summary>
    /// RulesEngine finds each (rule, authority) the hand-written checks find, for the rules it checks. It reports at
    /// most one result per rule and authority, so the hand-written findings are compared as distinct pairs.
    /// </summary>
    public static void RequireRulesEngineMatches(IEnumerable<CheckFinding> handWritten, IEnumerable<(string RuleId, Authority Authority)> rulesEngine) =>
        Require(
            "hand-written",
            handWritten.Where(f => RulesEngineChecks.RuleIdsChecked.Contains(f.RuleId))
                .DistinctBy(f => (f.RuleId, f.Authority))
                .Select(f => (f.RuleId, f.Authority.Code, string.Empty)),
            "RulesEngine",
            Keys(rulesEngine));

    /// <summary>Per-rule totals, for a report.</summary>
    public static string Summary(IEnumerable<string> ruleIds) =>
        string.Join(", ", ruleIds.GroupBy(r => r, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));

    /// <summary>The hand-written findings in the comparable form.</summary>
    public static IEnumerable<(string, string, string)> Keys(IEnumerable<CheckFinding> findings) =>
        findings.Select(f => (f.RuleId, f.Authority.Code, f.Message));

    /// <summary>The RulesEngine results in the comparable form (it has no messages; one result per rule and authority).</summary>
    public static IEnumerable<(string, string, string)> Keys(IEnumerable<(string RuleId, Authority Authority)> found) =>
        found.Select(f => (f.RuleId, f.Authority.Code, string.Empty));

    private static Dictionary<(string RuleId, string Code, string Message), int> Count(IEnumerable<(string, string, string)> keys)
    {
        var counts = new Dictionary<(string, string, string), int>();
        foreach (var key in keys)
        {
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts;
    }
}
