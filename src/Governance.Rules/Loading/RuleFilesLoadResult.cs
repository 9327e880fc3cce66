using Governance.Model;
using Governance.Rules.Definitions;
using Governance.Rules.Guidance.Catalogue;

namespace Governance.Rules.Loading;

/// <summary>
/// What loading a rule set gave: the rules without errors (in load order: file path, then position in the file),
/// the derived kinds of fact and their inferred fields, the guidance catalogue used for citations, and every problem
/// found in every file, ordered by file, line and column.
/// </summary>
/// <param name="Rules">The rules that loaded.</param>
/// <param name="DerivedKinds">The kinds of fact the rules derive, with their fields.</param>
/// <param name="Catalogue">The guidance catalogue the citations were checked against.</param>
/// <param name="Diagnostics">The problems found.</param>
/// <param name="Fingerprint">A version of the rule set's text: "sha256:" and the first 16 hex digits of the SHA-256 of
/// every rule file's text in load order, so the same files always give the same version.</param>
internal sealed record RuleFilesLoadResult(
    IReadOnlyList<LoadedRule> Rules,
    IReadOnlyList<DerivedFactSchema> DerivedKinds,
    GuidanceCatalogue Catalogue,
    IReadOnlyList<Diagnostic> Diagnostics,
    string Fingerprint)
{
    /// <summary>Whether any problem is an error (some rule, file or catalogue entry was left out).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The canonical definitions of the rules that loaded, for <c>RuleCompiler.Compile</c>.</summary>
    public IReadOnlyList<RuleDefinition> Definitions => [.. Rules.Select(r => r.Definition)];

    /// <summary>Finds a loaded rule's metadata by id.</summary>
    /// <param name="id">The rule id.</param>
    public RuleMetadata? MetadataOf(string id) => Rules.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.Ordinal))?.Metadata;
}
