using System.CommandLine;
using Governance.Cli.Check;
using Governance.Cli.CommandLine;
using Governance.Cli.Output;
using Governance.Rules.Reports;
using Governance.Rules.Testing;

namespace Governance.Cli.Docs;

/// <summary>
/// <c>governance docs --output FOLDER</c>: writes the rule catalogue as Markdown pages (<see cref="RuleCatalogueDocs"/>),
/// generated from the rules, their test cases and the rule language, so that it cannot go stale. The examples come from
/// the test cases (<c>*.tests.yaml</c>) in the folders named with <c>--rules</c>; the shipped rules' cases are not shipped.
/// </summary>
internal static class DocsCommand
{
    /// <summary>Makes the command.</summary>
    public static Command Create()
    {
        var rules = CommonOptions.RuleFolders();
        var noShipped = CommonOptions.NoShippedRules("Leave out the rules shipped with the tool: document only the folders named with --rules.");
        var output = new Option<string>("--output")
        {
            Description = $"The folder to write the pages in ({RuleCatalogueDocs.IndexPage}, {RuleCatalogueDocs.RulesPage}, {RuleCatalogueDocs.FactsPage}); made if it does not exist. Each page is written whole or not at all.",
            HelpName = "folder",
            Required = true,
        };
        var command = new Command("docs", "Write the rule catalogue as Markdown: the rules by section of the guidance, with examples from their tests, and the types of fact rules can use.")
        {
            output,
            rules,
            noShipped,
        };
        command.SetAction(parseResult => Execute(
            parseResult.GetRequiredValue(output),
            parseResult.GetValue(rules) ?? [],
            parseResult.GetValue(noShipped),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    private static int Execute(string folder, IReadOnlyList<string> folders, bool noShipped, TextWriter stdout, TextWriter stderr)
    {
        var sources = RuleSources.For(folders, noShipped, out var error);
        var problems = new[] { error, File.Exists(folder) ? $"--output names '{folder}', which is a file. Name the folder to write the pages in." : null }.OfType<string>().ToList();
        if (sources is null || problems.Count > 0)
        {
            return UsageErrors.Write(problems, "docs", stderr);
        }

        var loaded = sources.Load();
        var suites = sources.Folders.Select(RuleTestSuite.Load).ToList();
        foreach (var diagnostic in loaded.Diagnostics.Concat(suites.SelectMany(s => s.Diagnostics)).Distinct())
        {
            stderr.WriteLine(diagnostic);
        }

        if (loaded.RuleSet is not { } ruleSet || suites.Any(s => s.HasErrors))
        {
            var what = loaded.RuleSet is null ? "rule set" : "rule test files";
            stderr.WriteLine($"{ToolInfo.CommandName}: No documentation was written: the {what} ({sources.Name}) {(loaded.RuleSet is null ? "has" : "have")} errors.");
            return ExitCodes.InvalidInput;
        }

        var pages = RuleCatalogueDocs.Pages(ruleSet, suites.SelectMany(s => s.Cases), sources.Name);
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{ToolInfo.CommandName}: the folder {folder} could not be made: {e.Message}");
            return ExitCodes.InvalidInput;
        }

        foreach (var page in pages)
        {
            if (!OutputTarget.TryWrite(Path.Combine(folder, page.FileName), $"the page {page.FileName}", writer => writer.Write(page.Markdown), stderr))
            {
                return ExitCodes.InvalidInput;
            }
        }

        stdout.WriteLine($"Wrote {string.Join(", ", pages.Select(p => p.FileName))} to {folder}: {ruleSet.Rules.Count} rules of rule set {ruleSet.Version} ({sources.Name}).");
        return ExitCodes.Success;
    }
}
