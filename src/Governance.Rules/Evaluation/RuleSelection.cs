using Governance.Reading;

namespace Governance.Rules;

/// <summary>
/// Which rules a check reports on: the rules named by id and the rules carrying any of the tags named (both, when both
/// are given); every rule when neither is. The whole rule set is still evaluated, so the rules that derive facts for
/// the selected ones run as usual; only what is reported is narrowed.
/// </summary>
public sealed record RuleSelection
{
    /// <summary>The rule ids named.</summary>
    public IReadOnlyList<string> Ids { get; init; } = [];

    /// <summary>The tags named.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Whether every rule is selected.</summary>
    public bool IsEverything => Ids.Count == 0 && Tags.Count == 0;

    /// <summary>Whether a rule is selected.</summary>
    /// <param name="rule">The rule.</param>
    public bool Includes(RuleInfo rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return IsEverything || Ids.Contains(rule.Id, StringComparer.Ordinal) || rule.Tags.Any(t => Tags.Contains(t, StringComparer.Ordinal));
    }

    /// <summary>
    /// What in the selection names nothing in the rule set: each id no rule (nor built-in departure check) has, and each
    /// tag no rule carries, with the closest existing id or tag when one is near.
    /// </summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <returns>One message per id or tag that selects nothing.</returns>
    public IReadOnlyList<string> Unknown(RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        var rules = ruleSet.Rules.Concat(RuleSet.DepartureChecks).ToList();
        var ids = rules.Select(r => r.Id).ToList();
        var tags = rules.SelectMany(r => r.Tags).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var messages = new List<string>();
        foreach (var id in Ids.Where(i => !ids.Contains(i, StringComparer.Ordinal)))
        {
            messages.Add($"No rule has the id '{id}'.{Suggestions.DidYouMean(id, ids)}");
        }

        foreach (var tag in Tags.Where(t => !tags.Contains(t, StringComparer.Ordinal)))
        {
            messages.Add($"No rule has the tag '{tag}'.{Suggestions.DidYouMean(tag, tags)} Tags in use: {(tags.Count == 0 ? "none" : string.Join(", ", tags))}.");
        }

        return messages;
    }

    /// <summary>
    /// The result narrowed to the selection: its findings and rules in force only the selected rules', and its rule
    /// errors those of the selected rules and of the rules that derive facts (whose failure touches every rule).
    /// </summary>
    /// <param name="result">The evaluation of the whole rule set.</param>
    /// <param name="ruleSet">The rule set evaluated.</param>
    public EvaluationResult Apply(EvaluationResult result, RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(ruleSet);
        if (IsEverything)
        {
            return result;
        }

        var rules = ruleSet.Rules.Concat(RuleSet.DepartureChecks).ToDictionary(r => r.Id, StringComparer.Ordinal);
        bool Selected(string id) => rules.TryGetValue(id, out var rule) && Includes(rule);
        bool Derives(string id) => rules.TryGetValue(id, out var rule) && rule.Derives is not null;
        return result with
        {
            RulesInForce = [.. result.RulesInForce.Where(Selected)],
            Findings = [.. result.Findings.Where(f => Selected(f.RuleId))],
            Errors = [.. result.Errors.Where(e => Selected(e.RuleId) || Derives(e.RuleId) || !rules.ContainsKey(e.RuleId))],
        };
    }

    /// <summary>The rules of a rule set that are selected.</summary>
    /// <param name="ruleSet">The rule set.</param>
    public IReadOnlyList<RuleInfo> Of(RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        return [.. ruleSet.Rules.Where(Includes)];
    }

    /// <summary>Describes the selection for a report, for example <c>--rule dcs-appointed --tag lscb</c>; empty for everything.</summary>
    public override string ToString() =>
        string.Join(' ', Ids.Select(i => $"--rule {i}").Concat(Tags.Select(t => $"--tag {t}")));
}
