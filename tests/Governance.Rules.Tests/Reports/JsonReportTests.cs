using System.Text.Json;
using Governance.Model;
using Governance.Rules.Reports;
using static Governance.Rules.Tests.Reports.CheckReportBuilder;

namespace Governance.Rules.Tests.Reports;

public class JsonReportTests
{
    [Test]
    public void The_json_report_carries_the_whole_evaluation_in_a_stable_order()
    {
        var loaded = DerbyAndWigan();
        var derby = loaded.Authorities[0];
        var departure = new DepartureRecord("A joint post.", "Cabinet", new DateOnly(2009, 5, 1), null, new SourceLocation(derby.Location.File, 120, 5));
        var error = new RuleError("broken-rule", null, "failed", new SourceLocation("rules/broken.yaml", 4, 3));
        var result = Result(
            loaded,
            [Finding(derby, "dcs-on-smt", Severity.Warning), Finding(derby, "dcs-dass-combined", Severity.Warning, FindingStatus.Departed, departure)],
            [error]) with { Notices = ["A notice."] };

        using var document = JsonDocument.Parse(Write(Report(loaded, result)));
        var root = document.RootElement;

        root.EnumerateObject().Select(p => p.Name).Should().Equal("tool", "ruleSet", "files", "authorities", "diagnostics", "evaluation", "baseline", "summary");
        root.GetProperty("tool").GetProperty("command").GetString().Should().Be("check");
        root.GetProperty("ruleSet").GetProperty("version").GetString().Should().Be(RuleSetVersion);

        var evaluation = root.GetProperty("evaluation");
        evaluation.EnumerateObject().Select(p => p.Name).Should().Equal(
            "asAt", "ruleSetVersion", "complete", "stoppedBecause", "departuresIgnored", "documents", "rulesInForce",
            "authoritiesEvaluated", "findings", "errors", "notices");
        evaluation.GetProperty("asAt").GetString().Should().Be("2010-06-30");
        evaluation.GetProperty("ruleSetVersion").GetString().Should().Be(RuleSetVersion);
        evaluation.GetProperty("complete").GetBoolean().Should().BeTrue();
        evaluation.GetProperty("documents")[0].GetProperty("id").GetString().Should().Be("DCSF-00686-2009");
        evaluation.GetProperty("documents")[0].GetProperty("inForceFrom").GetString().Should().Be("2009-07-01");
        evaluation.GetProperty("rulesInForce").EnumerateArray().Select(r => r.GetString()).Should().Equal("dcs-appointed", "dcs-dass-combined", "dcs-on-smt");
        evaluation.GetProperty("authoritiesEvaluated").EnumerateArray().Select(r => r.GetString()).Should().Equal("E06000015", "E08000010");
        evaluation.GetProperty("notices").EnumerateArray().Select(r => r.GetString()).Should().Equal("A notice.");

        var open = evaluation.GetProperty("findings")[0];
        open.EnumerateObject().Select(p => p.Name).Should().Equal(
            "ruleId", "title", "severity", "status", "obligation", "authorityCode", "authorityName", "message", "file", "line",
            "column", "citation", "evidence", "remedy", "departure", "failing", "fingerprint", "baseline");
        open.GetProperty("severity").GetString().Should().Be("warning");
        open.GetProperty("status").GetString().Should().Be("open");
        open.GetProperty("obligation").GetString().Should().Be("should");
        open.GetProperty("file").GetString().Should().Be(derby.LocationOf(nameof(Authority.Posts)).File);
        open.GetProperty("line").GetInt32().Should().Be(derby.LocationOf(nameof(Authority.Posts)).Line);
        open.GetProperty("citation").GetProperty("paragraphs")[0].GetString().Should().Be("3.13");
        open.GetProperty("citation").GetProperty("quote").GetString().Should().Be(Citation313.Quote);
        open.GetProperty("citation").GetProperty("text").GetString().Should().Be("DCSF-00686-2009 para 3.13");
        var evidence = open.GetProperty("evidence")[0];
        evidence.EnumerateObject().Select(p => p.Name).Should().Equal("name", "description", "file", "line", "column");
        evidence.GetProperty("file").GetString().Should().Be(derby.Location.File);
        evidence.GetProperty("line").GetInt32().Should().Be(derby.Location.Line);
        open.GetProperty("departure").ValueKind.Should().Be(JsonValueKind.Null);
        open.GetProperty("failing").GetBoolean().Should().BeTrue();

        var departed = evaluation.GetProperty("findings")[1];
        departed.GetProperty("status").GetString().Should().Be("departed");
        departed.GetProperty("failing").GetBoolean().Should().BeFalse();
        var recorded = departed.GetProperty("departure");
        recorded.EnumerateObject().Select(p => p.Name).Should().Equal("reasons", "decidedBy", "decidedOn", "reviewBy", "file", "line", "column");
        recorded.GetProperty("decidedOn").GetString().Should().Be("2009-05-01");
        recorded.GetProperty("reviewBy").ValueKind.Should().Be(JsonValueKind.Null);
        recorded.GetProperty("line").GetInt32().Should().Be(120);

        var ruleError = evaluation.GetProperty("errors")[0];
        ruleError.EnumerateObject().Select(p => p.Name).Should().Equal("ruleId", "code", "authorityCode", "message", "file", "line", "column");
        ruleError.GetProperty("authorityCode").ValueKind.Should().Be(JsonValueKind.Null);

        var summary = root.GetProperty("summary");
        summary.GetProperty("warnings").GetInt32().Should().Be(2);
        summary.GetProperty("open").GetInt32().Should().Be(1);
        summary.GetProperty("departed").GetInt32().Should().Be(1);
        summary.GetProperty("ruleErrors").GetInt32().Should().Be(1);
        summary.GetProperty("failOn").GetString().Should().Be("warning");
        summary.GetProperty("failingFindings").GetInt32().Should().Be(1);
        summary.GetProperty("exitCode").GetInt32().Should().Be((int)CheckOutcome.RuleErrors);
    }

    [Test]
    public void Without_an_evaluation_the_evaluation_is_null_and_the_diagnostics_are_kept()
    {
        var loaded = DerbyAndWigan();
        var diagnostic = new Diagnostic("GOV201", DiagnosticSeverity.Error, "A rule file is broken.", new SourceLocation("rules/x.yaml", 3, 7));

        using var document = JsonDocument.Parse(Write(Report(loaded, null, ruleDiagnostics: [diagnostic])));
        var root = document.RootElement;

        root.GetProperty("evaluation").ValueKind.Should().Be(JsonValueKind.Null);
        root.GetProperty("ruleSet").GetProperty("loaded").GetBoolean().Should().BeFalse();
        root.GetProperty("diagnostics")[0].GetProperty("file").GetString().Should().Be("rules/x.yaml");
        root.GetProperty("summary").GetProperty("inputErrors").GetInt32().Should().Be(1);
        root.GetProperty("summary").GetProperty("exitCode").GetInt32().Should().Be((int)CheckOutcome.InvalidInput);
    }

    private static string Write(CheckReport report)
    {
        using var output = new StringWriter();
        JsonReport.Write(report, output);
        return output.ToString();
    }
}
