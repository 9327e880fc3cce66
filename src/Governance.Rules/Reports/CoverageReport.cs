using System.Text.Json;
using Governance.Rules.Reports.Writing;

namespace Governance.Rules.Reports;

/// <summary>
/// The report of how much of the catalogued guidance a rule set checks (<see cref="GuidanceCoverage"/>), as text,
/// Markdown or JSON. Each starts with the headline figure, "N of M checkable items are checked", and the process items
/// that rules check too, then lists every item, document by document and section by section in catalogue order: the
/// rules that check it, or why none does (the evidence a process needs, the reason an item is not checkable). Line
/// ends are <c>\n</c>, the same coverage gives the same bytes, and text from the catalogue is escaped.
/// </summary>
public static class CoverageReport
{
    private const string Indent = "      ";

    /// <summary>Writes the report as text, for people and CI logs.</summary>
    /// <param name="coverage">The coverage.</param>
    /// <param name="output">Where the report goes.</param>
    /// <param name="ruleSetName">How to name the rule set, for example <c>shipped rules</c>; left out when <see langword="null"/>.</param>
    public static void WriteText(GuidanceCoverage coverage, TextWriter output, string? ruleSetName = null)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        ArgumentNullException.ThrowIfNull(output);
        output.Write(LineText.Escape(Headline(coverage) + RuleSetSuffix(coverage, ruleSetName)) + ".\n");
        output.Write(LineText.Escape(ProcessesChecked(coverage, id => id)) + "\n");
        output.Write(Tally(coverage) + "\n");
        foreach (var document in CoverageSections.Of(coverage))
        {
            output.Write("\n" + LineText.Escape(DocumentTitle(document)) + "\n");
            foreach (var section in document.Sections)
            {
                output.Write("\n" + LineText.Escape(section.Title) + "\n");
                foreach (var item in section.Items)
                {
                    output.Write(LineText.Escape($"  {item.Item.Number} {Status(item, ", ")}: {LineText.OneLine(item.Item.Heading)}") + "\n");
                    if (Detail(item.Item) is { } detail)
                    {
                        output.Write(Indent + LineText.OneLine($"{detail.Label}: {detail.Text}") + "\n");
                    }
                }
            }
        }
    }

    /// <summary>Writes the report as Markdown, for a pull-request comment or a page of documentation.</summary>
    /// <param name="coverage">The coverage.</param>
    /// <param name="output">Where the report goes.</param>
    /// <param name="ruleSetName">How to name the rule set, for example <c>shipped rules</c>; left out when <see langword="null"/>.</param>
    public static void WriteMarkdown(GuidanceCoverage coverage, TextWriter output, string? ruleSetName = null)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        ArgumentNullException.ThrowIfNull(output);
        output.Write($"## Guidance coverage: {Headline(coverage)}\n\n");
        var ruleSet = coverage.RuleSetVersion is { } version
            ? $"Rule set {MarkdownText.Code(version)}{(ruleSetName is null ? string.Empty : $" ({MarkdownText.Escape(ruleSetName)})")}. "
            : ruleSetName is null ? string.Empty : $"Rule set {MarkdownText.Escape(ruleSetName)}. ";
        output.Write($"{ruleSet}{Tally(coverage)}\n\n");
        output.Write(ProcessesChecked(coverage, MarkdownText.Code) + "\n");
        foreach (var document in CoverageSections.Of(coverage))
        {
            output.Write($"\n### {MarkdownText.Escape(DocumentTitle(document))}\n");
            foreach (var section in document.Sections)
            {
                output.Write($"\n#### {MarkdownText.Escape(section.Title)}\n\n");
                output.Write("| Item | Heading | Classification | Checked by | Evidence or reason |\n");
                output.Write("| --- | --- | --- | --- | --- |\n");
                foreach (var item in section.Items)
                {
                    var rules = string.Join(", ", item.RuleIds.Select(MarkdownText.Code));
                    var checkedBy = item.IsChecked ? rules
                        : item.Item.Classification == ItemClassification.Checkable ? "**not checked**"
                        : string.Empty;
                    output.Write(
                        $"| {MarkdownText.Escape(item.Item.Number)} | {MarkdownText.Escape(LineText.OneLine(item.Item.Heading))} | {Word(item.Item.Classification)} "
                        + $"| {checkedBy} | {(Detail(item.Item) is { } detail ? MarkdownText.Escape(LineText.OneLine(detail.Text)) : string.Empty)} |\n");
                }
            }
        }
    }

    /// <summary>
    /// Writes the report as JSON, for programs: <c>tool</c> (or <see langword="null"/>), <c>ruleSet</c>,
    /// <c>summary</c> and <c>documents</c> (each with its <c>sections</c> and their <c>items</c>), always in that order.
    /// </summary>
    /// <param name="coverage">The coverage.</param>
    /// <param name="output">Where the report goes.</param>
    /// <param name="ruleSetName">How to name the rule set, for example <c>shipped rules</c>; <see langword="null"/> when not given.</param>
    /// <param name="tool">The program writing the report; <see langword="null"/> when not given.</param>
    public static void WriteJson(GuidanceCoverage coverage, TextWriter output, string? ruleSetName = null, ReportTool? tool = null)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        ArgumentNullException.ThrowIfNull(output);
        JsonText.Write(output, json =>
        {
            json.WriteStartObject();
            if (tool is null)
            {
                json.WriteNull("tool");
            }
            else
            {
                json.WriteTool(tool, "coverage");
            }

            json.WriteStartObject("ruleSet");
            json.WriteOptionalString("name", ruleSetName);
            json.WriteOptionalString("version", coverage.RuleSetVersion);
            json.WriteEndObject();
            WriteSummary(json, coverage);
            json.WriteStartArray("documents");
            foreach (var document in CoverageSections.Of(coverage))
            {
                json.WriteStartObject();
                json.WriteString("id", document.Id);
                json.WriteOptionalString("title", document.Document?.Title);
                json.WriteOptionalString("edition", document.Document?.Edition);
                json.WriteStartArray("sections");
                foreach (var section in document.Sections)
                {
                    json.WriteStartObject();
                    json.WriteString("title", section.Title);
                    json.WriteStartArray("items");
                    foreach (var item in section.Items)
                    {
                        WriteItem(json, item);
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    /// <summary>The headline figure: <c>25 of 25 checkable items are checked</c>.</summary>
    /// <param name="coverage">The coverage.</param>
    internal static string Headline(GuidanceCoverage coverage) =>
        $"{coverage.CheckableChecked} of {Plural.Of(coverage.CheckableCount, "checkable item")} {(coverage.CheckableCount == 1 ? "is" : "are")} checked";

    private static string RuleSetSuffix(GuidanceCoverage coverage, string? ruleSetName) =>
        (coverage.RuleSetVersion, ruleSetName) switch
        {
            ({ } version, { } name) => $" by rule set {version} ({name})",
            ({ } version, null) => $" by rule set {version}",
            (null, { } name) => $" by {name}",
            _ => string.Empty,
        };

    /// <summary>The process items a rule checks: <c>Process items checked by rules: 3.33 (a), 4.4 (b).</c></summary>
    private static string ProcessesChecked(GuidanceCoverage coverage, Func<string, string> id)
    {
        var processes = coverage.Processes.ToList();
        var checkedOnes = processes.Where(p => p.IsChecked).ToList();
        return checkedOnes.Count == 0
            ? $"No process item is checked by a rule ({Plural.Of(processes.Count, "process item")} in all)."
            : $"{checkedOnes.Count} of {Plural.Of(processes.Count, "process item")} {(checkedOnes.Count == 1 ? "is" : "are")} checked by rules too: "
              + string.Join("; ", checkedOnes.Select(p => $"{p.Item.Number} by {string.Join(", ", p.RuleIds.Select(id))}")) + ".";
    }

    private static string Tally(GuidanceCoverage coverage)
    {
        int Count(ItemClassification classification) => coverage.Items.Count(i => i.Item.Classification == classification);
        return $"{Plural.Of(coverage.Items.Count, "item")} catalogued: {Count(ItemClassification.Checkable)} checkable, "
            + $"{Count(ItemClassification.Process)} process, {Count(ItemClassification.NotCheckable)} not checkable.";
    }

    private static string DocumentTitle(CoverageSections.DocumentGroup document) =>
        document.Document is { } d ? $"{d.Id}: {d.Title} ({d.Edition} edition)" : document.Id;

    /// <summary>What the item is and who checks it: <c>checked by a, b</c>, <c>NOT CHECKED</c>, <c>process</c>.</summary>
    private static string Status(ItemCoverage item, string separator)
    {
        var rules = string.Join(separator, item.RuleIds);
        return item.Item.Classification switch
        {
            ItemClassification.Checkable => item.IsChecked ? $"checked by {rules}" : "NOT CHECKED (checkable, but no rule cites it)",
            ItemClassification.Process => item.IsChecked ? $"process, checked by {rules}" : "process",
            _ => item.IsChecked ? $"not checkable, but cited by {rules}" : "not checkable",
        };
    }

    private static (string Label, string Text)? Detail(GuidanceItem item) => item switch
    {
        { Classification: ItemClassification.Process, Evidence: { } evidence } => ("Evidence", evidence),
        { Classification: ItemClassification.NotCheckable, Reason: { } reason } => ("Reason", reason),
        _ => null,
    };

    /// <summary>A classification as the catalogue spells it: <c>checkable</c>, <c>process</c>, <c>not-checkable</c>.</summary>
    private static string Word(ItemClassification classification) => classification switch
    {
        ItemClassification.Checkable => "checkable",
        ItemClassification.Process => "process",
        _ => "not-checkable",
    };

    private static void WriteSummary(Utf8JsonWriter json, GuidanceCoverage coverage)
    {
        var processes = coverage.Processes.ToList();
        json.WriteStartObject("summary");
        json.WriteNumber("items", coverage.Items.Count);
        json.WriteNumber("checkable", coverage.CheckableCount);
        json.WriteNumber("checkableChecked", coverage.CheckableChecked);
        json.WriteNumber("process", processes.Count);
        json.WriteNumber("processChecked", processes.Count(p => p.IsChecked));
        json.WriteNumber("notCheckable", coverage.Items.Count(i => i.Item.Classification == ItemClassification.NotCheckable));
        json.WriteString("headline", Headline(coverage));
        json.WriteEndObject();
    }

    private static void WriteItem(Utf8JsonWriter json, ItemCoverage coverage)
    {
        var item = coverage.Item;
        json.WriteStartObject();
        json.WriteString("number", item.Number);
        json.WriteString("citation", item.ToString());
        json.WriteString("heading", item.Heading);
        json.WriteString("quote", item.Quote);
        json.WriteStrings("obligations", item.Obligations);
        json.WriteString("classification", Word(item.Classification));
        json.WriteStrings("checkedBy", coverage.RuleIds);
        json.WriteOptionalString("evidence", item.Evidence);
        json.WriteOptionalString("reason", item.Reason);
        json.WriteLocation(item.Location);
        json.WriteEndObject();
    }
}

/// <summary>The items of a coverage grouped as the catalogue groups them: by document, then by section (a provision's section is its Act).</summary>
internal static class CoverageSections
{
    /// <summary>The groups, in catalogue order.</summary>
    /// <param name="coverage">The coverage.</param>
    public static IReadOnlyList<DocumentGroup> Of(GuidanceCoverage coverage) =>
        [.. coverage.Items
            .GroupBy(i => i.Item.Document, StringComparer.Ordinal)
            .Select(d => new DocumentGroup(
                d.Key,
                coverage.Documents.FirstOrDefault(x => string.Equals(x.Id, d.Key, StringComparison.Ordinal)),
                [.. d.GroupBy(i => SectionOf(i.Item), StringComparer.Ordinal).Select(s => new SectionGroup(s.Key, [.. s]))]))];

    /// <summary>The section an item is grouped under: its section in the guidance, or for a provision its Act.</summary>
    /// <param name="item">The item.</param>
    internal static string SectionOf(GuidanceItem item) =>
        item.Act is { } act ? $"{act} (provisions quoted)" : item.Section ?? "(no section)";

    /// <summary>A document's items, section by section.</summary>
    /// <param name="Id">The document's id.</param>
    /// <param name="Document">The document, when the coverage lists it.</param>
    /// <param name="Sections">Its sections in catalogue order.</param>
    public sealed record DocumentGroup(string Id, GuidanceDocument? Document, IReadOnlyList<SectionGroup> Sections);

    /// <summary>A section's items.</summary>
    /// <param name="Title">The section's title.</param>
    /// <param name="Items">Its items in catalogue order.</param>
    public sealed record SectionGroup(string Title, IReadOnlyList<ItemCoverage> Items);
}
