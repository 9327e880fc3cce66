using Governance.Model;
using Governance.Reading.Text;
using Governance.Reading.Yaml;
using Governance.Rules.Definitions;
using Governance.Rules.Guidance;
using Governance.Rules.Language;
using Governance.Rules.Loading.Syntax;
using Governance.Rules.Loading.Yaml;

namespace Governance.Rules.Loading;

/// <summary>
/// Loads rule files: reads each YAML document strictly (with the same bounds as authority files), checks citations
/// against the guidance catalogue, works out the fields of derived kinds of fact, and compiles every rule into a
/// canonical <see cref="RuleDefinition"/>. Every problem of every file is reported at once; a rule with an error is
/// left out and the others load.
/// </summary>
internal static class RuleFilesLoader
{
    /// <summary>The largest rule file accepted, in bytes.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>The deepest nesting of lists and mappings accepted in a rule file.</summary>
    public const int MaxDepth = 64;

    /// <summary>The most rules (YAML documents) accepted in one file.</summary>
    public const int MaxDocuments = 1000;

    /// <summary>The name of the subfolder of a rule set that holds the guidance catalogue.</summary>
    public const string GuidanceFolderName = "guidance";

    internal static readonly RuleSetFileKind Kind = new("rule file", MaxFileBytes, MaxDepth, MaxDocuments);

    /// <summary>
    /// Loads a rule set folder: the guidance catalogue from its <c>guidance</c> subfolder (unless one is given), and
    /// every other <c>.yaml</c>/<c>.yml</c> file under it, recursively, but the rule test files (<c>*.tests.yaml</c>), in ordinal order of their paths.
    /// </summary>
    /// <param name="folder">The folder, for example <c>rules</c>.</param>
    /// <param name="catalogue">The guidance catalogue to check citations against; by default the folder's own.</param>
    /// <param name="types">The fact types rules can match; by default the domain model's.</param>
    public static RuleFilesLoadResult LoadFolder(string folder, GuidanceCatalogue? catalogue = null, TypeCatalog? types = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var diagnostics = new Diagnostics();
        return LoadSources(RuleSetSources.FromFolder(folder, diagnostics), diagnostics, catalogue, types);
    }

    /// <summary>
    /// Loads a rule set's files, however they were read (<see cref="RuleSetSources"/>): the catalogue from the files
    /// under <c>guidance/</c> (unless one is given, when those files are left out), the rules from the others.
    /// </summary>
    /// <param name="sources">The files, in ordinal order of their paths inside the rule set.</param>
    /// <param name="diagnostics">The load's diagnostics, holding any problems met reading the files.</param>
    /// <param name="catalogue">The guidance catalogue to check citations against; by default the rule set's own.</param>
    /// <param name="types">The fact types rules can match; by default the domain model's.</param>
    public static RuleFilesLoadResult LoadSources(IReadOnlyList<RuleSetSource> sources, Diagnostics diagnostics, GuidanceCatalogue? catalogue = null, TypeCatalog? types = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        if (catalogue is null)
        {
            var guidance = sources.Where(s => s.IsCatalogue).Select(s => (s.File, s.Text)).ToList();
            catalogue = GuidanceCatalogueLoader.Load(guidance, diagnostics).Catalogue;
        }
        else
        {
            sources = [.. sources.Where(s => !s.IsCatalogue)];
        }

        var rules = sources.Where(s => !s.IsCatalogue).Select(s => (s.File, s.Text)).ToList();
        return Load(rules, catalogue, types, diagnostics, RuleSetSources.Version(sources));
    }

    /// <summary>Loads rule files by path, in the order given.</summary>
    /// <param name="files">The files.</param>
    /// <param name="catalogue">The guidance catalogue to check citations against.</param>
    /// <param name="types">The fact types rules can match; by default the domain model's.</param>
    public static RuleFilesLoadResult LoadFiles(IEnumerable<string> files, GuidanceCatalogue catalogue, TypeCatalog? types = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(catalogue);
        var diagnostics = new Diagnostics();
        var read = files.Select(f => (f, SourceText.ReadFile(f, Kind.Text, diagnostics))).ToList();
        return Load(read, catalogue, types, diagnostics, VersionOf(read));
    }

    /// <summary>Loads rule text given as strings, each reported under its file name, in the order given.</summary>
    /// <param name="sources">Each file's name and YAML text.</param>
    /// <param name="catalogue">The guidance catalogue to check citations against.</param>
    /// <param name="types">The fact types rules can match; by default the domain model's.</param>
    public static RuleFilesLoadResult LoadTexts(IEnumerable<(string File, string Text)> sources, GuidanceCatalogue catalogue, TypeCatalog? types = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(catalogue);
        var diagnostics = new Diagnostics();
        var read = sources.Select(s => (s.File, SourceText.FromString(s.Text, s.File, Kind.Text, diagnostics))).ToList();
        return Load(read, catalogue, types, diagnostics, VersionOf(read));
    }

    private static RuleFilesLoadResult Load(IReadOnlyList<(string File, string? Text)> files, GuidanceCatalogue catalogue, TypeCatalog? types, Diagnostics diagnostics, string version)
    {
        types ??= TypeCatalog.ForDomainModel();
        var syntaxes = ReadAll(files, catalogue, diagnostics);
        var (rules, kinds) = DerivedKindResolver.Compile(syntaxes, types, diagnostics);
        return new RuleFilesLoadResult(rules, kinds, catalogue, diagnostics.ToList(), version);
    }

    /// <summary>The version of rule files given by name, each name taken as its path inside the rule set.</summary>
    private static string VersionOf(IEnumerable<(string File, string? Text)> files) =>
        RuleSetSources.Version(files.Select(f => new RuleSetSource(f.File.Replace('\\', '/'), f.File, f.Text)));

    private static List<RuleSyntax> ReadAll(IEnumerable<(string File, string? Text)> files, GuidanceCatalogue catalogue, Diagnostics diagnostics)
    {
        var rules = new List<RuleSyntax>();
        var ids = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var reader = new RuleDocumentReader(new NodeReader(diagnostics, Kind.KindOfFile), catalogue);
        foreach (var (file, text) in files)
        {
            if (text is null)
            {
                continue;
            }

            foreach (var document in YamlTreeReader.Read(new SourceLines(file, text), Kind, diagnostics).Documents)
            {
                var idNode = document.Root.Find("id")?.Value as YamlScalar;
                if (idNode is not null && ids.TryGetValue(idNode.Value, out var first))
                {
                    diagnostics.Error(
                        RuleDiagnosticCodes.DuplicateRuleId,
                        $"The rule id '{idNode.Value}' is already used by the rule at {first}. Every rule needs its own id: departures and findings refer to rules by id.",
                        idNode.Location);
                    continue;
                }

                if (idNode is not null && RuleDocumentReader.RuleIdPattern().IsMatch(idNode.Value))
                {
                    ids.Add(idNode.Value, idNode.Location);
                }

                if (reader.Read(document.Root) is { } rule && !document.HasErrors)
                {
                    rules.Add(rule);
                }
            }
        }

        return rules;
    }
}
