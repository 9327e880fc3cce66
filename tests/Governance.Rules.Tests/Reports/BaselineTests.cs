using Governance.Rules.Reports;
using Governance.Rules.Reports.Writing;
using static Governance.Rules.Tests.Reports.CheckReportBuilder;

namespace Governance.Rules.Tests.Reports;

public class BaselineTests
{
    private string folder = null!;

    [SetUp]
    public void MakeFolder() => Directory.CreateDirectory(folder = Path.Combine(Path.GetTempPath(), "governance-baseline-tests", Guid.NewGuid().ToString("N")));

    [TearDown]
    public void RemoveFolder() => Directory.Delete(folder, recursive: true);

    [TestCase("json")]
    [TestCase("sarif")]
    public void A_report_read_back_as_a_baseline_makes_every_finding_unchanged(string format)
    {
        var report = SamplesChecked();
        var file = Save(report, format);

        var loaded = Baseline.Load(file);
        var comparison = loaded.Baseline!.Compare(report.Result!.Findings);

        loaded.Diagnostics.Should().BeEmpty();
        comparison.Unchanged.Should().HaveCount(report.Result.Findings.Count);
        comparison.New.Should().BeEmpty();
        comparison.Fixed.Should().BeEmpty();
        (report with { Baseline = comparison }).Outcome.Should().Be(CheckOutcome.Passed, "findings already in the baseline do not fail the check");
    }

    [Test]
    public void A_finding_not_in_the_baseline_is_new_and_fails_and_one_gone_is_fixed()
    {
        var report = SamplesChecked();
        var derbyWarning = report.Result!.Findings.Single(f => f.RuleId == "dcs-on-senior-management-team");
        var wigan = report.Result.Findings.Single(f => f.RuleId == "dcs-dass-combined");
        var earlier = report with { Result = report.Result with { Findings = [.. report.Result.Findings.Where(f => f != derbyWarning)] } };
        var baseline = Baseline.Load(Save(earlier, "json")).Baseline!;

        var now = baseline.Compare([.. report.Result.Findings.Where(f => f != wigan)]);

        now.New.Should().Equal(derbyWarning);
        now.Fixed.Select(f => f.RuleId).Should().Equal("dcs-dass-combined");
        (report with { Result = report.Result with { Findings = [.. report.Result.Findings.Where(f => f != wigan)] }, Baseline = now }).Outcome
            .Should().Be(CheckOutcome.FindingsFailed);
    }

    [Test]
    public void A_JSON_report_without_fingerprints_is_matched_by_rule_authority_and_evidence()
    {
        var report = SamplesChecked();
        var json = Written(report, JsonReport.Write);
        var file = Path.Combine(folder, "old.json");
        File.WriteAllText(file, System.Text.RegularExpressions.Regex.Replace(json, "\\s*\"fingerprint\": \"[0-9a-f]+\",", string.Empty));

        Baseline.Load(file).Baseline!.Compare(report.Result!.Findings).Unchanged.Should().HaveCount(report.Result.Findings.Count);
    }

    [TestCase("{ not json", "GOV520", 1)]
    [TestCase("{\"something\": 1}", "GOV521", 0)]
    public void A_file_that_is_not_a_report_is_a_located_diagnostic_not_an_exception(string text, string code, int line)
    {
        var file = Path.Combine(folder, "bad.json");
        File.WriteAllText(file, text);

        var loaded = Baseline.Load(file);

        loaded.Baseline.Should().BeNull();
        loaded.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(code);
        loaded.Diagnostics[0].Location.File.Should().Be(file);
        loaded.Diagnostics[0].Location.Line.Should().Be(line);
    }

    [Test]
    public void A_missing_baseline_says_so()
    {
        var loaded = Baseline.Load(Path.Combine(folder, "missing.json"));

        loaded.Diagnostics.Should().ContainSingle().Which.Message.Should().Contain("does not exist");
    }

    private string Save(CheckReport report, string format)
    {
        var file = Path.Combine(folder, "baseline." + format);
        File.WriteAllText(file, Written(report, format == "json" ? JsonReport.Write : SarifReport.Write));
        return file;
    }
}

public class ReportDiagnosticCodesTests
{
    [Test]
    public void The_report_codes_are_in_their_range_and_documented()
    {
        var codes = typeof(ReportDiagnosticCodes).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToList();
        var docs = File.ReadAllText(Path.Combine(Loading.RepositoryFiles.Root, "docs", "diagnostics.md"));

        codes.Should().OnlyHaveUniqueItems().And.OnlyContain(c => string.CompareOrdinal(c, "GOV520") >= 0 && string.CompareOrdinal(c, "GOV529") <= 0);
        codes.Should().OnlyContain(c => docs.Contains($"| {c} |", StringComparison.Ordinal));
    }
}
