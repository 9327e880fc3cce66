using System.CommandLine;
using Governance.Cli.Check;
using Governance.Cli.CommandLine;
using Governance.Rules.Reports;
using Governance.Rules.Testing;

namespace Governance.Cli.Test;

/// <summary>
/// <c>governance test [folders]...</c>: runs the rules' YAML test cases (<c>*.tests.yaml</c> beside each rule) like a
/// test runner: each failing case with what was expected against what was found, then <c>N passed, N failed</c>.
/// The rules are the shipped ones plus the folders named, as <c>check</c> loads them; the cases are those of the
/// folders named.
/// </summary>
internal static class TestCommand
{
    /// <summary>Makes the command.</summary>
    /// <param name="environment">The process's environment.</param>
    public static Command Create(CliEnvironment environment)
    {
        var folders = new Argument<string[]>("folders")
        {
            Description = "Rule folders whose test cases to run; their rules are added to the shipped ones, or take their place when a folder holds the shipped rules' own files (the repository's rules folder, or a copy).",
            Arity = ArgumentArity.OneOrMore,
        };
        folders.Validators.Add(CommonOptions.RejectOptionLikePaths);
        var noShipped = CommonOptions.NoShippedRules("Test the folders named on their own, without the rules shipped with the tool.");
        var command = new Command("test", "Run the rules' test cases (*.tests.yaml) and report each failing case, then 'N passed, N failed'.")
        {
            folders,
            noShipped,
        };
        command.SetAction(parseResult => Execute(
            parseResult.GetValue(folders) ?? [],
            parseResult.GetValue(noShipped),
            CommonOptions.IsVerbose(parseResult.GetValue<bool>(CommonOptions.VerboseName), environment),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Loads the rules and the cases, runs the cases and writes the report.</summary>
    /// <param name="folders">The folders named.</param>
    /// <param name="noShipped">Whether to leave out the shipped rules.</param>
    /// <param name="verbose">Whether to list the passing cases too.</param>
    /// <param name="stdout">Where the report goes.</param>
    /// <param name="stderr">Where usage errors go.</param>
    /// <returns>0 when every case passed; 1 when one failed; 2 when the rules or a test file could not be used, or there was no case.</returns>
    public static int Execute(IReadOnlyList<string> folders, bool noShipped, bool verbose, TextWriter stdout, TextWriter stderr)
    {
        var missing = folders.Where(f => !Directory.Exists(f)).Select(f => $"'{f}' is not a folder. Name rule folders that hold *.tests.yaml files.").ToList();
        var sources = RuleSources.For(folders, noShipped, out var error);
        if (missing.Count > 0 || sources is null)
        {
            return UsageErrors.Write(missing.Append(error).OfType<string>(), "test", stderr);
        }

        var loaded = sources.Load();
        if (loaded.RuleSet is not { } ruleSet)
        {
            foreach (var diagnostic in loaded.Diagnostics)
            {
                stdout.WriteLine(diagnostic);
            }

            stdout.WriteLine($"No test was run: the rule set ({sources.Name}) has errors.");
            return ExitCodes.InvalidInput;
        }

        var suites = folders.Select(RuleTestSuite.Load).ToList();
        var run = new RuleTestRun(
            [.. suites.SelectMany(s => s.Run(ruleSet).Results)],
            [.. loaded.Diagnostics, .. suites.SelectMany(s => s.Diagnostics)]);
        TestReport.Write(run, stdout, verbose);
        if (run.Results.Count == 0)
        {
            stderr.WriteLine($"{ToolInfo.CommandName}: No test case (*.tests.yaml) was found in {string.Join(", ", folders)}.");
            return ExitCodes.InvalidInput;
        }

        return run.Diagnostics.Any(d => d.Severity == Governance.Model.DiagnosticSeverity.Error) ? ExitCodes.InvalidInput
            : run.Results.Any(r => r.Errors.Count > 0) ? ExitCodes.RuleErrors
            : run.Passed ? ExitCodes.Success
            : ExitCodes.FindingsFailed;
    }
}
