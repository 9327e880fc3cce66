using Governance.Rules.Definitions;

namespace Governance.Rules.Loading;

/// <summary>A rule that loaded without errors: its canonical definition for the engine, and its metadata.</summary>
/// <param name="Definition">The canonical rule: left-hand side and action, with compiled expressions.</param>
/// <param name="Metadata">The id, title, citation, obligation, effective period, remedy, tags and location.</param>
internal sealed record LoadedRule(RuleDefinition Definition, RuleMetadata Metadata)
{
    /// <summary>The rule's id.</summary>
    public string Id => Definition.Id;
}
