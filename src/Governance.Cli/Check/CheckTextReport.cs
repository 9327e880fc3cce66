using System.Globalization;
using Governance.Cli.Output;
using Governance.Model;
using Governance.Rules;

namespace Governance.Cli.Check;

/// <summary>
/// The text report of <c>check</c>: the problems in the input files, then the findings authority by authority (each as
/// <c>file:line:column: warning rule-id: message [citation]</c>, with its remedy and any departure below it), then the
/// rule errors and a summary of what was judged against what. When no rule was in force, the report is the evaluation's
/// notice that nothing was checked, with no list of authorities that could pass for a clean result.
/// </summary>
internal static class CheckTextReport
{
    private const string Indent = "    ";

    /// <summary>Writes the report.</summary>
    /// <param name="run">The run.</param>
    /// <param name="verbose">Whether to list each finding's evidence too.</param>
    /// <param name="writer">Where the report goes.</param>
    public static void Write(CheckRun run, bool verbose, TextWriter writer) => Write(run, verbose, new SectionWriter(writer));

    private static void Write(CheckRun run, bool verbose, SectionWriter output)
    {
        foreach (var diagnostic in run.RuleDiagnostics.Concat(run.Authorities.Diagnostics))
        {
            output.Line(diagnostic.ToString());
        }

        if (run.Result is { } result && (!run.NothingChecked || result.Findings.Count > 0))
        {
            WriteFindings(run.Authorities.Authorities, result, verbose, output);
            WriteRuleErrors(result, output);
        }

        output.StartSection();
        WriteSummary(run, output);
    }

    private static void WriteFindings(IReadOnlyList<Authority> authorities, EvaluationResult result, bool verbose, SectionWriter output)
    {
        var byAuthority = result.Findings.ToLookup(f => f.AuthorityCode, StringComparer.Ordinal);
        foreach (var authority in authorities)
        {
            var findings = byAuthority[authority.Code].ToList();
            output.StartSection();
            output.Line($"{authority.Name} ({authority.Code}), {authority.Location.File}: {Plural.Of(findings.Count, "finding")}");
            foreach (var finding in findings)
            {
                WriteFinding(finding, verbose, output);
            }
        }
    }

    private static void WriteFinding(Finding finding, bool verbose, SectionWriter output)
    {
        output.Line(finding.ToString());
        if (!string.IsNullOrWhiteSpace(finding.Remedy))
        {
            output.Line($"{Indent}Remedy: {OneLine(finding.Remedy)}");
        }

        if (finding.Departure is { } departure)
        {
            output.Line($"{Indent}Departed: {OneLine(departure.Reasons)} ({Decision(departure)})");
        }

        if (verbose)
        {
            foreach (var evidence in finding.Evidence)
            {
                output.Line($"{Indent}Evidence: {evidence.Name} = {evidence.Description}, at {evidence.Location}");
            }
        }
    }

    private static void WriteRuleErrors(EvaluationResult result, SectionWriter output)
    {
        if (result.Errors.Count == 0)
        {
            return;
        }

        output.StartSection();
        output.Line("Rules that failed (neither a pass nor a finding: fix the rule):");
        foreach (var error in result.Errors)
        {
            output.Line(error.AuthorityCode is null ? error.ToString() : $"{error} (evaluating {error.AuthorityCode})");
        }
    }

    private static void WriteSummary(CheckRun run, SectionWriter output)
    {
        if (run.Result is not { } result)
        {
            output.Line(run.RuleSetVersion is null
                ? $"Nothing was checked: the rule set in {run.RulesName} has errors."
                : "Nothing was checked: no authority file could be loaded.");
            output.Line(InputSummary(run));
            return;
        }

        if (run.NothingChecked)
        {
            WriteNothingInForce(run, result, output);
            return;
        }

        output.Line(
            $"Checked {Plural.Of(result.AuthoritiesEvaluated.Count, "authority", "authorities")} as at {IsoDate.Format(result.AsAt)} "
            + $"against rule set {result.RuleSetVersion} ({run.RulesName}; {Plural.Of(result.RulesInForce.Count, "rule")} in force).");
        var findings = result.Findings;
        var departed = findings.Count(f => f.Status == FindingStatus.Departed);
        output.Line(
            $"Findings: {Plural.Of(findings.Count(f => f.Severity == Severity.Error), "error")}, "
            + $"{Plural.Of(findings.Count(f => f.Severity == Severity.Warning), "warning")}, "
            + $"{Plural.Of(findings.Count(f => f.Severity == Severity.Note), "note")} "
            + $"({findings.Count - departed} open, {departed} departed); "
            + $"{Plural.Of(run.FailingFindings, "finding")} at or above --fail-on {FailOnWord(run.FailOn)}.");
        output.Line($"Rule errors: {result.Errors.Count.ToString(CultureInfo.InvariantCulture)}.");
        if (result.DeparturesIgnored)
        {
            output.Line("Departures ignored: every finding is shown open, as if no departure were recorded.");
        }

        if (!result.Complete)
        {
            output.Line($"Incomplete: {result.StoppedBecause ?? "the evaluation stopped before the end"}.");
        }

        foreach (var notice in result.Notices)
        {
            output.Line($"Notice: {notice}");
        }

        if (run.HasInputErrors)
        {
            output.Line(InputSummary(run));
        }
    }

    /// <summary>
    /// The summary when no rule was in force: the evaluation's notices, plainly, then when the rules are in force and
    /// what was loaded.
    /// </summary>
    private static void WriteNothingInForce(CheckRun run, EvaluationResult result, SectionWriter output)
    {
        foreach (var notice in result.Notices)
        {
            output.Line(notice);
        }

        var later = run.Rules.Select(r => r.EffectiveFrom).Where(from => from > result.AsAt).Min();
        var earlier = run.Rules.Select(r => r.EffectiveUntil).Where(until => until < result.AsAt).Max();
        if (later is { } first)
        {
            output.Line($"The first rule comes into force on {IsoDate.Format(first)}: give --as-at that date or a later one.");
        }
        else if (earlier is { } last)
        {
            output.Line($"The last rule was in force until {IsoDate.Format(last)}: give --as-at that date or an earlier one.");
        }

        output.Line(
            $"Loaded {Plural.Of(result.AuthoritiesEvaluated.Count, "authority", "authorities")} and rule set {result.RuleSetVersion} "
            + $"({run.RulesName}; {Plural.Of(run.Rules.Count, "rule")}, none in force as at {IsoDate.Format(result.AsAt)}).");
        if (run.HasInputErrors)
        {
            output.Line(InputSummary(run));
        }
    }

    private static string InputSummary(CheckRun run)
    {
        var ruleErrors = run.RuleDiagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var loaded = run.Authorities;
        return $"Input errors: {Plural.Of(ruleErrors, "error")} in the rule set; "
            + $"{Plural.Of(loaded.ErrorCount, "error")} in {Plural.Of(loaded.Files.Count, "authority file")} "
            + $"({Plural.Of(loaded.Authorities.Count, "authority", "authorities")} loaded).";
    }

    private static string Decision(DepartureRecord departure) =>
        $"decided by {departure.DecidedBy} on {IsoDate.Format(departure.DecidedOn)}"
        + (departure.ReviewBy is { } review ? $", review by {IsoDate.Format(review)}" : string.Empty)
        + $"; {departure.Location}";

    private static string FailOnWord(FailOn failOn) => JsonOutput.CamelCase(failOn);

    private static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
