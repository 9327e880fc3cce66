using System.Text.Json;
using Governance.Rules.Reports;
using Governance.Rules.Tests.Loading;

namespace Governance.Rules.Tests.Reports;

/// <summary>
/// The coverage report: the headline figure first, then every item of the catalogue section by section, with the rules
/// that check it or why none does. The figures are computed from <see cref="GuidanceCoverage"/>, never written here.
/// </summary>
public sealed class CoverageReportTests
{
    private static readonly RuleSet Shipped = RuleSet.LoadOrThrow(RepositoryFiles.Rules);

    /// <summary>
    /// The catalogue of the example local rules (<c>samples/local-rules</c>) with texts that try to break the report:
    /// a line break, table bars, markup, a link.
    /// </summary>
    private const string HostileCatalogue = """
        id: LOCAL-PROTOCOL
        title: "A local <b>protocol</b>"
        kind: local protocol
        reference: LOCAL-PROTOCOL
        edition: "2010"
        inForce: { from: 2009-07-01 }
        paragraphs:
          - { number: "1.1", section: "Chairing | [link](http://x)", heading: "An independent\nchair", quote: the Board is chaired by someone independent of the council, obligations: [should], classification: checkable }
          - { number: "1.2", section: "Chairing | [link](http://x)", heading: "A deputy | <script>x</script>", quote: the board has a deputy chair, obligations: [should], classification: checkable }
          - { number: "1.3", section: Meetings, heading: Minutes, quote: minutes are kept, obligations: [should], classification: process, evidence: "The *minutes*\nof each meeting." }
        """;

    private static GuidanceCoverage LocalCoverage => GuidanceCoverage.Of(RuleSet.LoadOrThrow(
        [
            RuleSetFile.FromText("guidance/LOCAL-PROTOCOL.yaml", HostileCatalogue),
            RuleSetFile.FromText("local.yaml", File.ReadAllText(Path.Combine(RepositoryFiles.Root, "samples", "local-rules", "lscb-chair-independent-of-council.yaml"))),
        ]));

    [Test]
    public void The_text_starts_with_the_headline_figure_and_the_process_items_rules_check()
    {
        var coverage = GuidanceCoverage.Of(Shipped);
        var processesChecked = coverage.Processes.Where(p => p.IsChecked).ToList();

        var lines = Text(coverage, "shipped rules").Split('\n');

        lines[0].Should().Be($"{coverage.CheckableChecked} of {coverage.CheckableCount} checkable items are checked by rule set {Shipped.Version} (shipped rules).");
        processesChecked.Should().NotBeEmpty("the shipped rules check the records of some processes");
        lines[1].Should().StartWith($"{processesChecked.Count} of {coverage.Processes.Count()} process items are checked by rules too: ");
        foreach (var process in processesChecked)
        {
            lines[1].Should().Contain($"{process.Item.Number} by {string.Join(", ", process.RuleIds)}");
        }
    }

    [Test]
    public void Every_item_is_listed_once_under_its_section_in_catalogue_order()
    {
        var coverage = GuidanceCoverage.Of(Shipped);

        var lines = Text(coverage).Split('\n');

        var itemLines = lines.Where(l => l.StartsWith("  ", StringComparison.Ordinal) && !l.StartsWith("      ", StringComparison.Ordinal)).ToList();
        itemLines.Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]).Should().Equal(coverage.Items.Select(i => i.Item.Number));
        var sections = coverage.Items.Select(i => i.Item.Act is null ? i.Item.Section! : $"{i.Item.Act} (provisions quoted)").Distinct().ToList();
        lines.Where(sections.Contains).Should().Equal(sections, "each section is a heading of its own, in the catalogue's order");
        foreach (var item in coverage.Items)
        {
            var line = itemLines.Single(l => l.StartsWith($"  {item.Item.Number} ", StringComparison.Ordinal));
            line.Should().Contain(item.Item.Classification switch
            {
                ItemClassification.Checkable => $"checked by {string.Join(", ", item.RuleIds)}: ",
                ItemClassification.Process => item.IsChecked ? "process, checked by " : "process: ",
                _ => "not checkable: ",
            });
        }
    }

    [Test]
    public void A_process_shows_its_evidence_an_item_not_checkable_its_reason_and_an_unchecked_checkable_item_says_so()
    {
        var text = Text(LocalCoverage);

        text.Should().StartWith("1 of 2 checkable items are checked by rule set sha256:");
        text.Should().Contain("  1.1 checked by lscb-chair-independent-of-council: An independent chair\n");
        text.Should().Contain("  1.2 NOT CHECKED (checkable, but no rule cites it): A deputy | <script>x</script>\n");
        text.Should().Contain("  1.3 process: Minutes\n      Evidence: The *minutes* of each meeting.\n");
        Text(GuidanceCoverage.Of(Shipped)).Should().Contain("  1.1 not checkable: Every Child Matters: the programme of change and the five outcomes\n      Reason: An aim for the two roles together;");
    }

    [Test]
    public void Markdown_escapes_the_catalogue_s_text_so_it_cannot_break_the_table_or_add_markup()
    {
        var markdown = Write(LocalCoverage, (c, w) => CoverageReport.WriteMarkdown(c, w, "local | rules"));

        markdown.Should().StartWith("## Guidance coverage: 1 of 2 checkable items are checked\n\nRule set `sha256:");
        markdown.Should().Contain("(local \\| rules)");
        markdown.Should().Contain("### LOCAL-PROTOCOL: A local &lt;b&gt;protocol&lt;/b&gt; (2010 edition)\n");
        markdown.Should().Contain("#### Chairing \\| \\[link\\](http://x)\n");
        markdown.Should().Contain("| 1.2 | A deputy \\| &lt;script&gt;x&lt;/script&gt; | checkable | **not checked** |  |\n");
        markdown.Should().Contain("| 1.1 | An independent chair | checkable | `lscb-chair-independent-of-council` |  |\n");
        markdown.Should().Contain("| 1.3 | Minutes | process |  | The \\*minutes\\* of each meeting. |\n");
        markdown.Should().NotContain("<script>").And.NotContain("[link](");
    }

    [Test]
    public void Json_has_the_summary_and_each_item_with_its_rules_and_its_place_in_the_catalogue()
    {
        var coverage = GuidanceCoverage.Of(Shipped);

        var json = Write(coverage, (c, w) => CoverageReport.WriteJson(c, w, "shipped rules", new ReportTool("governance", "1.2.3")));

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        root.EnumerateObject().Select(p => p.Name).Should().Equal("tool", "ruleSet", "summary", "documents");
        root.GetProperty("tool").GetProperty("command").GetString().Should().Be("coverage");
        root.GetProperty("ruleSet").GetProperty("version").GetString().Should().Be(Shipped.Version);
        var summary = root.GetProperty("summary");
        summary.GetProperty("checkable").GetInt32().Should().Be(coverage.CheckableCount);
        summary.GetProperty("checkableChecked").GetInt32().Should().Be(coverage.CheckableChecked);
        summary.GetProperty("items").GetInt32().Should().Be(coverage.Items.Count);
        var items = root.GetProperty("documents").EnumerateArray()
            .SelectMany(d => d.GetProperty("sections").EnumerateArray())
            .SelectMany(s => s.GetProperty("items").EnumerateArray())
            .ToList();
        items.Select(i => i.GetProperty("number").GetString()).Should().Equal(coverage.Items.Select(i => i.Item.Number));
        var item = items.Single(i => i.GetProperty("number").GetString() == "3.13");
        item.GetProperty("checkedBy").EnumerateArray().Select(r => r.GetString()).Should().Equal(coverage.Items.Single(i => i.Item.Number == "3.13").RuleIds);
        item.GetProperty("citation").GetString().Should().Be("DCSF-00686-2009 para 3.13");
        item.GetProperty("classification").GetString().Should().Be("checkable");
        item.GetProperty("file").GetString().Should().EndWith("DCSF-00686-2009.yaml");
        item.GetProperty("line").GetInt32().Should().BePositive();
        items.Single(i => i.GetProperty("number").GetString() == "1.1").GetProperty("classification").GetString().Should().Be("not-checkable");
    }

    [Test]
    public void Every_format_writes_newline_line_ends_and_the_same_bytes_for_the_same_coverage()
    {
        foreach (var write in new Action<GuidanceCoverage, TextWriter>[]
        {
            (c, w) => CoverageReport.WriteText(c, w),
            (c, w) => CoverageReport.WriteMarkdown(c, w),
            (c, w) => CoverageReport.WriteJson(c, w),
        })
        {
            var first = Write(GuidanceCoverage.Of(Shipped), write);

            first.Should().NotContain("\r").And.EndWith("\n");
            Write(GuidanceCoverage.Of(RuleSet.LoadOrThrow(RepositoryFiles.Rules)), write).Should().Be(first);
        }
    }

    private static string Text(GuidanceCoverage coverage, string? name = null) => Write(coverage, (c, w) => CoverageReport.WriteText(c, w, name));

    private static string Write(GuidanceCoverage coverage, Action<GuidanceCoverage, TextWriter> write)
    {
        using var writer = new StringWriter { NewLine = "\r\n" };
        write(coverage, writer);
        return writer.ToString();
    }
}
