using Governance.Cli.Tests.Support;

namespace Governance.Cli.Tests.Check;

public class CheckCommandLineTests
{
    [Test]
    public void Check_help_lists_its_options()
    {
        var outcome = Tool.Run("check", "--help");

        outcome.ExitCode.Should().Be(ExitCodes.Success, outcome.ToString());
        outcome.Stdout.Should().Contain("governance check <paths>... [options]")
            .And.Contain("--rules <folder>")
            .And.Contain("--as-at <yyyy-MM-dd>")
            .And.Contain("--ignore-departures")
            .And.Contain("--format <text|json|sarif|junit|github|markdown|html>")
            .And.Contain("--output <[format=]file>")
            .And.Contain("--baseline <file>")
            .And.Contain("--rule <id>")
            .And.Contain("--tag <tag>")
            .And.Contain("--no-shipped-rules")
            .And.Contain("--fail-on <error|warning|note|never>")
            .And.Contain("[default: warning]");
    }

    [TestCase("2009-02-30", "'2009-02-30' is not a date --as-at accepts: that day does not exist (February 2009 has 28 days).")]
    [TestCase("2009-13-01", "'2009-13-01' is not a date --as-at accepts: there is no month 13. Write the date as yyyy-MM-dd, for example 2010-06-30.")]
    [TestCase("30/06/2010", "'30/06/2010' is not a date --as-at accepts: write the date as yyyy-MM-dd, for example 2010-06-30.")]
    public void A_bad_as_at_date_is_a_usage_error_naming_the_value(string value, string message)
    {
        var outcome = Tool.Run("check", RepositoryPaths.SampleAuthorities, "--as-at", value);

        outcome.ExitCode.Should().Be(ExitCodes.UsageError, outcome.ToString());
        outcome.StderrLines.Should().Contain($"governance: {message}");
        outcome.Stdout.Should().BeEmpty();
    }

    [Test]
    public void A_leap_day_is_a_good_as_at_date()
    {
        var parse = CliApplication.CreateRootCommand().Parse(["check", "x.yaml", "--as-at", "2008-02-29"]);

        parse.Errors.Should().BeEmpty();
    }

    [Test]
    public void An_unknown_fail_on_level_is_a_usage_error_listing_the_levels()
    {
        var outcome = Tool.Run("check", RepositoryPaths.SampleAuthorities, "--fail-on", "warnings");

        outcome.ExitCode.Should().Be(ExitCodes.UsageError, outcome.ToString());
        outcome.Stderr.Should().Contain("'warnings' is not a value --fail-on accepts. Use one of: error, warning, note, never.");
    }

    [Test]
    public void Check_without_paths_is_a_usage_error()
    {
        var outcome = Tool.Run("check", "--rules", "rules");

        outcome.ExitCode.Should().Be(ExitCodes.UsageError, outcome.ToString());
        outcome.Stderr.Should().Contain("Required argument 'paths' missing for command: 'check'.");
    }
}
