using Governance.Model;
using Governance.Rules.Reports;
using Governance.Rules.Reports.Writing;
using static Governance.Rules.Tests.Reports.CheckReportBuilder;

namespace Governance.Rules.Tests.Reports;

/// <summary>
/// Text from authority files (a person's name, a file name) that holds a line end or a control character can never
/// forge a line of a line-based report: a <c>file:line:col: error</c> line, a GitHub workflow command, a Markdown row.
/// </summary>
public class LineSafetyTests
{
    private const string Forged = "Jane\nauthorities/x.yaml:1:1: error GOV100: forged\n::error file=x::forged\u001b[2J\u202Egnirts";

    [Test]
    public void Line_ends_controls_and_reordering_characters_are_made_visible()
    {
        LineText.Escape("a\nb\r\tc\u001b[31m\u0085\u2028\u202E").Should().Be("a\\nb\\r\\tc\\u001B[31m\\u0085\\u2028\\u202E");
        LineText.Escape("Mrs O'Brien-Smith, Chair (née Åberg)").Should().Be("Mrs O'Brien-Smith, Chair (née Åberg)");
    }

    [Test]
    public void A_name_with_a_newline_forges_no_line_of_the_text_report()
    {
        var lines = Lines(Written(WithForgedName(), (r, w) => TextReport.Write(r, w, new TextReportOptions { Verbose = true })));

        lines.Should().NotContain(l => l.StartsWith("authorities/x.yaml", StringComparison.Ordinal) || l.StartsWith("::", StringComparison.Ordinal));
        lines.Should().NotContain(l => l.Any(LineText.IsUnsafe));
        lines.Should().Contain(l => l.Contains("Jane\\nauthorities/x.yaml:1:1: error GOV100: forged\\n::error", StringComparison.Ordinal));
    }

    [Test]
    public void A_name_with_a_newline_forges_no_workflow_command()
    {
        var lines = Lines(Written(WithForgedName(), GitHubReport.Write));

        lines.Should().OnlyContain(l => l.StartsWith("::error ", StringComparison.Ordinal) || l.StartsWith("::warning ", StringComparison.Ordinal)
            || l.StartsWith("::notice ", StringComparison.Ordinal) || l.StartsWith("Checked ", StringComparison.Ordinal));
        lines.Where(l => l.Contains("forged", StringComparison.Ordinal)).Should().OnlyContain(l => !l.Contains("::error file=x", StringComparison.Ordinal) || l.IndexOf("::error file=x", StringComparison.Ordinal) > 0);
        lines.Should().NotContain(l => l.Any(LineText.IsUnsafe));
    }

    [Test]
    public void A_file_name_with_a_newline_forges_no_line_nor_command()
    {
        var report = OneOfEverything();
        var badFile = "authorities/evil\n::error file=a.yaml::forged.yaml";
        var withBadFile = report with
        {
            AuthorityDiagnostics = [new Diagnostic("GOV120", DiagnosticSeverity.Error, "'x' is not a key.", new SourceLocation(badFile, 3, 5))],
        };

        foreach (var text in new[] { Written(withBadFile, (r, w) => TextReport.Write(r, w)), Written(withBadFile, GitHubReport.Write), Written(withBadFile, MarkdownReport.Write) })
        {
            Lines(text).Should().NotContain(l => l.StartsWith("::error file=a.yaml", StringComparison.Ordinal));
        }

        Written(withBadFile, GitHubReport.Write).Should().Contain("::error file=authorities/evil\\n%3A%3Aerror file=a.yaml%3A%3Aforged.yaml,line=3,col=5,title=GOV120::");
    }

    [Test]
    public void A_name_cannot_break_a_markdown_table_or_add_markup()
    {
        var report = OneOfEverything();
        var finding = report.Result!.Findings[0] with { AuthorityName = "Evil | <img src=x> [link](http://x) `code`\n| new row |" };
        var markdown = Written(report with { Result = report.Result with { Findings = [finding] } }, MarkdownReport.Write);

        var row = Lines(markdown).Single(l => l.Contains("Evil", StringComparison.Ordinal));
        row.Should().Contain("Evil \\| &lt;img src=x&gt; \\[link\\](http://x) \\`code\\`\\\\n\\| new row \\|");
        Lines(markdown).Should().NotContain(l => l.StartsWith("| new row", StringComparison.Ordinal));
    }

    private static CheckReport WithForgedName()
    {
        var report = OneOfEverything();
        var findings = report.Result!.Findings.Select(f => f with
        {
            Message = $"{Forged} is both DCS and DASS.",
            Evidence = [new Evidence("dcs", Forged, f.Location)],
            Remedy = "Separate\nthe posts.",
        }).ToList();
        return report with { Result = report.Result with { Findings = findings } };
    }

    private static string[] Lines(string text) => text.TrimEnd('\n').Split('\n');
}
