using System.CommandLine;
using Governance.Cli.CommandLine;
using Governance.Cli.Inputs;
using Governance.Rules.Reports;

namespace Governance.Cli.Validate;

/// <summary>
/// <c>governance validate &lt;paths&gt;...</c>: reads authority files and folders as one set and reports every problem
/// in them, without checking them against the rules.
/// </summary>
internal static class ValidateCommand
{
    /// <summary>Makes the command.</summary>
    public static Command Create()
    {
        var paths = CommonOptions.AuthorityPaths();
        var format = CommonOptions.TextOrJson();
        var warningsAsErrors = CommonOptions.WarningsAsErrors();
        var command = new Command("validate", "Read authority files and report every problem in them, without checking them against the rules.")
        {
            paths,
            format.Option,
            warningsAsErrors,
        };
        command.SetAction(parseResult => Execute(
            parseResult.GetRequiredValue(paths),
            format.GetValue(parseResult),
            parseResult.GetValue(warningsAsErrors),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Loads the paths, writes the report and returns the exit code.</summary>
    /// <param name="paths">Authority files and folders.</param>
    /// <param name="json">Whether to write JSON rather than text.</param>
    /// <param name="warningsAsErrors">Whether warnings fail the run too.</param>
    /// <param name="stdout">Where the report goes.</param>
    /// <param name="stderr">Where a run that found no file at all says so.</param>
    public static int Execute(IReadOnlyList<string> paths, bool json, bool warningsAsErrors, TextWriter stdout, TextWriter stderr)
    {
        var loaded = AuthorityInputs.Load(paths, stderr);
        var report = new ValidationReport
        {
            Tool = ToolInfo.Report,
            Files = loaded.Files,
            Authorities = loaded.Authorities,
            Diagnostics = loaded.Diagnostics,
            WarningsAsErrors = warningsAsErrors,
        };
        if (json)
        {
            JsonReport.Write(report, stdout);
        }
        else
        {
            TextReport.Write(report, stdout);
        }

        return report.Failed ? ExitCodes.InvalidInput : ExitCodes.Success;
    }
}
