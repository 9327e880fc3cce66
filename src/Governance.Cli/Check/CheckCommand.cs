using System.CommandLine;
using Governance.Cli.CommandLine;
using Governance.Cli.Inputs;
using Governance.Cli.Output;
using Governance.Rules;
using Governance.Rules.Reports;

namespace Governance.Cli.Check;

/// <summary>
/// <c>governance check &lt;paths&gt;...</c>: loads the rule set and the authority files, evaluates the rules as at a
/// date, and writes the report in one or more formats, to standard output and to files.
/// </summary>
internal static class CheckCommand
{
    /// <summary>Makes the command.</summary>
    /// <param name="environment">The process's environment.</param>
    public static Command Create(CliEnvironment environment)
    {
        var paths = CommonOptions.AuthorityPaths();
        var rules = CommonOptions.RuleFolders();
        var noShipped = CommonOptions.NoShippedRules("Leave out the rules shipped with the tool: use only the folders named with --rules.");
        var rule = new Option<string[]>("--rule") { Description = "Report only this rule (its id). Repeatable; with --tag, the rules either selects.", HelpName = "id" };
        var tag = new Option<string[]>("--tag") { Description = "Report only the rules with this tag. Repeatable.", HelpName = "tag" };
        var asAt = DateOption.Create(
            "--as-at",
            "Judge the arrangements as at this date. Default: the latest date the authority files are recorded as at.");
        var ignoreDepartures = new Option<bool>("--ignore-departures")
        {
            Description = "Evaluate as if no departure were recorded: every finding is shown open (for auditors).",
        };
        var format = CommonOptions.ReportFormat();
        var output = new Option<string[]>("--output")
        {
            Description = "Write the report to a file (written whole or not at all) instead of standard output; FORMAT=FILE writes that format "
                + "to the file and leaves standard output to --format. Repeatable: one report per file.",
            HelpName = "[format=]file",
        };
        var baseline = new Option<string>("--baseline")
        {
            Description = "A JSON or SARIF report of an earlier check: findings in it are unchanged and do not fail the run; new ones do; fixed ones are listed.",
            HelpName = "file",
        };
        var failOn = new ChoiceOption<FailOn>(
            "--fail-on",
            "The least severe open finding that fails the run (exit code 1). Departed findings never fail.",
            FailOn.Warning,
            ("error", FailOn.Error),
            ("warning", FailOn.Warning),
            ("note", FailOn.Note),
            ("never", FailOn.Never));
        var timeout = DurationOption.Create(
            "--timeout",
            "Stop the evaluation after this long (for example 60s or 5m; 'none' for no limit) and report what was found as incomplete "
                + "(exit code 3), naming the rule being matched. Default: 5m.",
            EvaluationOptions.DefaultTimeLimit);
        var command = new Command("check", "Check authority files against the rules and report the findings, each citing its paragraph of the guidance.")
        {
            paths,
            rules,
            noShipped,
            rule,
            tag,
            asAt,
            ignoreDepartures,
            format.Option,
            output,
            baseline,
            failOn.Option,
            timeout,
        };
        command.SetAction(parseResult => Execute(
            new CheckRequest(
                parseResult.GetRequiredValue(paths),
                parseResult.GetValue(rules) ?? [],
                parseResult.GetValue(noShipped),
                new RuleSelection { Ids = parseResult.GetValue(rule) ?? [], Tags = parseResult.GetValue(tag) ?? [] },
                parseResult.GetValue(asAt),
                parseResult.GetValue(ignoreDepartures),
                format.GetValue(parseResult),
                parseResult.GetValue(output) ?? [],
                parseResult.GetValue(baseline),
                failOn.GetValue(parseResult),
                parseResult.GetValue(timeout),
                CommonOptions.IsVerbose(parseResult.GetValue<bool>(CommonOptions.VerboseName), environment)),
            environment,
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Runs the check and writes its reports.</summary>
    /// <param name="request">What the command line asked for.</param>
    /// <param name="environment">The process's environment.</param>
    /// <param name="stdout">Where the report goes, unless a file takes it.</param>
    /// <param name="stderr">Where notes about the run itself go.</param>
    /// <returns>The exit code.</returns>
    public static int Execute(CheckRequest request, CliEnvironment environment, TextWriter stdout, TextWriter stderr)
    {
        var targets = Targets(request, out var targetErrors);
        var sources = RuleSources.For(request.RuleFolders, request.NoShippedRules, out var sourceError);
        if (targetErrors.Count > 0 || sources is null)
        {
            return UsageErrors.Write(targetErrors.Append(sourceError).OfType<string>(), "check", stderr);
        }

        if (request.Verbose)
        {
            stderr.WriteLine($"{ToolInfo.CommandName}: rules from {sources.Name}");
        }

        var (report, unknown) = ProgressDisplay.Run(environment, step => Check(request, sources, stderr, step));
        if (unknown.Count > 0)
        {
            return UsageErrors.Write(unknown, "check", stderr);
        }

        var context = new ReportContext(request.Verbose, false, environment);
        foreach (var target in targets)
        {
            if (target.File is null)
            {
                target.Format.Write(report, stdout, context with { Colour = environment.OutputIsTerminal && !environment.NoColour });
            }
            else if (!TryWriteFile(target, report, context, stderr))
            {
                return ExitCodes.InvalidInput;
            }
        }

        return ExitCodes.Of(report.Outcome);
    }

    private static (CheckReport Report, IReadOnlyList<string> Unknown) Check(CheckRequest request, RuleSources sources, TextWriter stderr, Action<string> step)
    {
        step("Reading the rules");
        var loaded = sources.Load();
        if (loaded.RuleSet is { } ruleSet && request.Selection.Unknown(ruleSet) is { Count: > 0 } unknown)
        {
            return (null!, unknown);
        }

        step("Reading the authority files");
        var authorities = AuthorityInputs.Load(request.Paths, stderr);
        var baseline = request.Baseline is { } file ? Baseline.Load(file) : null;
        EvaluationResult? result = null;
        if (loaded.RuleSet is { } rules && authorities.Authorities.Count > 0)
        {
            step($"Evaluating {rules.Rules.Count} rules against {authorities.Authorities.Count} authorities");
            result = request.Selection.Apply(
                rules.Evaluate(
                    authorities.Authorities,
                    new EvaluationOptions { AsAt = request.AsAt, IgnoreDepartures = request.IgnoreDepartures, TimeLimit = request.Timeout }),
                rules);
        }

        var selection = request.Selection.IsEverything ? string.Empty : $"; {request.Selection}";
        return (new CheckReport
        {
            Tool = ToolInfo.Report,
            RuleSetName = sources.Name + selection,
            RuleSetVersion = loaded.RuleSet?.Version,
            Rules = loaded.RuleSet is { } set ? request.Selection.Of(set) : [],
            RuleDiagnostics = loaded.Diagnostics,
            Files = authorities.Files,
            Authorities = authorities.Authorities,
            AuthorityDiagnostics = authorities.Diagnostics,
            BaselineDiagnostics = baseline?.Diagnostics ?? [],
            Result = result,
            Baseline = result is not null && baseline?.Baseline is { } previous ? previous.Compare(result.Findings) : null,
            FailOn = request.FailOn,
        }, []);
    }

    /// <summary>
    /// The outputs: each <c>--output</c>, and standard output in the <c>--format</c> format unless an <c>--output</c>
    /// without a format of its own took it.
    /// </summary>
    private static List<OutputTarget> Targets(CheckRequest request, out List<string> errors)
    {
        errors = [];
        var targets = new List<OutputTarget>();
        var takesFormat = false;
        foreach (var value in request.Outputs)
        {
            if (OutputTarget.Parse(value, request.Format, out var error) is { } target)
            {
                targets.Add(target);
                takesFormat |= !target.FormatNamed;
            }
            else
            {
                errors.Add(error!);
            }
        }

        if (!takesFormat)
        {
            targets.Insert(0, new OutputTarget(request.Format, null));
        }

        return targets;
    }

    private static bool TryWriteFile(OutputTarget target, CheckReport report, ReportContext context, TextWriter stderr) =>
        OutputTarget.TryWrite(target.File!, $"the {target.Format.Name} report", writer => target.Format.Write(report, writer, context), stderr);
}

/// <summary>What a <c>check</c> command line asked for.</summary>
/// <param name="Paths">Authority files and folders.</param>
/// <param name="RuleFolders">The folders named with <c>--rules</c>, added to the shipped rules.</param>
/// <param name="NoShippedRules">Whether to leave out the shipped rules.</param>
/// <param name="Selection">The rules to report on.</param>
/// <param name="AsAt">The as-at date, if given.</param>
/// <param name="IgnoreDepartures">Whether to ignore recorded departures.</param>
/// <param name="Format">The format of standard output (and of an <c>--output</c> without one).</param>
/// <param name="Outputs">The <c>--output</c> values.</param>
/// <param name="Baseline">The baseline file, if any.</param>
/// <param name="FailOn">The least severe open finding that fails the run.</param>
/// <param name="Timeout">How long the evaluation may take; null for no limit.</param>
/// <param name="Verbose">Whether to say more.</param>
internal sealed record CheckRequest(
    IReadOnlyList<string> Paths,
    IReadOnlyList<string> RuleFolders,
    bool NoShippedRules,
    RuleSelection Selection,
    DateOnly? AsAt,
    bool IgnoreDepartures,
    ReportFormat Format,
    IReadOnlyList<string> Outputs,
    string? Baseline,
    FailOn FailOn,
    TimeSpan? Timeout,
    bool Verbose);
