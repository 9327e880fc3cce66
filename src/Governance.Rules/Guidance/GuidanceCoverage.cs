namespace Governance.Rules;

/// <summary>One catalogued item and the rules of a rule set that cite it.</summary>
/// <param name="Item">The item.</param>
/// <param name="RuleIds">The ids of the rules citing it, in the rule set's order; empty when none does.</param>
public sealed record ItemCoverage(GuidanceItem Item, IReadOnlyList<string> RuleIds)
{
    /// <summary>Whether at least one rule cites the item.</summary>
    public bool IsChecked => RuleIds.Count > 0;
}

/// <summary>
/// How much of the catalogued guidance a rule set checks: every item of every document, with the rules citing it.
/// The rules that check an item are computed from the rules' citations, never listed twice; the built-in checks of
/// recorded departures (<see cref="RuleSet.DepartureChecks"/>, para 1.12) count like any rule.
/// </summary>
public sealed record GuidanceCoverage
{
    /// <summary>Every catalogued item, document by document in catalogue order, with the rules citing it.</summary>
    public required IReadOnlyList<ItemCoverage> Items { get; init; }

    /// <summary>The catalogued documents the items belong to, in catalogue order.</summary>
    public IReadOnlyList<GuidanceDocument> Documents { get; init; } = [];

    /// <summary>The version of the rule set whose coverage this is (<see cref="RuleSet.Version"/>).</summary>
    public string? RuleSetVersion { get; init; }

    /// <summary>The checkable items.</summary>
    public IEnumerable<ItemCoverage> Checkable => Items.Where(i => i.Item.Classification == ItemClassification.Checkable);

    /// <summary>How many checkable items at least one rule checks.</summary>
    public int CheckableChecked => Checkable.Count(i => i.IsChecked);

    /// <summary>How many items are checkable.</summary>
    public int CheckableCount => Checkable.Count();

    /// <summary>The items judged a process the guidance asks for; a rule may still check the record of it.</summary>
    public IEnumerable<ItemCoverage> Processes => Items.Where(i => i.Item.Classification == ItemClassification.Process);

    /// <summary>The coverage of a rule set: each item of its documents, with the rules that cite it.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is <see langword="null"/>.</exception>
    public static GuidanceCoverage Of(RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        var citing = ruleSet.Rules.Concat(RuleSet.DepartureChecks)
            .SelectMany(r => r.Citation.Paragraphs.Select(p => (Key: (r.Citation.Document, p), r.Id)))
            .ToLookup(x => x.Key, x => x.Id);
        return new GuidanceCoverage
        {
            Documents = ruleSet.Documents,
            RuleSetVersion = ruleSet.Version,
            Items =
            [
                .. ruleSet.Documents.SelectMany(d => d.Items)
                    .Select(item => new ItemCoverage(item, [.. citing[(item.Document, item.Number)].Distinct(StringComparer.Ordinal)])),
            ],
        };
    }
}
