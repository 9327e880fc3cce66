using Governance.Cli.Check;
using Governance.Cli.Inputs;
using Governance.Model;
using Governance.Rules;
using static Governance.Cli.Tests.Check.CheckRunBuilder;

namespace Governance.Cli.Tests.Check;

public class CheckRunTests
{
    [TestCase("Warning", Severity.Error, ExitCodes.FindingsFailed)]
    [TestCase("Warning", Severity.Warning, ExitCodes.FindingsFailed)]
    [TestCase("Warning", Severity.Note, ExitCodes.Success)]
    [TestCase("Error", Severity.Error, ExitCodes.FindingsFailed)]
    [TestCase("Error", Severity.Warning, ExitCodes.Success)]
    [TestCase("Note", Severity.Note, ExitCodes.FindingsFailed)]
    [TestCase("Never", Severity.Error, ExitCodes.Success)]
    public void An_open_finding_fails_the_run_at_or_above_the_threshold(string failOn, Severity severity, int expected)
    {
        var loaded = DerbyAndWigan();
        var result = Result(loaded, [Finding(loaded.Authorities[0], "some-rule", severity)]);

        Run(loaded, result, Enum.Parse<FailOn>(failOn)).ExitCode.Should().Be(expected);
    }

    [TestCase("Note")]
    [TestCase("Warning")]
    public void A_departed_finding_never_fails_the_run(string failOn)
    {
        var loaded = DerbyAndWigan();
        var departure = new DepartureRecord("Reasons.", "Cabinet", new DateOnly(2009, 7, 16), null, loaded.Authorities[0].Location);
        var result = Result(loaded, [Finding(loaded.Authorities[0], "some-rule", Severity.Warning, FindingStatus.Departed, departure)]);

        Run(loaded, result, Enum.Parse<FailOn>(failOn)).ExitCode.Should().Be(ExitCodes.Success);
    }

    [Test]
    public void No_findings_exit_0()
    {
        var loaded = DerbyAndWigan();

        Run(loaded, Result(loaded, [])).ExitCode.Should().Be(ExitCodes.Success);
    }

    [Test]
    public void No_rule_in_force_checks_nothing_and_exits_2_not_0()
    {
        var loaded = DerbyAndWigan();
        var result = Result(loaded, [], rulesInForce: []) with { Notices = ["No rule is in force as at 2005-01-01: nothing was checked."] };

        var run = Run(loaded, result);

        run.NothingChecked.Should().BeTrue();
        run.HasInputErrors.Should().BeFalse();
        run.ExitCode.Should().Be(ExitCodes.InvalidInput);
    }

    [Test]
    public void A_rule_error_exits_3_even_with_failing_findings()
    {
        var loaded = DerbyAndWigan();
        var result = Result(
            loaded,
            [Finding(loaded.Authorities[0], "some-rule", Severity.Error)],
            [new RuleError("broken-rule", "E06000015", "the condition failed: division by zero", new SourceLocation("rules/broken.yaml", 4, 3))]);

        Run(loaded, result).ExitCode.Should().Be(ExitCodes.RuleErrors);
    }

    [Test]
    public void An_incomplete_evaluation_exits_3()
    {
        var loaded = DerbyAndWigan();

        Run(loaded, Result(loaded, [], complete: false)).ExitCode.Should().Be(ExitCodes.RuleErrors);
    }

    [Test]
    public void An_authority_file_error_exits_2_even_with_rule_errors_and_findings()
    {
        var loaded = AuthorityInputs.Load([Support.RepositoryPaths.SampleAuthority("derby.yaml"), Support.RepositoryPaths.InvalidSample("unknown-key.yaml")], TextWriter.Null);
        var result = Result(
            loaded,
            [Finding(loaded.Authorities[0], "some-rule", Severity.Error)],
            [new RuleError("broken-rule", null, "failed", new SourceLocation("rules/broken.yaml", 4, 3))]);

        Run(loaded, result).ExitCode.Should().Be(ExitCodes.InvalidInput);
    }

    [Test]
    public void A_rule_set_with_errors_exits_2()
    {
        var loaded = DerbyAndWigan();
        var diagnostic = new Diagnostic("GOV201", DiagnosticSeverity.Error, "A rule file is broken.", new SourceLocation("rules/x.yaml", 1, 1));

        Run(loaded, null, ruleDiagnostics: [diagnostic]).ExitCode.Should().Be(ExitCodes.InvalidInput);
    }

    [Test]
    public void A_rule_set_warning_alone_does_not_fail()
    {
        var loaded = DerbyAndWigan();
        var diagnostic = new Diagnostic("GOV202", DiagnosticSeverity.Warning, "A rule is odd.", new SourceLocation("rules/x.yaml", 1, 1));

        Run(loaded, Result(loaded, []), ruleDiagnostics: [diagnostic]).ExitCode.Should().Be(ExitCodes.Success);
    }
}
