using System.CommandLine;
using System.CommandLine.Help;
using Governance.Cli.Check;
using Governance.Cli.CommandLine;
using Governance.Cli.Validate;

namespace Governance.Cli;

/// <summary>
/// The <c>governance</c> command: parses the command line, runs the command asked for and returns its exit code
/// (<see cref="ExitCodes"/>). Everything is written to the writers given, so the whole tool runs inside a test.
/// </summary>
internal static class CliApplication
{
    /// <summary>Runs the tool.</summary>
    /// <param name="args">The command-line arguments, without the command's own name.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where usage errors, notices and failures go.</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, CliEnvironment.Plain());

    /// <summary>Runs the tool in an environment.</summary>
    /// <param name="args">The command-line arguments, without the command's own name.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where usage errors, notices and failures go.</param>
    /// <param name="environment">The process's environment: variables, terminals, the tool's folder.</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        try
        {
            var parseResult = CreateRootCommand(environment).Parse(args);
            if (parseResult.Errors.Count > 0)
            {
                UsageErrors.Write(parseResult, stderr);
                return ExitCodes.UsageError;
            }

            return parseResult.Invoke(new InvocationConfiguration
            {
                Output = stdout,
                Error = stderr,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            });
        }
#pragma warning disable CA1031 // The last line of defence: any failure becomes a short message and exit code 70.
        catch (Exception e)
#pragma warning restore CA1031
        {
            ReportUnexpected(e, CommonOptions.IsVerbose(args.Contains(CommonOptions.VerboseName, StringComparer.Ordinal), environment), stderr);
            return ExitCodes.InternalError;
        }
    }

    /// <summary>The command tree: the root command with its options and subcommands.</summary>
    /// <param name="environment">The process's environment; by default a plain one.</param>
    internal static Command CreateRootCommand(CliEnvironment? environment = null)
    {
        environment ??= CliEnvironment.Plain();
        var root = new Command(
            ToolInfo.CommandName,
            "Checks an English local authority's children's-services governance arrangements against the statutory guidance.")
        {
            new HelpOption(),
            new VersionOption { Action = new VersionAction() },
            CommonOptions.Verbose(),
            ValidateCommand.Create(),
            CheckCommand.Create(environment),
            Test.TestCommand.Create(environment),
            Lint.LintCommand.Create(),
            Explain.ExplainCommand.Create(environment),
            Coverage.CoverageCommand.Create(),
            Docs.DocsCommand.Create(),
            Schema.SchemaCommand.Create(),
        };
        return root;
    }

    private static void ReportUnexpected(Exception e, bool verbose, TextWriter stderr)
    {
        try
        {
            stderr.WriteLine(
                $"{ToolInfo.CommandName}: the command stopped unexpectedly ({e.GetType().Name}: {e.Message}).");
            stderr.WriteLine(
                $"This is a bug in {ToolInfo.CommandName} {ToolInfo.Version}. Please report it, with the command you ran and, if you can share them, the files.");
            if (verbose)
            {
                stderr.WriteLine(e.ToString());
            }
            else
            {
                stderr.WriteLine($"Run again with {CommonOptions.VerboseName} (or set {ToolInfo.VerboseVariable}=1) to see the details.");
            }
        }
#pragma warning disable CA1031 // Standard error itself failed: nothing is left to tell; the exit code still says it.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }
}
