using System.CommandLine;
using Governance.Cli.Check;
using Governance.Cli.CommandLine;
using Governance.Cli.Inputs;
using Governance.Reading;
using Governance.Rules;
using Governance.Rules.Reports;

namespace Governance.Cli.Explain;

/// <summary>
/// <c>governance explain FILE --rule ID</c>: why one rule did or did not fire for one authority
/// (<see cref="RuleSet.Explain"/>), in plain words, with each condition's evaluations under <c>--verbose</c>
/// (<see cref="ExplanationReport"/>). Exits with 0 when it explained the rule, whether or not the rule fired.
/// </summary>
internal static class ExplainCommand
{
    /// <summary>Makes the command.</summary>
    /// <param name="environment">The process's environment (for <c>GOVERNANCE_VERBOSE</c>).</param>
    public static Command Create(CliEnvironment environment)
    {
        var file = new Argument<string>("file") { Description = "The authority file (.yaml, .yml)." };
        file.Validators.Add(CommonOptions.RejectOptionLikePaths);
        var rule = new Option<string>("--rule") { Description = "The id of the rule to explain.", HelpName = "id", Required = true };
        var asAt = DateOption.Create("--as-at", "Judge the arrangements as at this date. Default: the date the authority file is recorded as at.");
        var rules = CommonOptions.RuleFolders();
        var noShipped = CommonOptions.NoShippedRules("Leave out the rules shipped with the tool: use only the folders named with --rules.");
        var command = new Command("explain", "Explain why a rule did or did not fire for an authority: the date, the paragraph, the findings or the condition where it stopped.")
        {
            file,
            rule,
            asAt,
            rules,
            noShipped,
        };
        command.SetAction(parseResult => Execute(
            parseResult.GetValue(file)!,
            parseResult.GetValue(rule)!,
            parseResult.GetValue(asAt),
            parseResult.GetValue(rules) ?? [],
            parseResult.GetValue(noShipped),
            CommonOptions.IsVerbose(parseResult.GetValue<bool>(CommonOptions.VerboseName), environment),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    private static int Execute(string file, string ruleId, DateOnly? asAt, IReadOnlyList<string> folders, bool noShipped, bool verbose, TextWriter stdout, TextWriter stderr)
    {
        var sources = RuleSources.For(folders, noShipped, out var error);
        if (sources is null)
        {
            return UsageErrors.Write([error!], "explain", stderr);
        }

        if (Directory.Exists(file))
        {
            return UsageErrors.Write([$"'{file}' is a folder: name one authority file to explain a rule for."], "explain", stderr);
        }

        var loaded = sources.Load();
        foreach (var diagnostic in loaded.Diagnostics)
        {
            stderr.WriteLine(diagnostic);
        }

        if (loaded.RuleSet is not { } ruleSet)
        {
            stderr.WriteLine($"{ToolInfo.CommandName}: Nothing was explained: the rule set ({sources.Name}) has errors.");
            return ExitCodes.InvalidInput;
        }

        if (!ruleSet.Rules.Any(r => r.Id == ruleId))
        {
            return UsageErrors.Write([$"No rule has the id '{ruleId}'.{Suggestions.DidYouMean(ruleId, ruleSet.Rules.Select(r => r.Id))}"], "explain", stderr);
        }

        var authorities = AuthorityInputs.Load([file], stderr);
        foreach (var diagnostic in authorities.Diagnostics)
        {
            stderr.WriteLine(diagnostic);
        }

        if (authorities.ErrorCount > 0 || authorities.Authorities.Count != 1)
        {
            stderr.WriteLine($"{ToolInfo.CommandName}: Nothing was explained: {file} could not be read as one authority.");
            return ExitCodes.InvalidInput;
        }

        var explanation = ruleSet.Explain(authorities.Authorities[0], ruleId, new EvaluationOptions { AsAt = asAt });
        ExplanationReport.WriteText(explanation, stdout, verbose);
        return explanation.Outcome == ExplanationOutcome.RuleError ? ExitCodes.RuleErrors : ExitCodes.Success;
    }
}
