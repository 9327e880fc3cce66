using System.CommandLine;
using Governance.Cli.Check;
using Governance.Cli.CommandLine;
using Governance.Cli.Output;
using Governance.Rules;
using Governance.Rules.Reports;

namespace Governance.Cli.Coverage;

/// <summary>
/// <c>governance coverage</c>: which items of the guidance catalogue the rules check, by which rules, and which were
/// judged a process (with the evidence) or not checkable (with the reason), as text, Markdown or JSON
/// (<see cref="CoverageReport"/>).
/// </summary>
internal static class CoverageCommand
{
    /// <summary>Writes one format of the report: the coverage, the writer, the rule set's name.</summary>
    private delegate void Writer(GuidanceCoverage coverage, TextWriter output, string ruleSetName);

    /// <summary>Makes the command.</summary>
    public static Command Create()
    {
        var rules = CommonOptions.RuleFolders();
        var noShipped = CommonOptions.NoShippedRules("Leave out the rules shipped with the tool: use only the folders named with --rules.");
        var format = new ChoiceOption<Writer>(
            "--format",
            "How to write the report: text (for people and CI logs), markdown (for a pull-request comment or a page) or json (for programs).",
            CoverageReport.WriteText,
            ("text", CoverageReport.WriteText),
            ("markdown", CoverageReport.WriteMarkdown),
            ("json", (coverage, output, name) => CoverageReport.WriteJson(coverage, output, name, ToolInfo.Report)));
        var output = new Option<string>("--output")
        {
            Description = "Write the report to this file (written whole or not at all) instead of standard output.",
            HelpName = "file",
        };
        var command = new Command("coverage", "Show which items of the guidance the rules check, by which rules, and why the others are not checked.")
        {
            rules,
            noShipped,
            format.Option,
            output,
        };
        command.SetAction(parseResult => Execute(
            parseResult.GetValue(rules) ?? [],
            parseResult.GetValue(noShipped),
            format.GetValue(parseResult),
            parseResult.GetValue(output),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    private static int Execute(IReadOnlyList<string> folders, bool noShipped, Writer write, string? file, TextWriter stdout, TextWriter stderr)
    {
        var sources = RuleSources.For(folders, noShipped, out var error);
        var problems = new[] { error, file is null ? null : OutputTarget.FileProblem(file) }.OfType<string>().ToList();
        if (sources is null || problems.Count > 0)
        {
            return UsageErrors.Write(problems, "coverage", stderr);
        }

        var loaded = sources.Load();
        foreach (var diagnostic in loaded.Diagnostics)
        {
            stderr.WriteLine(diagnostic);
        }

        if (loaded.RuleSet is not { } ruleSet)
        {
            stderr.WriteLine($"{ToolInfo.CommandName}: No coverage was computed: the rule set ({sources.Name}) has errors.");
            return ExitCodes.InvalidInput;
        }

        var coverage = GuidanceCoverage.Of(ruleSet);
        if (file is null)
        {
            write(coverage, stdout, sources.Name);
            return ExitCodes.Success;
        }

        return OutputTarget.TryWrite(file, "the coverage report", writer => write(coverage, writer, sources.Name), stderr) ? ExitCodes.Success : ExitCodes.InvalidInput;
    }
}
