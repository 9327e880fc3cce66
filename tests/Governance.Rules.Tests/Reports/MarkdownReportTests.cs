using Governance.Rules.Reports;
using static Governance.Rules.Tests.Reports.CheckReportBuilder;

namespace Governance.Rules.Tests.Reports;

public class MarkdownReportTests
{
    [Test]
    public void The_summary_is_a_table_of_authorities_by_severity_with_the_outcome()
    {
        var markdown = Written(SamplesChecked(), MarkdownReport.Write);

        markdown.Should().StartWith("## Governance check: findings to act on\n\n");
        markdown.Should().Contain("| Authority | Errors | Warnings | Notes | Departed |\n| --- | ---: | ---: | ---: | ---: |\n");
        markdown.Should().Contain("| Derby City Council (E06000015) | 1 | 0 | 1 | 0 |\n");
        markdown.Should().Contain("| Wigan Metropolitan Borough Council (E08000010) | 0 | 0 | 0 | 1 |\n");
        markdown.Should().Contain("| **Total** | 1 | 0 | 1 | 1 |\n");
    }

    [Test]
    public void With_a_baseline_the_table_counts_the_new_findings_and_lists_the_fixed_ones()
    {
        var before = SamplesChecked();
        var derbyError = before.Result!.Findings.Single(f => f.RuleId == "dcs-on-senior-management-team");
        var previous = new BaselineFinding("0123456789abcdef0123456789abcdef", "one-lead-member", "E06000015", "Derby City Council: two Lead Members.");
        var baseline = new BaselineComparison(
            "baseline.json",
            [.. before.Result.Findings.Where(f => f != derbyError)],
            [derbyError],
            [previous]);

        var markdown = Written(before with { Baseline = baseline }, MarkdownReport.Write);

        markdown.Should().Contain("| Authority | Errors | Warnings | Notes | Departed | New |\n");
        markdown.Should().Contain("| Derby City Council (E06000015) | 1 | 0 | 1 | 0 | 1 |\n");
        markdown.Should().Contain("Fixed since the baseline (1 finding):\n\n- `one-lead-member` (E06000015): Derby City Council: two Lead Members.\n");
        markdown.Should().Contain("| error (unchanged) | `dcs-on-senior-management-team` |");
    }
}
