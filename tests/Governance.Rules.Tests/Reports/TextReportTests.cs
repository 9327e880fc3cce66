using Governance.Model;
using Governance.Rules.Reports;
using static Governance.Rules.Tests.Reports.CheckReportBuilder;

namespace Governance.Rules.Tests.Reports;

public class TextReportTests
{
    [Test]
    public void Findings_are_grouped_by_authority_each_with_its_remedy_and_departure_then_a_summary()
    {
        var loaded = DerbyAndWigan();
        var derby = loaded.Authorities[0];
        var departure = new DepartureRecord("A joint post for a small unitary.", "Cabinet", new DateOnly(2009, 5, 1), new DateOnly(2011, 5, 1), new SourceLocation(derby.Location.File, 120, 5));
        var open = Finding(derby, "dcs-on-smt", Severity.Warning);
        var departed = Finding(derby, "dcs-dass-combined", Severity.Warning, FindingStatus.Departed, departure);
        var run = Report(loaded, Result(loaded, [open, departed]));

        var lines = Write(run, verbose: false);

        lines.Should().Equal(
            $"Derby City Council (E06000015), {derby.Location.File}: 2 findings",
            open.ToString(),
            "    Remedy: Do something about dcs-on-smt.",
            departed.ToString(),
            "    Remedy: Do something about dcs-dass-combined.",
            $"    Departed: A joint post for a small unitary. (decided by Cabinet on 2009-05-01, review by 2011-05-01; {derby.Location.File}:120:5)",
            string.Empty,
            $"Wigan Metropolitan Borough Council (E08000010), {loaded.Authorities[1].Location.File}: 0 findings",
            string.Empty,
            $"Checked 2 authorities as at 2010-06-30 against rule set {RuleSetVersion} (rules; 3 rules in force).",
            "Findings: 0 errors, 2 warnings, 0 notes (1 open, 1 departed); 1 finding at or above --fail-on warning.",
            "Rule errors: 0.");
        open.ToString().Should().StartWith($"{open.Location}: warning dcs-on-smt: Derby City Council: something about dcs-on-smt. [DCSF-00686-2009 para 3.13]");
    }

    [Test]
    public void Verbose_lists_the_evidence_of_each_finding()
    {
        var loaded = DerbyAndWigan();
        var derby = loaded.Authorities[0];
        var run = Report(loaded, Result(loaded, [Finding(derby, "dcs-on-smt", Severity.Warning)]));

        var lines = Write(run, verbose: true);

        lines.Should().Contain($"    Evidence: authority = Derby City Council (E06000015), at {derby.Location}");
    }

    [Test]
    public void Rule_errors_notices_and_an_incomplete_evaluation_are_reported()
    {
        var loaded = DerbyAndWigan();
        var error = new RuleError("broken-rule", "E06000015", "the condition failed: no value", new SourceLocation("rules/broken.yaml", 4, 3));
        var result = Result(loaded, [], [error], complete: false) with { Notices = ["5 of 8 rules are not in force as at 2010-06-30 and were not evaluated."], DeparturesIgnored = true };

        var lines = Write(Report(loaded, result), verbose: false);

        lines.Should().ContainInOrder(
            "Rules that failed (neither a pass nor a finding: fix the rule):",
            "rules/broken.yaml:4:3: rule error broken-rule: the condition failed: no value (evaluating E06000015)",
            string.Empty,
            $"Checked 2 authorities as at 2010-06-30 against rule set {RuleSetVersion} (rules; 3 rules in force).",
            "Findings: 0 errors, 0 warnings, 0 notes (0 open, 0 departed); 0 findings at or above --fail-on warning.",
            "Rule errors: 1.",
            "Departures ignored: every finding is shown open, as if no departure were recorded.",
            "Incomplete: the evaluation reached its limit of 10 rule firings; results are incomplete.",
            "Notice: 5 of 8 rules are not in force as at 2010-06-30 and were not evaluated.");
    }

    [Test]
    public void With_no_rule_in_force_the_notice_is_the_report_and_no_authority_is_listed_as_if_it_passed()
    {
        var loaded = DerbyAndWigan();
        var notice = "No rule is in force as at 2010-06-30: nothing was checked.";
        var result = Result(loaded, [], rulesInForce: []) with { Notices = [notice] };

        var lines = Write(Report(loaded, result), verbose: false);

        lines.Should().Equal(
            notice,
            $"Loaded 2 authorities and rule set {RuleSetVersion} (rules; 0 rules, none in force as at 2010-06-30).");
    }

    [Test]
    public void Input_problems_come_first_and_a_rule_set_with_errors_checks_nothing()
    {
        var loaded = DerbyAndWigan();
        var diagnostic = new Diagnostic("GOV201", DiagnosticSeverity.Error, "A rule file is broken.", new SourceLocation("rules/x.yaml", 3, 7));

        var lines = Write(Report(loaded, null, ruleDiagnostics: [diagnostic]), verbose: false);

        lines.Should().Equal(
            "rules/x.yaml:3:7: error GOV201: A rule file is broken.",
            string.Empty,
            "Nothing was checked: the rule set (rules) has errors.",
            "Input errors: 1 error in the rule set; 0 errors in 2 authority files (2 authorities loaded).");
    }

    private static string[] Write(CheckReport report, bool verbose)
    {
        using var output = new StringWriter { NewLine = "\n" };
        TextReport.Write(report, output, new TextReportOptions { Verbose = verbose });
        return output.ToString().TrimEnd('\n').Split('\n');
    }
}
