using System.Text.RegularExpressions;
using Governance.Model;
using Governance.Model.Loading;
using Governance.Rules.Reports;
using Governance.Rules.Tests.Loading;

namespace Governance.Rules.Tests.Reports.Html;

/// <summary>
/// The HTML report's text, without a browser: what it is made of, that it is the same bytes for the same input, and
/// that nothing from an input file reaches the page as markup. Governance.Rules.BrowserTests opens it in a browser.
/// </summary>
public class HtmlReportTests
{
    private static readonly Lazy<RuleSet> Shipped = new(() => RuleSet.LoadOrThrow(RepositoryFiles.Rules));

    private static string Samples => Path.Combine(RepositoryFiles.Root, "samples", "authorities");

    [Test]
    public void Write_SameAuthoritiesInAnotherOrder_GivesTheSameBytes()
    {
        var authorities = AuthorityLoader.LoadFolderOrThrow(Samples);
        var reversed = authorities.Reverse().ToList();

        var first = Write(Shipped.Value.Evaluate(authorities), authorities);
        var second = Write(Shipped.Value.Evaluate(reversed), reversed);

        second.Should().Be(first);
        first.Should().NotContain("\r", "line ends are \\n on every system");
    }

    [Test]
    public void Write_Samples_IsOnePageWithItsStylesAndScriptInlineAndNothingFetched()
    {
        var authorities = AuthorityLoader.LoadFolderOrThrow(Samples);

        var html = Write(Shipped.Value.Evaluate(authorities), authorities);

        html.Should().StartWith("<!DOCTYPE html>\n<html lang=\"en-GB\">");
        Regex.Matches(html, "<style>").Should().ContainSingle();
        Regex.Matches(html, "<script>").Should().ContainSingle();
        html.Should().NotMatchRegex("(src|href)=\"(https?:)?//", "nothing is fetched: the page works from a file and offline");
        html.Should().NotContain("<link").And.NotContain("@import");
    }

    [Test]
    public void Write_Samples_HasARowPerAuthorityAndACellPerRuleThatReportsFindings()
    {
        var authorities = AuthorityLoader.LoadFolderOrThrow(Samples);
        var rules = Shipped.Value.Rules.Where(r => r.Obligation is not null).ToList();

        var html = Write(Shipped.Value.Evaluate(authorities), authorities);

        Regex.Matches(html, "<tr data-name=").Should().HaveCount(authorities.Count);
        Regex.Matches(html, "<td class=\"c c-").Should().HaveCount(authorities.Count * rules.Count);
        foreach (var rule in rules)
        {
            html.Should().Contain($"data-rule=\"{rule.Id}\"");
        }
    }

    [Test]
    public void Write_ValuesFromAuthorityFiles_AreEscapedEverywhere()
    {
        var derby = File.ReadAllText(Path.Combine(Samples, "derby.yaml"))
            .Replace("name: Derby City Council", "name: \"Derby <img src=x onerror=\\\"alert(2)\\\"> City Council\"", StringComparison.Ordinal)
            .Replace("Yvonne Ashcombe", "<script>alert(1)</script> & 'Yvonne' \"Ash\"", StringComparison.Ordinal);
        var loaded = AuthorityLoader.LoadText(derby, "derby-<b>.yaml");
        loaded.HasErrors.Should().BeFalse();

        var html = Write(Shipped.Value.Evaluate(loaded.Authorities), loaded.Authorities);

        Regex.Matches(html, "<script").Should().ContainSingle("the page's own script is the only one");
        html.Should().NotContain("<img").And.NotContain("<b>").And.NotContain("alert(1)</script>");
        html.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;Yvonne&#39; &quot;Ash&quot;")
            .And.Contain("Derby &lt;img src=x onerror=&quot;alert(2)&quot;&gt; City Council")
            .And.Contain("derby-&lt;b&gt;.yaml");
    }

    [Test]
    public void Write_BeforeAnyRuleIsInForce_GreysEveryCell()
    {
        var authorities = AuthorityLoader.LoadFolderOrThrow(Samples);

        var html = Write(Shipped.Value.Evaluate(authorities, new EvaluationOptions { AsAt = new DateOnly(2000, 1, 1) }), authorities);

        html.Should().Contain("data-state=\"off\"").And.NotContain("data-state=\"met\"");
    }

    [Test]
    public void Write_ARuleThatFailed_MarksItsCellUnknownNotMet()
    {
        var authorities = AuthorityLoader.LoadFolderOrThrow(Samples);
        var evaluated = Shipped.Value.Evaluate(authorities);
        var rule = evaluated.RulesInForce[0];
        var failed = evaluated with
        {
            Findings = [.. evaluated.Findings.Where(f => f.RuleId != rule)],
            Errors = [new RuleError(rule, authorities[0].Code, "Division by zero in a test", new SourceLocation("rules/x.yaml", 3, 5))],
        };

        var html = Write(failed, authorities);

        Regex.Matches(html, "data-state=\"unknown\"").Should().ContainSingle();
        html.Should().Contain("Division by zero in a test").And.Contain("rules/x.yaml:3:5");
    }

    [Test]
    public void Write_ACheckThatEvaluatedNothing_IsAPageSayingSoWithEveryProblemInItsPlaceEscaped()
    {
        var loaded = AuthorityLoader.LoadPaths([Path.Combine(RepositoryFiles.Root, "samples", "invalid", "unknown-key.yaml")]);
        var report = CheckReportBuilder.Report(loaded, result: null) with
        {
            AuthorityDiagnostics = [.. loaded.Diagnostics, new Diagnostic("GOV120", DiagnosticSeverity.Error, "'<script>' is not a key.", new SourceLocation("a&b.yaml", 3, 5))],
        };

        var html = CheckReportBuilder.Written(report, HtmlReport.Write);

        html.Should().StartWith("<!DOCTYPE html>\n").And.EndWith("</html>\n");
        html.Should().Contain("<h1>Nothing was checked</h1>").And.NotContain("id=\"matrix\"");
        html.Should().Contain(loaded.Diagnostics[0].Location.ToString()).And.Contain("error GOV120");
        html.Should().Contain("a&amp;b.yaml:3:5: error GOV120: &#39;&lt;script&gt;&#39; is not a key.").And.NotContain("<script>");
    }

    [Test]
    public void Write_ACheckWithNoRuleInForce_IsThePageSayingNothingWasCheckedNotAnEmptyMatrix()
    {
        var authorities = AuthorityLoader.LoadFolderOrThrow(Samples);
        var result = Shipped.Value.Evaluate(authorities, new EvaluationOptions { AsAt = new DateOnly(2007, 6, 1) });
        var report = CheckReportBuilder.Report(AuthorityLoader.LoadPaths([Samples]), result);

        var html = CheckReportBuilder.Written(report, HtmlReport.Write);

        html.Should().Contain("<h1>Nothing was checked</h1>").And.Contain("No rule is in force as at 2007-06-01");
    }

    [Test]
    public void Write_ACheckThatEvaluated_IsTheFullPage()
    {
        var html = CheckReportBuilder.Written(CheckReportBuilder.SamplesChecked(), HtmlReport.Write);

        html.Should().Contain("id=\"matrix\"").And.NotContain("Nothing was checked");
    }

    private static string Write(EvaluationResult result, IReadOnlyList<Authority> authorities)
    {
        using var output = new StringWriter();
        HtmlReport.Write(result, Shipped.Value.Rules, authorities, output);
        return output.ToString();
    }
}
