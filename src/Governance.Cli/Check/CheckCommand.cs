using System.CommandLine;
using Governance.Cli.CommandLine;
using Governance.Cli.Inputs;
using Governance.Cli.Output;
using Governance.Rules;
using Governance.Rules.Reports;

namespace Governance.Cli.Check;

/// <summary>
/// <c>governance check &lt;paths&gt;...</c>: loads the rule set and the authority files, evaluates the rules as at a
/// date, and reports the findings, each with its citation, evidence and remedy.
/// </summary>
internal static class CheckCommand
{
    /// <summary>Makes the command.</summary>
    public static Command Create()
    {
        var paths = CommonOptions.AuthorityPaths();
        var rules = new Option<string>("--rules")
        {
            Description = "The rule set: a folder of rule files, searched with its subfolders, with the guidance catalogue under guidance/. "
                + "Default: the first 'rules' folder in the current directory or above it, else the rules shipped with the tool.",
            HelpName = "folder",
        };
        rules.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && result.Tokens[^1].Value is var named && File.Exists(named))
            {
                result.AddError($"--rules names a folder of rule files, but '{named}' is a file. Name the folder that holds the rule set and its guidance/ catalogue.");
            }
        });
        var asAt = DateOption.Create(
            "--as-at",
            "Judge the arrangements as at this date. Default: the latest date the authority files are recorded as at.");
        var ignoreDepartures = new Option<bool>("--ignore-departures")
        {
            Description = "Evaluate as if no departure were recorded: every finding is shown open (for auditors).",
        };
        var format = new ChoiceOption<OutputFormat>(
            "--format",
            "How to write the results: text (for people and CI logs), json (for programs) or html (one self-contained page for people).",
            OutputFormat.Text,
            ("text", OutputFormat.Text),
            ("json", OutputFormat.Json),
            ("html", OutputFormat.Html));
        var failOn = new ChoiceOption<FailOn>(
            "--fail-on",
            "The least severe open finding that fails the run (exit code 1). Departed findings never fail.",
            FailOn.Warning,
            ("error", FailOn.Error),
            ("warning", FailOn.Warning),
            ("note", FailOn.Note),
            ("never", FailOn.Never));
        var command = new Command("check", "Check authority files against the rules and report the findings, each citing its paragraph of the guidance.")
        {
            paths,
            rules,
            asAt,
            ignoreDepartures,
            format.Option,
            failOn.Option,
        };
        command.SetAction(parseResult => Execute(
            new CheckRequest(
                parseResult.GetRequiredValue(paths),
                parseResult.GetValue(rules),
                parseResult.GetValue(asAt),
                parseResult.GetValue(ignoreDepartures),
                format.GetValue(parseResult),
                failOn.GetValue(parseResult),
                CommonOptions.IsVerbose(parseResult.GetValue<bool>(CommonOptions.VerboseName))),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Runs the check and writes its report.</summary>
    /// <param name="request">What the command line asked for.</param>
    /// <param name="stdout">Where the report goes.</param>
    /// <param name="stderr">Where notes about the run itself go.</param>
    /// <returns>The exit code.</returns>
    public static int Execute(CheckRequest request, TextWriter stdout, TextWriter stderr)
    {
        var location = request.RulesPath is { } named
            ? new RulesLocation(named, "named with --rules")
            : RulesLocator.Find(Environment.CurrentDirectory);
        if (request.Verbose)
        {
            stderr.WriteLine($"{ToolInfo.CommandName}: rules from {location.Name} ({location.HowFound})");
        }

        var ruleSet = location.Path is { } folder ? RuleSet.Load(folder) : new RuleSetLoadResult(RuleSet.LoadShipped(), []);
        var authorities = AuthorityInputs.Load(request.Paths, stderr);
        var result = ruleSet.RuleSet is { } rules && authorities.Authorities.Count > 0
            ? rules.Evaluate(authorities.Authorities, new EvaluationOptions { AsAt = request.AsAt, IgnoreDepartures = request.IgnoreDepartures })
            : null;

        var run = new CheckRun
        {
            RulesPath = location.Path,
            RuleSetVersion = ruleSet.RuleSet?.Version,
            Rules = ruleSet.RuleSet?.Rules ?? [],
            RuleDiagnostics = ruleSet.Diagnostics,
            Authorities = authorities,
            Result = result,
            FailOn = request.FailOn,
        };
        if (request.Format == OutputFormat.Json)
        {
            CheckJsonReport.Write(run, stdout);
        }
        else if (request.Format == OutputFormat.Html && result is not null)
        {
            HtmlReport.Write(result, run.Rules, authorities.Authorities, stdout);
        }
        else if (request.Format == OutputFormat.Html)
        {
            // Nothing was evaluated, so there is no page to write: say why where people will see it.
            CheckTextReport.Write(run, request.Verbose, stderr);
        }
        else
        {
            CheckTextReport.Write(run, request.Verbose, stdout);
        }

        return run.ExitCode;
    }
}

/// <summary>What a <c>check</c> command line asked for.</summary>
/// <param name="Paths">Authority files and folders.</param>
/// <param name="RulesPath">The rule set named with <c>--rules</c>, if any.</param>
/// <param name="AsAt">The as-at date, if given.</param>
/// <param name="IgnoreDepartures">Whether to ignore recorded departures.</param>
/// <param name="Format">How to write the report.</param>
/// <param name="FailOn">The least severe open finding that fails the run.</param>
/// <param name="Verbose">Whether to say more.</param>
internal sealed record CheckRequest(
    IReadOnlyList<string> Paths,
    string? RulesPath,
    DateOnly? AsAt,
    bool IgnoreDepartures,
    OutputFormat Format,
    FailOn FailOn,
    bool Verbose);
