using Governance.Rules.Guidance;

namespace Governance.Rules.Loading;

/// <summary>
/// Loads a rule set folder (rules and guidance catalogue) into the public <see cref="RuleSet"/>: the loader's
/// definitions and metadata become <see cref="RuleInfo"/>s, the catalogue's documents become
/// <see cref="GuidanceDocument"/>s, and the engine compiles the definitions.
/// </summary>
internal static class RuleSetFiles
{
    /// <summary>Loads and compiles a rule set folder such as <c>rules</c>.</summary>
    /// <param name="folder">The folder; its <c>guidance</c> subfolder is the catalogue.</param>
    /// <param name="version">The version to record in results; by default the fingerprint of the rule files' text.</param>
    public static RuleSetLoadResult Load(string folder, string? version = null) => ToRuleSet(RuleFilesLoader.LoadFolder(folder), version);

    /// <summary>Compiles loaded rule files into a rule set.</summary>
    /// <param name="files">What the rule files loader gave.</param>
    /// <param name="version">The version to record in results; by default <see cref="RuleFilesLoadResult.Fingerprint"/>.</param>
    public static RuleSetLoadResult ToRuleSet(RuleFilesLoadResult files, string? version = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        return RuleSet.Compile(
            [.. files.Rules.Select(r => (r.Definition, ToInfo(r.Metadata)))],
            [.. files.Catalogue.Documents.Select(ToDocument)],
            version ?? files.Fingerprint,
            files.Diagnostics);
    }

    /// <summary>The public description of a loaded rule. A rule that derives a fact has no obligation of its own; it is
    /// described as advisory (it never reports a finding, so its severity is never shown).</summary>
    /// <param name="metadata">The rule's metadata.</param>
    public static RuleInfo ToInfo(RuleMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return new RuleInfo
        {
            Id = metadata.Id,
            Title = metadata.Title,
            Citation = metadata.Citation,
            Obligation = metadata.Obligation ?? Obligation.Advisory,
            EffectiveFrom = metadata.Effective.From,
            EffectiveUntil = metadata.Effective.Until,
            Remedy = metadata.Remedy,
            Tags = metadata.Tags,
            Location = metadata.Location,
        };
    }

    /// <summary>The public description of a catalogued document.</summary>
    /// <param name="document">The catalogue's entry.</param>
    public static GuidanceDocument ToDocument(CataloguedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new GuidanceDocument
        {
            Id = document.Id,
            Title = document.Title,
            Edition = document.Edition,
            InForceFrom = document.InForceFrom,
            InForceUntil = document.InForceUntil,
        };
    }
}
