using System.CommandLine;
using Governance.Cli.Check;
using Governance.Cli.CommandLine;
using Governance.Rules.Linting;
using Governance.Rules.Reports;

namespace Governance.Cli.Lint;

/// <summary>
/// <c>governance lint [folders]...</c>: loads rule folders, without any authority file, and reports every problem in
/// the rules, the catalogue and the rule test files, then the checks across them (<see cref="RuleSetLint"/>): checkable
/// items no rule cites, rules without test cases, tests of rules that are not there.
/// </summary>
internal static class LintCommand
{
    /// <summary>Makes the command.</summary>
    public static Command Create()
    {
        var folders = new Argument<string[]>("folders")
        {
            Description = "Rule folders to lint; their rules are added to the shipped ones, or take their place when a folder holds the shipped rules' own files (the repository's rules folder, or a copy). None: the shipped rules alone.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        folders.Validators.Add(CommonOptions.RejectOptionLikePaths);
        var noShipped = CommonOptions.NoShippedRules("Lint the folders named on their own, without the rules shipped with the tool.");
        var warningsAsErrors = CommonOptions.WarningsAsErrors();
        var command = new Command("lint", "Report every problem in rule folders, their catalogue and their test cases, and what the rules leave unchecked or untested.")
        {
            folders,
            noShipped,
            warningsAsErrors,
        };
        command.SetAction(parseResult => Execute(
            parseResult.GetValue(folders) ?? [],
            parseResult.GetValue(noShipped),
            parseResult.GetValue(warningsAsErrors),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    private static int Execute(IReadOnlyList<string> folders, bool noShipped, bool warningsAsErrors, TextWriter stdout, TextWriter stderr)
    {
        var missing = folders.Where(f => !Directory.Exists(f)).Select(f => $"'{f}' is not a folder. Name folders of rule files.").ToList();
        var sources = RuleSources.For(folders, noShipped, out var error, howFoldersAreNamed: string.Empty);
        if (missing.Count > 0 || sources is null)
        {
            return UsageErrors.Write(missing.Append(error).OfType<string>(), "lint", stderr);
        }

        var result = RuleSetLint.LintFolders(sources.Folders, sources.Shipped);
        LintReport.Write(result, stdout, sources.Name, warningsAsErrors);
        return result.ErrorCount > 0 || (warningsAsErrors && result.WarningCount > 0) ? ExitCodes.InvalidInput : ExitCodes.Success;
    }
}
