using Governance.Cli.Tests.Support;

namespace Governance.Cli.Tests.Explain;

/// <summary><c>governance explain</c>, in-process, on the sample authorities and the shipped rules.</summary>
public class ExplainCommandTests
{
    [Test]
    public void A_rule_that_fires_is_explained_with_its_finding_and_exits_0()
    {
        var outcome = Tool.Run("explain", RepositoryPaths.SampleAuthority("derby.yaml"), "--rule", "dcs-on-senior-management-team");

        outcome.ExitCode.Should().Be(ExitCodes.Success, outcome.ToString());
        outcome.StdoutLines[0].Should().Be("dcs-on-senior-management-team: The DCS is a member of the senior management team");
        outcome.Stdout.Should().Contain("It fired: 1 finding.\n").And.Contain("Yvonne Ashcombe");
        outcome.Stderr.Should().BeEmpty();
    }

    [Test]
    public void A_rule_that_does_not_fire_exits_0_and_verbose_adds_each_condition_s_evaluations()
    {
        var plain = Tool.Run("explain", RepositoryPaths.SampleAuthority("kingston-upon-thames.yaml"), "--rule", "dcs-on-senior-management-team");
        var verbose = Tool.Run("explain", RepositoryPaths.SampleAuthority("kingston-upon-thames.yaml"), "--rule", "dcs-on-senior-management-team", "--verbose");
        var byVariable = Tool.RunWith(
            new Dictionary<string, string> { ["GOVERNANCE_VERBOSE"] = "1" },
            "explain", RepositoryPaths.SampleAuthority("kingston-upon-thames.yaml"), "--rule", "dcs-on-senior-management-team");

        plain.ExitCode.Should().Be(ExitCodes.Success, plain.ToString());
        plain.Stdout.Should().Contain("It did not fire: ").And.NotContain("Conditions, in the order the rule writes them:");
        verbose.ExitCode.Should().Be(ExitCodes.Success);
        verbose.Stdout.Should().StartWith(plain.Stdout).And.Contain("Conditions, in the order the rule writes them:");
        byVariable.Stdout.Should().Be(verbose.Stdout);
    }

    [Test]
    public void As_at_a_date_before_the_rule_is_in_force_it_says_the_rule_was_not_in_force()
    {
        var outcome = Tool.Run("explain", RepositoryPaths.SampleAuthority("derby.yaml"), "--rule", "dcs-on-senior-management-team", "--as-at", "2009-01-01");

        outcome.ExitCode.Should().Be(ExitCodes.Success, outcome.ToString());
        outcome.Stdout.Should().Contain("judged as at 2009-01-01 (the date given).\nThe rule was not in force on that date");
    }

    [Test]
    public void An_unknown_rule_id_is_a_usage_error_naming_the_nearest_id()
    {
        var outcome = Tool.Run("explain", RepositoryPaths.SampleAuthority("derby.yaml"), "--rule", "dcs-on-senor-management-team");

        outcome.ExitCode.Should().Be(ExitCodes.UsageError);
        outcome.StderrLines[0].Should().Be("governance: No rule has the id 'dcs-on-senor-management-team'. Did you mean 'dcs-on-senior-management-team'?");
        outcome.Stdout.Should().BeEmpty();
    }

    [Test]
    public void The_rule_is_required_and_one_file_is_named()
    {
        Tool.Run("explain", RepositoryPaths.SampleAuthority("derby.yaml")).ExitCode.Should().Be(ExitCodes.UsageError);
        Tool.Run("explain", RepositoryPaths.SampleAuthorities, "--rule", "dcs-appointed").ExitCode.Should().Be(ExitCodes.UsageError);
    }

    [Test]
    public void A_file_with_errors_or_missing_is_invalid_input_and_nothing_is_explained()
    {
        var invalid = Tool.Run("explain", RepositoryPaths.InvalidSample("unknown-key.yaml"), "--rule", "dcs-appointed");
        var missing = Tool.Run("explain", Path.Combine(RepositoryPaths.SampleAuthorities, "nowhere.yaml"), "--rule", "dcs-appointed");

        invalid.ExitCode.Should().Be(ExitCodes.InvalidInput, invalid.ToString());
        invalid.Stdout.Should().BeEmpty();
        invalid.Stderr.Should().Contain("unknown-key.yaml:").And.Contain("Nothing was explained");
        missing.ExitCode.Should().Be(ExitCodes.InvalidInput, missing.ToString());
        missing.Stdout.Should().BeEmpty();
    }

    [Test]
    public void Rules_added_with_rules_can_be_explained()
    {
        var outcome = Tool.Run("explain", RepositoryPaths.SampleAuthority("derby.yaml"), "--rule", "lscb-chair-independent-of-council", "--rules", RepositoryPaths.LocalRulesSample);

        outcome.ExitCode.Should().Be(ExitCodes.Success, outcome.ToString());
        outcome.StdoutLines[0].Should().StartWith("lscb-chair-independent-of-council: ");
    }
}
