using Governance.Model.Loading;
using Governance.Model;
using Governance.Rules.Reports;
using static Governance.Rules.Tests.Reports.CheckReportBuilder;

namespace Governance.Rules.Tests.Reports;

public class CheckReportTests
{
    [TestCase("Warning", Severity.Error, CheckOutcome.FindingsFailed)]
    [TestCase("Warning", Severity.Warning, CheckOutcome.FindingsFailed)]
    [TestCase("Warning", Severity.Note, CheckOutcome.Passed)]
    [TestCase("Error", Severity.Error, CheckOutcome.FindingsFailed)]
    [TestCase("Error", Severity.Warning, CheckOutcome.Passed)]
    [TestCase("Note", Severity.Note, CheckOutcome.FindingsFailed)]
    [TestCase("Never", Severity.Error, CheckOutcome.Passed)]
    public void An_open_finding_fails_the_run_at_or_above_the_threshold(string failOn, Severity severity, CheckOutcome expected)
    {
        var loaded = DerbyAndWigan();
        var result = Result(loaded, [Finding(loaded.Authorities[0], "some-rule", severity)]);

        Report(loaded, result, Enum.Parse<FailOn>(failOn)).Outcome.Should().Be(expected);
    }

    [TestCase("Note")]
    [TestCase("Warning")]
    public void A_departed_finding_never_fails_the_run(string failOn)
    {
        var loaded = DerbyAndWigan();
        var departure = new DepartureRecord("Reasons.", "Cabinet", new DateOnly(2009, 7, 16), null, loaded.Authorities[0].Location);
        var result = Result(loaded, [Finding(loaded.Authorities[0], "some-rule", Severity.Warning, FindingStatus.Departed, departure)]);

        Report(loaded, result, Enum.Parse<FailOn>(failOn)).Outcome.Should().Be(CheckOutcome.Passed);
    }

    [Test]
    public void No_findings_exit_0()
    {
        var loaded = DerbyAndWigan();

        Report(loaded, Result(loaded, [])).Outcome.Should().Be(CheckOutcome.Passed);
    }

    [Test]
    public void No_rule_in_force_checks_nothing_and_exits_2_not_0()
    {
        var loaded = DerbyAndWigan();
        var result = Result(loaded, [], rulesInForce: []) with { Notices = ["No rule is in force as at 2005-01-01: nothing was checked."] };

        var run = Report(loaded, result);

        run.NothingChecked.Should().BeTrue();
        run.HasInputErrors.Should().BeFalse();
        run.Outcome.Should().Be(CheckOutcome.InvalidInput);
    }

    [Test]
    public void A_rule_error_exits_3_even_with_failing_findings()
    {
        var loaded = DerbyAndWigan();
        var result = Result(
            loaded,
            [Finding(loaded.Authorities[0], "some-rule", Severity.Error)],
            [new RuleError("broken-rule", "E06000015", "the condition failed: division by zero", new SourceLocation("rules/broken.yaml", 4, 3))]);

        Report(loaded, result).Outcome.Should().Be(CheckOutcome.RuleErrors);
    }

    [Test]
    public void An_incomplete_evaluation_exits_3()
    {
        var loaded = DerbyAndWigan();

        Report(loaded, Result(loaded, [], complete: false)).Outcome.Should().Be(CheckOutcome.RuleErrors);
    }

    [Test]
    public void An_authority_file_error_exits_2_even_with_rule_errors_and_findings()
    {
        var loaded = AuthorityLoader.LoadPaths([SampleAuthority("derby.yaml"), InvalidSample("unknown-key.yaml")]);
        var result = Result(
            loaded,
            [Finding(loaded.Authorities[0], "some-rule", Severity.Error)],
            [new RuleError("broken-rule", null, "failed", new SourceLocation("rules/broken.yaml", 4, 3))]);

        Report(loaded, result).Outcome.Should().Be(CheckOutcome.InvalidInput);
    }

    [Test]
    public void A_rule_set_with_errors_exits_2()
    {
        var loaded = DerbyAndWigan();
        var diagnostic = new Diagnostic("GOV201", DiagnosticSeverity.Error, "A rule file is broken.", new SourceLocation("rules/x.yaml", 1, 1));

        Report(loaded, null, ruleDiagnostics: [diagnostic]).Outcome.Should().Be(CheckOutcome.InvalidInput);
    }

    [Test]
    public void A_rule_set_warning_alone_does_not_fail()
    {
        var loaded = DerbyAndWigan();
        var diagnostic = new Diagnostic("GOV202", DiagnosticSeverity.Warning, "A rule is odd.", new SourceLocation("rules/x.yaml", 1, 1));

        Report(loaded, Result(loaded, []), ruleDiagnostics: [diagnostic]).Outcome.Should().Be(CheckOutcome.Passed);
    }
}
