using System.Text.Json;
using Governance.Rules.Reports;
using Governance.Rules.Reports.Writing;
using Governance.Rules.Tests.Loading;
using NJsonSchema;
using static Governance.Rules.Tests.Reports.CheckReportBuilder;

namespace Governance.Rules.Tests.Reports;

public class SarifReportTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFileAsync(Path.Combine(RepositoryFiles.Root, "tests", "Governance.Rules.Tests", "Reports", "Schemas", "sarif-schema-2.1.0.json")).GetAwaiter().GetResult());

    [Test]
    public void The_log_of_the_samples_is_valid_SARIF_2_1_0()
    {
        var sarif = Written(SamplesChecked(), SarifReport.Write);

        Schema.Value.Validate(sarif).Should().BeEmpty();
    }

    [Test]
    public void A_log_with_departures_rule_errors_and_problems_in_files_is_valid_SARIF_2_1_0()
    {
        var sarif = Written(OneOfEverything(), SarifReport.Write);

        Schema.Value.Validate(sarif).Should().BeEmpty();
    }

    [Test]
    public void The_schema_check_itself_rejects_a_log_that_is_not_SARIF_2_1_0()
    {
        Schema.Value.Validate("{\"version\": \"2.0.0\", \"runs\": [{\"results\": []}]}").Should().NotBeEmpty();
    }

    [Test]
    public void Each_rule_is_described_once_with_its_citation_quote_and_help()
    {
        using var log = JsonDocument.Parse(Written(SamplesChecked(), SarifReport.Write));
        var rules = log.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();

        rules.Select(r => r.GetProperty("id").GetString()).Should().OnlyHaveUniqueItems().And.Contain("dcs-on-senior-management-team");
        var smt = rules.Single(r => r.GetProperty("id").GetString() == "dcs-on-senior-management-team");
        smt.GetProperty("shortDescription").GetProperty("text").GetString().Should().Be("The DCS is a member of the senior management team");
        smt.GetProperty("fullDescription").GetProperty("text").GetString().Should().Be("DCSF-00686-2009 para 3.5: \"The DCS must be a member of the local authority senior management team\"");
        smt.GetProperty("help").GetProperty("text").GetString().Should().Contain("Remedy: Make the DCS a member of the senior management team");
        smt.GetProperty("defaultConfiguration").GetProperty("level").GetString().Should().Be("error");
        smt.GetProperty("properties").GetProperty("quote").GetString().Should().Be("The DCS must be a member of the local authority senior management team");
    }

    [Test]
    public void A_result_is_at_the_finding_s_line_and_column_with_a_fingerprint_and_points_at_its_rule()
    {
        using var log = JsonDocument.Parse(Written(SamplesChecked(), SarifReport.Write));
        var run = log.RootElement.GetProperty("runs")[0];
        var result = run.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "dcs-on-senior-management-team");

        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        location.GetProperty("artifactLocation").GetProperty("uri").GetString().Should().EndWith("samples/authorities/derby.yaml");
        location.GetProperty("region").GetProperty("startLine").GetInt32().Should().Be(66);
        location.GetProperty("region").GetProperty("startColumn").GetInt32().Should().Be(5);
        result.GetProperty("level").GetString().Should().Be("error");
        result.GetProperty("partialFingerprints").GetProperty("governanceFinding/v1").GetString().Should().MatchRegex("^[0-9a-f]{32}$");
        var index = result.GetProperty("ruleIndex").GetInt32();
        run.GetProperty("tool").GetProperty("driver").GetProperty("rules")[index].GetProperty("id").GetString().Should().Be("dcs-on-senior-management-team");
    }

    [Test]
    public void The_fingerprint_is_the_same_in_two_runs_and_when_lines_move()
    {
        var report = OneOfEverything();
        var finding = report.Result!.Findings[0];
        var moved = finding with { Location = finding.Location with { Line = finding.Location.Line + 10 } };

        FindingFingerprint.Of(moved).Should().Be(FindingFingerprint.Of(finding));
        Written(report, SarifReport.Write).Should().Be(Written(OneOfEverything(), SarifReport.Write));
        FindingFingerprint.Of(finding with { AuthorityCode = "E09000021" }).Should().NotBe(FindingFingerprint.Of(finding));
    }

    [Test]
    public void A_departed_finding_is_an_accepted_external_suppression_justified_by_the_reasons()
    {
        using var log = JsonDocument.Parse(Written(OneOfEverything(), SarifReport.Write));
        var departed = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "dcs-dass-combined");

        var suppression = departed.GetProperty("suppressions")[0];
        suppression.GetProperty("kind").GetString().Should().Be("external");
        suppression.GetProperty("status").GetString().Should().Be("accepted");
        suppression.GetProperty("justification").GetString().Should().StartWith("A joint post for a small unitary.");
    }

    [Test]
    public void Rule_errors_and_file_problems_are_notifications_and_the_run_is_not_successful()
    {
        using var log = JsonDocument.Parse(Written(OneOfEverything(), SarifReport.Write));
        var invocation = log.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0];

        invocation.GetProperty("executionSuccessful").GetBoolean().Should().BeFalse();
        var execution = invocation.GetProperty("toolExecutionNotifications").EnumerateArray().ToList();
        execution.Select(n => Id(n, "associatedRule")).Should().Contain("broken-rule");
        execution.Select(n => Id(n, "descriptor")).Should().Contain("GOV120");
        invocation.GetProperty("toolConfigurationNotifications")[0].GetProperty("locations")[0].GetProperty("physicalLocation")
            .GetProperty("artifactLocation").GetProperty("uri").GetString().Should().Be("rules/odd%20rule.yaml");
    }

    private static string? Id(JsonElement notification, string reference) =>
        notification.TryGetProperty(reference, out var value) ? value.GetProperty("id").GetString() : null;
}
