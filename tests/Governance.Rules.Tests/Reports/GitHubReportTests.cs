using Governance.Rules.Reports;
using static Governance.Rules.Tests.Reports.CheckReportBuilder;

namespace Governance.Rules.Tests.Reports;

public class GitHubReportTests
{
    [Test]
    public void Each_finding_is_a_workflow_command_at_its_file_line_and_column_then_the_summary()
    {
        var lines = Written(SamplesChecked(), GitHubReport.Write)
            .Replace(Loading.RepositoryFiles.Root + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal)
            .TrimEnd('\n').Split('\n');

        lines.Should().Contain(
            "::error file=samples/authorities/derby.yaml,line=66,col=5,title=dcs-on-senior-management-team [DCSF-00686-2009 para 3.5]::"
            + "Derby City Council: the Director of Children's Services, Yvonne Ashcombe, is not recorded as a member of the senior management team. "
            + "Remedy: Make the DCS a member of the senior management team and record it in the authority file.");
        lines.Should().Contain(l => l.StartsWith("::notice file=samples/authorities/wigan.yaml,line=82,col=5,title=dcs-dass-combined [DCSF-00686-2009 para 3.13] (departed)::", StringComparison.Ordinal));
        lines[^1].Should().StartWith("Checked 5 authorities as at 2010-09-01 against rule set ");
    }

    [Test]
    public void Problems_in_files_and_rule_errors_are_errors_and_percent_signs_are_escaped()
    {
        var report = OneOfEverything();
        var finding = report.Result!.Findings[0] with { Message = "100% done, really: yes" };
        var lines = Written(report with { Result = report.Result with { Findings = [finding] } }, GitHubReport.Write).Split('\n');

        lines.Should().Contain("::error file=authorities/broken.yaml,line=3,col=5,title=GOV120::'x' is not a key.");
        lines.Should().Contain("::error file=rules/broken.yaml,line=4,col=3,title=rule error broken-rule::the condition failed: no value (evaluating E06000015)");
        lines.Should().Contain(l => l.Contains("::100%25 done, really: yes Remedy:", StringComparison.Ordinal));
    }
}
