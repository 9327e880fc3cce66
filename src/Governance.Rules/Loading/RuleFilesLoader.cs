using System.Security.Cryptography;
using System.Text;
using Governance.Model;
using Governance.Model.Loading.Text;
using Governance.Model.Loading.Yaml;
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

    private static readonly RuleSetFileKind Kind = new("rule file", MaxFileBytes, MaxDepth, MaxDocuments);

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
        var guidanceFolder = Path.Combine(folder, GuidanceFolderName);
        if (catalogue is null)
        {
            var loaded = Directory.Exists(guidanceFolder) ? GuidanceCatalogueLoader.LoadFolder(guidanceFolder) : null;
            loaded?.Diagnostics.ToList().ForEach(diagnostics.Add);
            catalogue = loaded?.Catalogue ?? GuidanceCatalogue.Empty;
        }

        var files = YamlFolder.ListFiles(folder, diagnostics, [guidanceFolder]).Where(f => !Testing.RuleTestFileReader.IsTestFile(f)).ToList();
        return Load(files.Select(f => (f, SourceText.ReadFile(f, Kind.Text, diagnostics))), catalogue, types, diagnostics);
    }

    /// <summary>
    /// Loads several rule set folders as one rule set: the guidance catalogue from every folder's <c>guidance</c>
    /// subfolder (a document catalogued twice is an error), and the rule files of every folder (not the rule test files),
    /// folder by folder in the order given, each in ordinal order of its paths. A rule id used in two folders is an error, as in one folder.
    /// </summary>
    /// <param name="folders">The folders, for example the shipped rules and a folder of local rules.</param>
    public static RuleFilesLoadResult LoadFolders(IReadOnlyList<string> folders)
    {
        ArgumentNullException.ThrowIfNull(folders);
        if (folders.Count == 1)
        {
            return LoadFolder(folders[0]);
        }

        var diagnostics = new Diagnostics();
        var catalogueFiles = new List<string>();
        var ruleFiles = new List<string>();
        foreach (var folder in folders)
        {
            var guidanceFolder = Path.Combine(folder, GuidanceFolderName);
            if (Directory.Exists(guidanceFolder))
            {
                catalogueFiles.AddRange(YamlFolder.ListFiles(guidanceFolder, diagnostics));
            }

            ruleFiles.AddRange(YamlFolder.ListFiles(folder, diagnostics, [guidanceFolder]).Where(f => !Testing.RuleTestFileReader.IsTestFile(f)));
        }

        var loaded = GuidanceCatalogueLoader.LoadFiles(catalogueFiles);
        loaded.Diagnostics.ToList().ForEach(diagnostics.Add);
        return Load(ruleFiles.Select(f => (f, SourceText.ReadFile(f, Kind.Text, diagnostics))), loaded.Catalogue, null, diagnostics);
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
        return Load(files.Select(f => (f, SourceText.ReadFile(f, Kind.Text, diagnostics))).ToList(), catalogue, types, diagnostics);
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
        return Load(sources.Select(s => (s.File, SourceText.FromString(s.Text, s.File, Kind.Text, diagnostics))).ToList(), catalogue, types, diagnostics);
    }

    private static RuleFilesLoadResult Load(IEnumerable<(string File, string? Text)> files, GuidanceCatalogue catalogue, TypeCatalog? types, Diagnostics diagnostics)
    {
        types ??= TypeCatalog.ForDomainModel();
        var read = files.ToList();
        var syntaxes = ReadAll(read, catalogue, diagnostics);
        var (rules, kinds) = DerivedKindResolver.Compile(syntaxes, types, diagnostics);
        return new RuleFilesLoadResult(rules, kinds, catalogue, diagnostics.ToList(), Fingerprint(read.Select(f => f.Text ?? string.Empty)));
    }

    private static string Fingerprint(IEnumerable<string> texts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var text in texts)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(text));
            hash.AppendData([0]);
        }

        return "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

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
