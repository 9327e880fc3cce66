using System.Text.RegularExpressions;
using Governance.Model;
using Governance.Reading;
using Governance.Reading.Text;
using Governance.Reading.Yaml;
using Governance.Rules.Guidance;
using Governance.Rules.Loading.Yaml;

namespace Governance.Rules.Loading;

/// <summary>What loading guidance catalogue files gave: the catalogue of the documents without errors, and every problem found.</summary>
/// <param name="Catalogue">The documents that loaded.</param>
/// <param name="Diagnostics">The problems, ordered by file, line and column.</param>
internal sealed record GuidanceCatalogueLoadResult(GuidanceCatalogue Catalogue, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether any problem is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}

/// <summary>
/// Loads guidance catalogue files (<c>rules/guidance/*.yaml</c>): each document's id, title, edition, the powers it is
/// issued under, its period in force, and its numbered paragraphs and quoted provisions, strictly and with places.
/// </summary>
internal static partial class GuidanceCatalogueLoader
{
    /// <summary>The largest catalogue file accepted, in bytes.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    internal static readonly RuleSetFileKind Kind = new("guidance catalogue file", MaxFileBytes, maxDepth: 16, maxDocuments: 100);

    private static readonly string[] DocumentKeys =
        ["id", "title", "kind", "publisher", "reference", "edition", "issuedUnder", "replaces", "provisionsOf", "inForce", "paragraphs", "provisions"];

    private static readonly string[] RequiredDocumentKeys = ["id", "title", "kind", "reference", "edition", "inForce", "paragraphs"];
    private static readonly string[] PeriodKeys = ["from", "fromBasis", "until", "untilBasis"];
    private static readonly string[] ParagraphKeys = ["number", "section", "heading", "quote", "obligations", "classification", "evidence", "reason"];
    private static readonly string[] RequiredParagraphKeys = ["number", "heading", "quote", "obligations", "classification"];
    private static readonly string[] ProvisionKeys = ["number", "heading", "quote", "obligations", "classification", "evidence", "reason", "commencement"];

    private static readonly string[] DetailKeys = ["evidence", "reason"];

    /// <summary>The obligation words a catalogue item may list, as the guidance writes them; "none" stands alone.</summary>
    private static readonly string[] ObligationWords = ["must", "should", "may", "could", "might", "not recommended"];

    private static readonly (string Name, ItemClassification Value)[] Classifications =
        [("checkable", ItemClassification.Checkable), ("process", ItemClassification.Process), ("not-checkable", ItemClassification.NotCheckable)];
    private static readonly string[] CommencementKeys = ["date", "meaning", "source"];

    /// <summary>Loads every catalogue file under a folder (recursively, in ordinal order of paths).</summary>
    /// <param name="folder">The folder, for example <c>rules/guidance</c>.</param>
    public static GuidanceCatalogueLoadResult LoadFolder(string folder)
    {
        var diagnostics = new Diagnostics();
        var files = YamlFolder.ListFiles(folder, diagnostics);
        return Load(files.Select(f => (f, SourceText.ReadFile(f, Kind.Text, diagnostics))), diagnostics);
    }

    /// <summary>Loads catalogue files by path.</summary>
    /// <param name="paths">The files.</param>
    public static GuidanceCatalogueLoadResult LoadFiles(IEnumerable<string> paths)
    {
        var diagnostics = new Diagnostics();
        return Load(paths.Select(f => (f, SourceText.ReadFile(f, Kind.Text, diagnostics))).ToList(), diagnostics);
    }

    /// <summary>Loads catalogue text given as a string, reported under a file name.</summary>
    /// <param name="text">The YAML text.</param>
    /// <param name="file">The name to report it under.</param>
    public static GuidanceCatalogueLoadResult LoadText(string text, string file)
    {
        var diagnostics = new Diagnostics();
        return Load([(file, SourceText.FromString(text, file, Kind.Text, diagnostics))], diagnostics);
    }

    /// <summary>Loads catalogue files already read, reporting into a load's diagnostics.</summary>
    /// <param name="files">Each file's name and text (<see langword="null"/> when it could not be read).</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    public static GuidanceCatalogueLoadResult Load(IEnumerable<(string File, string? Text)> files, Diagnostics diagnostics)
    {
        var documents = new List<CataloguedDocument>();
        var seen = new Dictionary<string, CataloguedDocument>(StringComparer.Ordinal);
        foreach (var (file, text) in files)
        {
            if (text is null)
            {
                continue;
            }

            var reader = new NodeReader(diagnostics, Kind.KindOfFile);
            foreach (var yaml in YamlTreeReader.Read(new SourceLines(file, text), Kind, diagnostics).Documents)
            {
                var before = diagnostics.ErrorCount;
                var document = ReadDocument(yaml.Root, reader);
                if (document is null || yaml.HasErrors || diagnostics.ErrorCount > before)
                {
                    continue;
                }

                if (seen.TryGetValue(document.Id, out var first))
                {
                    diagnostics.Error(
                        RuleDiagnosticCodes.DuplicateDocument,
                        $"The document '{document.Id}' is already described at {first.Location}. Describe each document once; a new edition gets its own id.",
                        document.Location);
                    continue;
                }

                seen.Add(document.Id, document);
                documents.Add(document);
            }
        }

        return new GuidanceCatalogueLoadResult(new GuidanceCatalogue(documents), diagnostics.ToList());
    }

    private static CataloguedDocument? ReadDocument(YamlMapping root, NodeReader reader)
    {
        reader.CheckKeys(root, "a guidance document", DocumentKeys, RequiredDocumentKeys);
        var id = Text(root, "id", "the document's id", reader);
        if (id is not null && !DocumentIdPattern().IsMatch(id))
        {
            reader.Diagnostics.Error(
                RuleDiagnosticCodes.BadParagraphNumber,
                $"The document id '{id}' should be letters, digits and '-', such as DCSF-00686-2009.",
                root.Find("id")!.Value.Location);
            id = null;
        }

        var title = Text(root, "title", "the document's title", reader);
        var kind = Text(root, "kind", "the document's kind", reader);
        var publisher = Text(root, "publisher", "the publisher", reader);
        var reference = Text(root, "reference", "the document's reference", reader);
        var edition = Text(root, "edition", "the edition", reader);
        var replaces = Text(root, "replaces", "what the document replaces", reader);
        var provisionsOf = Text(root, "provisionsOf", "the Act whose provisions the document quotes", reader);
        var issuedUnder = root.Find("issuedUnder") is { } issued
            ? reader.TextList(issued.Value, "'issuedUnder'")?.Select(s => s.Value.Trim()).ToList()
            : [];

        var period = ReadPeriod(root, reader);
        var parts = new List<GuidancePart>();
        var numbers = new Dictionary<string, GuidancePart>(StringComparer.Ordinal);
        ReadParts(root, "paragraphs", GuidancePartKind.Paragraph, reader, parts, numbers);
        ReadParts(root, "provisions", GuidancePartKind.Provision, reader, parts, numbers);

        return id is null || title is null || kind is null || reference is null || edition is null || issuedUnder is null || period is null
            ? null
            : new CataloguedDocument(id, title, kind, publisher, reference, edition, issuedUnder, replaces, provisionsOf, period, parts, root.Location);
    }

    private static DocumentPeriod? ReadPeriod(YamlMapping root, NodeReader reader)
    {
        if (root.Find("inForce") is not { } entry || reader.Mapping(entry.Value, "'inForce'") is not { } period)
        {
            return null;
        }

        reader.CheckKeys(period, "'inForce'", PeriodKeys, ["from"]);
        var from = period.Find("from") is { } f ? reader.Date(f.Value, "the date in force from") : null;
        var until = period.Find("until") is { } u && u.Value is not YamlScalar { IsNull: true }
            ? reader.Date(u.Value, "the date in force until")
            : null;
        if (from is { } start && until is { } end && end < start)
        {
            reader.Diagnostics.Error(
                RuleDiagnosticCodes.EffectivePeriodReversed,
                $"The document is in force until {end:yyyy-MM-dd}, which is before it comes into force ({start:yyyy-MM-dd}). 'until' must be on or after 'from'.",
                period.Find("until")!.Value.Location);
        }

        var fromBasis = Text(period, "fromBasis", "where the first day in force comes from", reader);
        var untilBasis = Text(period, "untilBasis", "where the last day in force comes from", reader);
        return from is null ? null : new DocumentPeriod(from.Value, until, fromBasis, untilBasis);
    }

    private static void ReadParts(
        YamlMapping root,
        string key,
        GuidancePartKind kind,
        NodeReader reader,
        List<GuidancePart> parts,
        Dictionary<string, GuidancePart> numbers)
    {
        if (root.Find(key) is not { } entry || reader.Sequence(entry.Value, $"'{key}'") is not { } list)
        {
            return;
        }

        var what = kind == GuidancePartKind.Paragraph ? "a paragraph" : "a provision";
        foreach (var item in list.Items)
        {
            if (reader.Mapping(item, $"{what} of '{key}'") is not { } mapping)
            {
                continue;
            }

            reader.CheckKeys(mapping, what, kind == GuidancePartKind.Paragraph ? ParagraphKeys : ProvisionKeys, RequiredParagraphKeys);
            var number = Text(mapping, "number", $"the number of {what}", reader);
            var heading = Text(mapping, "heading", $"the heading of {what}", reader);
            var section = kind == GuidancePartKind.Paragraph ? Text(mapping, "section", "the section", reader) : null;
            var commencement = kind == GuidancePartKind.Provision ? ReadCommencement(mapping, reader) : null;
            var quote = Text(mapping, "quote", $"the quote of {what}", reader);
            var obligations = ReadObligations(mapping, reader);
            var (classification, detail) = ReadClassification(mapping, reader);
            if (number is null || heading is null || quote is null || obligations is null || classification is null)
            {
                continue;
            }

            var pattern = kind == GuidancePartKind.Paragraph ? ParagraphNumberPattern() : ProvisionNumberPattern();
            if (!pattern.IsMatch(number))
            {
                reader.Diagnostics.Error(
                    RuleDiagnosticCodes.BadParagraphNumber,
                    kind == GuidancePartKind.Paragraph
                        ? $"The paragraph number '{number}' should be the section and paragraph joined by a dot, such as 3.13."
                        : $"The provision number '{number}' should be 's', the section and its subsections in brackets, such as s18(8).",
                    mapping.Find("number")!.Value.Location);
                continue;
            }

            if (numbers.TryGetValue(number, out var first))
            {
                reader.Diagnostics.Error(
                    RuleDiagnosticCodes.DuplicateParagraph,
                    $"'{number}' is already listed on line {first.Location.Line}. List each paragraph or provision once.",
                    mapping.Find("number")!.Value.Location);
                continue;
            }

            var part = new GuidancePart(number, kind, heading, section, commencement, mapping.Location)
            {
                Quote = quote,
                Obligations = obligations,
                Classification = classification.Value,
                Detail = detail,
            };
            numbers.Add(number, part);
            parts.Add(part);
        }
    }

    /// <summary>The obligation words of an item: a list of known words, or <c>[none]</c>; <see langword="null"/> when wrong.</summary>
    private static List<string>? ReadObligations(YamlMapping item, NodeReader reader)
    {
        if (item.Find("obligations") is not { } entry || reader.TextList(entry.Value, "'obligations'") is not { } words)
        {
            return null;
        }

        var result = new List<string>();
        foreach (var word in words)
        {
            if (word.Value == "none" && words.Count == 1)
            {
                return result;
            }

            if (!ObligationWords.Contains(word.Value, StringComparer.Ordinal))
            {
                reader.Diagnostics.Error(
                    RuleDiagnosticCodes.BadObligationWord,
                    word.Value == "none"
                        ? "'none' means the text uses no obligation word, so it stands alone: remove it or the other words."
                        : $"'{YamlScalar.Shorten(word.Value)}' is not an obligation word the catalogue knows.{Suggestions.DidYouMean(word.Value, ObligationWords)} " +
                          $"Write the words the text uses: {string.Join(", ", ObligationWords)}; or [none].",
                    word.Location);
                return null;
            }

            result.Add(word.Value);
        }

        if (result.Count == 0)
        {
            reader.Diagnostics.Error(
                RuleDiagnosticCodes.BadObligationWord,
                "'obligations' is empty: write the obligation words the text uses, or [none] when it uses none.",
                entry.Value.Location);
            return null;
        }

        return result;
    }

    /// <summary>The classification of an item and its detail: the evidence of a process, the reason an item is not checkable.</summary>
    private static (ItemClassification? Classification, string? Detail) ReadClassification(YamlMapping item, NodeReader reader)
    {
        var evidence = Text(item, "evidence", "the record that would evidence the process", reader);
        var reason = Text(item, "reason", "why the item is not checkable", reader);
        if (item.Find("classification") is not { } entry || reader.NonEmptyText(entry.Value, "the classification") is not { } written)
        {
            return (null, null);
        }

        var names = Classifications.Select(c => c.Name).ToList();
        var index = names.IndexOf(written);
        if (index < 0)
        {
            reader.Diagnostics.Error(
                RuleDiagnosticCodes.UnknownClassification,
                $"'{YamlScalar.Shorten(written)}' is not a classification.{Suggestions.DidYouMean(written, names)} Write checkable, process or not-checkable.",
                entry.Value.Location);
            return (null, null);
        }

        var classification = Classifications[index].Value;
        var needed = classification switch
        {
            ItemClassification.Process => "evidence",
            ItemClassification.NotCheckable => "reason",
            _ => null,
        };
        var ok = true;
        foreach (var key in DetailKeys.Where(k => k != needed && item.Find(k) is not null))
        {
            ok = false;
            reader.Diagnostics.Error(
                RuleDiagnosticCodes.ClassificationDetail,
                $"'{key}' is for {(key == "evidence" ? "a process item (what record would show it was done)" : "a not-checkable item (why it cannot be checked)")}, but this item is {written}. Remove it, or change the classification.",
                item.Find(key)!.Key.Location);
        }

        if (needed is not null && item.Find(needed) is null)
        {
            ok = false;
            reader.Diagnostics.Error(
                RuleDiagnosticCodes.ClassificationDetail,
                needed == "evidence"
                    ? "A process item needs 'evidence': the record that would show the process was done, for example 'a dated review of kind referralPoints'."
                    : "A not-checkable item needs 'reason': why no authority file can show it met, for example 'context: no duty on the authority'.",
                entry.Key.Location);
        }

        return ok ? (classification, classification == ItemClassification.Process ? evidence : reason) : (null, null);
    }

    private static Commencement? ReadCommencement(YamlMapping provision, NodeReader reader)
    {
        if (provision.Find("commencement") is not { } entry || reader.Mapping(entry.Value, "'commencement'") is not { } mapping)
        {
            return null;
        }

        reader.CheckKeys(mapping, "'commencement'", CommencementKeys, CommencementKeys);
        var date = mapping.Find("date") is { } d ? reader.Date(d.Value, "the commencement date") : null;
        var meaning = Text(mapping, "meaning", "what the commencement date is", reader);
        var source = Text(mapping, "source", "the source of the commencement date", reader);
        return date is null || meaning is null || source is null ? null : new Commencement(date.Value, meaning, source);
    }

    private static string? Text(YamlMapping mapping, string key, string what, NodeReader reader) =>
        mapping.Find(key) is { } entry ? reader.NonEmptyText(entry.Value, what) : null;

    [GeneratedRegex(@"^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DocumentIdPattern();

    [GeneratedRegex(@"^[0-9]{1,3}\.[0-9]{1,3}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ParagraphNumberPattern();

    [GeneratedRegex(@"^s[0-9]{1,4}[A-Z]{0,2}(\([0-9]{1,3}[A-Za-z]?\)){0,3}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ProvisionNumberPattern();
}
