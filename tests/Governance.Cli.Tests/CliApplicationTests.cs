using System.Text;
using Governance.Cli.Tests.Support;

namespace Governance.Cli.Tests;

public class CliApplicationTests
{
    [Test]
    public void Help_lists_the_commands_and_exits_with_success()
    {
        var outcome = Tool.Run("--help");

        outcome.ExitCode.Should().Be(ExitCodes.Success, outcome.ToString());
        outcome.Stdout.Should().Contain("Usage:").And.Contain("governance [command] [options]")
            .And.Contain("validate").And.Contain("--version");
        outcome.Stderr.Should().BeEmpty();
    }

    [Test]
    public void Help_of_a_command_lists_its_options_even_without_its_arguments()
    {
        var outcome = Tool.Run("validate", "--help");

        outcome.ExitCode.Should().Be(ExitCodes.Success, outcome.ToString());
        outcome.Stdout.Should().Contain("governance validate <paths>... [options]")
            .And.Contain("--format <text|json>")
            .And.Contain("--warnings-as-errors");
    }

    [Test]
    public void Version_prints_the_tool_version()
    {
        var outcome = Tool.Run("--version");

        outcome.ExitCode.Should().Be(ExitCodes.Success, outcome.ToString());
        outcome.StdoutLines.Should().ContainSingle().Which.Should().StartWith("0.1.0").And.Be(ToolInfo.Version);
    }

    [TestCase(new string[0], "Required command was not provided.", "governance --help")]
    [TestCase(new[] { "valdate", "x.yaml" }, "Unrecognized command or argument 'valdate'. Did you mean 'validate'?", "governance --help")]
    [TestCase(new[] { "validate" }, "Required argument 'paths' missing for command: 'validate'.", "governance validate --help")]
    [TestCase(new[] { "validate", "x.yaml", "--fromat", "json" }, "Unrecognized option '--fromat'. Did you mean '--format'?", "governance validate --help")]
    [TestCase(new[] { "validate", "x.yaml", "--format", "xml" }, "'xml' is not a value --format accepts. Use one of: text, json.", "governance validate --help")]
    [TestCase(new[] { "--version", "validate" }, "--version option cannot be combined with other arguments.", "governance validate --help")]
    public void A_usage_error_prints_the_problem_and_a_hint_on_stderr_and_exits_64(string[] args, string problem, string hint)
    {
        var outcome = Tool.Run(args);

        outcome.ExitCode.Should().Be(ExitCodes.UsageError, outcome.ToString());
        outcome.Stdout.Should().BeEmpty();
        outcome.StderrLines.Should().Contain($"governance: {problem}");
        outcome.StderrLines[^1].Should().Be($"Run '{hint}' to see the usage.");
    }

    [Test]
    public void An_unknown_option_is_a_usage_error_never_a_missing_file()
    {
        var outcome = Tool.Run("validate", RepositoryPaths.SampleAuthorities, "--no-such-option");

        outcome.ExitCode.Should().Be(ExitCodes.UsageError, outcome.ToString());
        outcome.Stderr.Should().Contain("Unrecognized option '--no-such-option'.");
    }

    [Test]
    public void A_path_starting_with_a_dash_is_read_as_an_option_and_the_message_says_how_to_name_the_file()
    {
        var outcome = Tool.Run("validate", "-wigan.yaml");

        outcome.ExitCode.Should().Be(ExitCodes.UsageError, outcome.ToString());
        outcome.Stderr.Should().Contain("Unrecognized option '-wigan.yaml'. (A file whose name starts with '-' can be written as './-wigan.yaml'.)");
    }

    [Test]
    public void An_unexpected_failure_asks_for_a_bug_report_without_a_stack_trace_and_exits_70()
    {
        using var stdout = new FailingWriter();
        using var stderr = new StringWriter();

        var exitCode = CliApplication.Run(["validate", RepositoryPaths.SampleAuthorities], stdout, stderr);

        exitCode.Should().Be(ExitCodes.InternalError);
        var text = stderr.ToString();
        text.Should().Contain("the command stopped unexpectedly (IOException: The disk is full.)")
            .And.Contain("This is a bug in governance")
            .And.Contain("Please report it")
            .And.Contain("--verbose");
        text.Should().NotContain(" at Governance.");
    }

    [Test]
    public void An_unexpected_failure_with_verbose_shows_the_stack_trace()
    {
        using var stdout = new FailingWriter();
        using var stderr = new StringWriter();

        var exitCode = CliApplication.Run(["validate", RepositoryPaths.SampleAuthorities, "--verbose"], stdout, stderr);

        exitCode.Should().Be(ExitCodes.InternalError);
        stderr.ToString().Should().Contain("System.IO.IOException: The disk is full.").And.Contain(" at ");
    }

    [Test]
    public void The_exit_codes_are_the_documented_stable_values()
    {
        new[] { ExitCodes.Success, ExitCodes.FindingsFailed, ExitCodes.InvalidInput, ExitCodes.RuleErrors, ExitCodes.UsageError, ExitCodes.InternalError }
            .Should().Equal(0, 1, 2, 3, 64, 70);
    }

    /// <summary>Standard output on a full disk: every write fails.</summary>
    private sealed class FailingWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new IOException("The disk is full.");

        public override void Write(string? value) => throw new IOException("The disk is full.");
    }
}
