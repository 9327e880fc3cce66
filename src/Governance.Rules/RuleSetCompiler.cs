using Governance.Model;
using Governance.Rules.CSharpRules;
using Governance.Rules.Definitions;
using Governance.Rules.Engine;
using Governance.Rules.Guidance;
using Governance.Rules.Loading;

namespace Governance.Rules;

/// <summary>
/// The rule-set pipeline, every stage in order, from files to a <see cref="RuleSet"/>:
/// <list type="number">
/// <item><b>Find the files</b>: a folder, this assembly's shipped rules, or files in memory (<see cref="RuleSetSources"/>).</item>
/// <item><b>Read and check them</b>: the guidance catalogue first, then each rule file: its keys, id, citation against
/// the catalogue, effective dates and scope; its conditions are parsed and type-checked by the condition language and
/// the rule becomes a canonical <see cref="RuleDefinition"/> (<see cref="RuleFilesLoader"/>).</item>
/// <item><b>Describe them</b>: each rule's public <see cref="RuleInfo"/> and each catalogued document's
/// <see cref="GuidanceDocument"/> (here).</item>
/// <item><b>Add rules written in C#</b>, when asked (<see cref="WithCSharpRules"/>): described from their attributes and
/// checked against the same catalogue.</item>
/// <item><b>Compile them for NRules</b>: translate each definition into NRules' rule model, order the rules into strata
/// by the facts they derive and read, and compile the session factories (<see cref="RuleCompiler"/>).</item>
/// </list>
/// Nothing in a stage calls back into an earlier one, and only this class builds a <see cref="RuleSet"/>.
/// </summary>
internal static class RuleSetCompiler
{
    /// <summary>Loads and compiles a rule set folder such as <c>rules</c>.</summary>
    /// <param name="folder">The folder; its <c>guidance</c> subfolder is the catalogue.</param>
    /// <param name="version">The version to record in results; by default the fingerprint of the rule files' text.</param>
    public static RuleSetLoadResult Load(string folder, string? version = null) => ToRuleSet(RuleFilesLoader.LoadFolder(folder), version);

    /// <summary>Loads and compiles the rule set shipped inside this assembly.</summary>
    public static RuleSetLoadResult LoadShipped()
    {
        var diagnostics = new Diagnostics();
        return ToRuleSet(RuleFilesLoader.LoadSources(RuleSetSources.Shipped(diagnostics), diagnostics));
    }

    /// <summary>Loads and compiles a rule set given as files in memory.</summary>
    /// <param name="files">The files, each with its path inside the rule set.</param>
    public static RuleSetLoadResult Load(IEnumerable<RuleSetFile> files)
    {
        var diagnostics = new Diagnostics();
        return ToRuleSet(RuleFilesLoader.LoadSources(RuleSetSources.FromFiles(files, diagnostics), diagnostics));
    }

    /// <summary>Loads and compiles several rule set folders as one rule set, after the shipped rule set when asked.</summary>
    /// <param name="folders">The folders, in the order their rules load.</param>
    /// <param name="withShippedRules">Whether the shipped rule set comes first.</param>
    public static RuleSetLoadResult LoadFolders(IReadOnlyList<string> folders, bool withShippedRules)
    {
        var diagnostics = new Diagnostics();
        var sources = new List<RuleSetSource>();
        if (withShippedRules)
        {
            sources.AddRange(RuleSetSources.Shipped(diagnostics));
        }

        foreach (var folder in folders)
        {
            sources.AddRange(RuleSetSources.FromFolder(folder, diagnostics));
        }

        return ToRuleSet(RuleFilesLoader.LoadSources(sources, diagnostics));
    }

    /// <summary>Compiles loaded rule files into a rule set.</summary>
    /// <param name="files">What the rule files loader gave.</param>
    /// <param name="version">The version to record in results; by default <see cref="RuleFilesLoadResult.Fingerprint"/>.</param>
    public static RuleSetLoadResult ToRuleSet(RuleFilesLoadResult files, string? version = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        return Compile(
            [.. files.Rules.Select(r => (r.Definition, ToInfo(r) with { RestsOnLegislation = CitesLegislation(r.Metadata.Citation, files.Catalogue) }))],
            [.. files.Catalogue.Documents.Select(ToDocument)],
            version ?? files.Fingerprint,
            files.Diagnostics,
            files.Catalogue);
    }

    /// <summary>Compiles described rules into a rule set, or returns the compiler's diagnostics.</summary>
    /// <param name="rules">The rules' definitions with their descriptions.</param>
    /// <param name="documents">The guidance documents the rules cite.</param>
    /// <param name="version">The version to record in results.</param>
    /// <param name="loadDiagnostics">What reading the files found.</param>
    /// <param name="catalogue">The catalogue the rules were checked against (rules written in C# added later are checked against it too).</param>
    /// <param name="csharpRules">Rules written in C#, if any.</param>
    public static RuleSetLoadResult Compile(
        IReadOnlyList<(RuleDefinition Definition, RuleInfo Info)> rules,
        IReadOnlyList<GuidanceDocument> documents,
        string version,
        IReadOnlyList<Diagnostic> loadDiagnostics,
        GuidanceCatalogue catalogue,
        IReadOnlyList<CSharpRule>? csharpRules = null)
    {
        var compilation = RuleCompiler.Compile([.. rules.Select(r => r.Definition)], csharpRules);
        var diagnostics = loadDiagnostics.Concat(compilation.Diagnostics).ToList();
        if (compilation.Rules is null || diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return new RuleSetLoadResult(null, diagnostics);
        }

        var infos = rules.Select(r => r.Info).Concat((csharpRules ?? []).Select(r => r.Info)).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        return new RuleSetLoadResult(new RuleSet(infos, documents, compilation.Rules, version, new RuleSet.Sources(rules, catalogue, csharpRules ?? [])), diagnostics);
    }

    /// <summary>
    /// A rule set with rules written in C# added: each is described from its <see cref="GuidanceRuleAttribute"/> and
    /// its citation checked against the rule set's catalogue (<see cref="CSharpRule.Describe"/>), then the whole is
    /// compiled again; the rule set given is unchanged.
    /// </summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <param name="rules">The rules written in C#.</param>
    public static RuleSetLoadResult WithCSharpRules(RuleSet ruleSet, IEnumerable<NRules.Fluent.Dsl.Rule> rules)
    {
        var from = ruleSet.From;
        var diagnostics = new List<Diagnostic>();
        var added = CSharpRule.Describe(rules, from.Catalogue, ruleSet.Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal), diagnostics);
        if (diagnostics.Count > 0)
        {
            return new RuleSetLoadResult(null, diagnostics);
        }

        var all = from.CSharpRules.Concat(added).ToList();
        var version = $"{ruleSet.Version}+{string.Join("+", all.Select(r => r.Definition.Id).Order(StringComparer.Ordinal))}";
        return Compile(from.Rules, ruleSet.Documents, version, [], from.Catalogue, all);
    }

    /// <summary>The public description of a loaded rule; a rule that derives a fact has no obligation and names its kind.</summary>
    /// <param name="rule">The loaded rule.</param>
    public static RuleInfo ToInfo(LoadedRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var metadata = rule.Metadata;
        return new RuleInfo
        {
            Id = metadata.Id,
            Title = metadata.Title,
            Citation = metadata.Citation,
            Obligation = metadata.Obligation,
            Derives = (rule.Definition.Action as DeriveAction)?.Type.Name,
            EffectiveFrom = metadata.Effective.From,
            EffectiveUntil = metadata.Effective.Until,
            Remedy = metadata.Remedy,
            Tags = metadata.Tags,
            Location = metadata.Location,
        };
    }

    /// <summary>Whether a citation names a provision of an Act (the catalogue's provisions, such as <c>s18(1)</c>), not only paragraphs.</summary>
    /// <param name="citation">The rule's citation.</param>
    /// <param name="catalogue">The catalogue the citation was checked against.</param>
    public static bool CitesLegislation(Citation citation, GuidanceCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(citation);
        ArgumentNullException.ThrowIfNull(catalogue);
        return catalogue.TryGetDocument(citation.Document, out var document) &&
               citation.Paragraphs.Any(p => document.TryGetPart(p, out var part) && part.Kind == GuidancePartKind.Provision);
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
            InForceFromBasis = document.InForceFromBasis,
            InForceUntilBasis = document.InForceUntilBasis,
            Items =
            [
                .. document.Parts.Select(part => new GuidanceItem
                {
                    Document = document.Id,
                    Number = part.Number,
                    Act = part.Kind == GuidancePartKind.Provision ? document.ProvisionsOf : null,
                    Section = part.Section,
                    Heading = part.Heading,
                    Quote = part.Quote,
                    Obligations = part.Obligations,
                    Classification = part.Classification,
                    Evidence = part.Classification == ItemClassification.Process ? part.Detail : null,
                    Reason = part.Classification == ItemClassification.NotCheckable ? part.Detail : null,
                    InForceFrom = document.InForceFromOf(part),
                    Location = part.Location,
                }),
            ],
        };
    }
}
