using System.Globalization;
using Governance.Model;
using Governance.Rules.Reports.Writing;

namespace Governance.Rules.Reports;

/// <summary>How <see cref="TextReport"/> writes.</summary>
public sealed record TextReportOptions
{
    /// <summary>Whether to list each finding's evidence too.</summary>
    public bool Verbose { get; init; }

    /// <summary>Whether to colour the severities with ANSI escape codes (for a terminal; never when <c>NO_COLOR</c> is set).</summary>
    public bool Colour { get; init; }
}

/// <summary>
/// The text report of a check, for people and CI logs: the problems in the input files, then the findings authority by
/// authority, most severe first, each as <c>file:line:column: warning rule-id: message [citation]</c> with its remedy
/// and any departure below it, then the rule errors, what changed since the baseline, and a summary naming the rule
/// set and its version. Every text that comes from a file is escaped (<c>\n</c>, <c>\u001B</c>), so no line can be
/// forged. When no rule was in force, the report is the evaluation's notice that nothing was checked.
/// </summary>
public static class TextReport
{
    private const string Indent = "    ";

    /// <summary>Writes the report.</summary>
    /// <param name="report">The check.</param>
    /// <param name="output">Where the report goes.</param>
    /// <param name="options">How to write; defaults when <see langword="null"/>.</param>
    public static void Write(CheckReport report, TextWriter output, TextReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        options ??= new TextReportOptions();
        var lines = new SectionWriter(output);
        foreach (var diagnostic in report.Diagnostics)
        {
            lines.Line(LineText.Escape(diagnostic.ToString()));
        }

        if (report.Result is { } result && (!report.NothingChecked || result.Findings.Count > 0))
        {
            WriteFindings(report, result, options, lines);
            WriteRuleErrors(result, lines);
            WriteFixed(report, lines);
        }

        lines.StartSection();
        WriteSummary(report, lines);
    }

    /// <summary>
    /// Writes the report of a validation: one line per problem, <c>file:line:column: error GOV123: message</c>, then a
    /// summary line such as <c>5 files, 5 authorities: 0 errors, 1 warning</c>.
    /// </summary>
    /// <param name="report">The validation.</param>
    /// <param name="output">Where the report goes.</param>
    public static void Write(ValidationReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var diagnostic in report.Diagnostics)
        {
            output.WriteLine(LineText.Escape(diagnostic.ToString()));
        }

        output.WriteLine(
            $"{Plural.Of(report.Files.Count, "file")}, {Plural.Of(report.Authorities.Count, "authority", "authorities")}: "
            + ProblemCounts(report.ErrorCount, report.WarningCount, report.WarningsAsErrors));
    }

    /// <summary>How many problems were found, as a summary line ends: <c>1 error, 2 warnings (warnings count as errors)</c>.</summary>
    /// <param name="errors">How many errors.</param>
    /// <param name="warnings">How many warnings.</param>
    /// <param name="warningsAsErrors">Whether warnings fail the run too.</param>
    internal static string ProblemCounts(int errors, int warnings, bool warningsAsErrors) =>
        $"{Plural.Of(errors, "error")}, {Plural.Of(warnings, "warning")}"
        + (warningsAsErrors && warnings > 0 ? " (warnings count as errors)" : string.Empty);

    /// <summary>A finding as one line: <c>file:line:column: warning rule-id: message [citation]</c>, escaped.</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="marks">Words to put after the severity in brackets, for example <c>departed</c>.</param>
    /// <param name="colour">Whether to colour the severity.</param>
    internal static string FindingLine(Finding finding, IEnumerable<string> marks, bool colour = false)
    {
        var severity = Word(finding.Severity);
        var shown = colour ? Colours.Paint(finding.Severity, severity) : severity;
        var extra = string.Concat(marks.Select(m => $" ({m})"));
        return LineText.Escape($"{finding.Location}: ") + shown + LineText.Escape($"{extra} {finding.RuleId}: {finding.Message} [{finding.Citation}]");
    }

    /// <summary>A severity as reports write it: <c>error</c>, <c>warning</c>, <c>note</c>.</summary>
    /// <param name="severity">The severity.</param>
    internal static string Word(Severity severity) => JsonText.CamelCase(severity);

    /// <summary>A fail-on threshold as the command line writes it.</summary>
    /// <param name="failOn">The threshold.</param>
    internal static string Word(FailOn failOn) => JsonText.CamelCase(failOn);

    /// <summary>The findings of a result in report order: by authority as evaluated, then most severe first, then as the result orders them.</summary>
    /// <param name="findings">The findings of one authority.</param>
    internal static IEnumerable<Finding> MostSevereFirst(IEnumerable<Finding> findings) => findings.OrderBy(f => f.Severity);

    private static void WriteFindings(CheckReport report, EvaluationResult result, TextReportOptions options, SectionWriter output)
    {
        var byAuthority = result.Findings.ToLookup(f => f.AuthorityCode, StringComparer.Ordinal);
        foreach (var authority in report.Authorities)
        {
            var findings = MostSevereFirst(byAuthority[authority.Code]).ToList();
            output.StartSection();
            output.Line(LineText.Escape($"{authority.Name} ({authority.Code}), {authority.Location.File}: {Plural.Of(findings.Count, "finding")}"));
            foreach (var finding in findings)
            {
                WriteFinding(report, finding, options, output);
            }
        }
    }

    private static void WriteFinding(CheckReport report, Finding finding, TextReportOptions options, SectionWriter output)
    {
        output.Line(FindingLine(finding, Marks(report, finding), options.Colour));
        if (!string.IsNullOrWhiteSpace(finding.Remedy))
        {
            output.Line($"{Indent}Remedy: {LineText.OneLine(finding.Remedy)}");
        }

        if (finding.Departure is { } departure)
        {
            output.Line($"{Indent}Departed: {LineText.OneLine(departure.Reasons)} ({LineText.Escape(Decision(departure))})");
        }

        if (options.Verbose)
        {
            foreach (var evidence in finding.Evidence)
            {
                output.Line(LineText.Escape($"{Indent}Evidence: {evidence.Name} = {evidence.Description}, at {evidence.Location}"));
            }
        }
    }

    private static IEnumerable<string> Marks(CheckReport report, Finding finding)
    {
        if (finding.Status == FindingStatus.Departed)
        {
            yield return "departed";
        }

        if (report.Baseline is { } baseline)
        {
            yield return baseline.IsUnchanged(finding) ? "unchanged" : "new";
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
            output.Line(LineText.Escape(error.AuthorityCode is null ? error.ToString() : $"{error} (evaluating {error.AuthorityCode})"));
        }
    }

    private static void WriteFixed(CheckReport report, SectionWriter output)
    {
        if (report.Baseline is not { Fixed.Count: > 0 } baseline)
        {
            return;
        }

        output.StartSection();
        output.Line(LineText.Escape($"Fixed since the baseline {baseline.File}:"));
        foreach (var gone in baseline.Fixed)
        {
            output.Line(LineText.Escape($"{Indent}{gone.RuleId} ({gone.AuthorityCode}): {gone.Message}"));
        }
    }

    private static void WriteSummary(CheckReport report, SectionWriter output)
    {
        if (report.Result is not { } result)
        {
            output.Line(LineText.Escape(report.RuleSetVersion is null
                ? $"Nothing was checked: the rule set ({report.RuleSetName}) has errors."
                : "Nothing was checked: no authority file could be loaded."));
            output.Line(InputSummary(report));
            return;
        }

        if (report.NothingChecked)
        {
            WriteNothingInForce(report, result, output);
            return;
        }

        output.Line(LineText.Escape(
            $"Checked {Plural.Of(result.AuthoritiesEvaluated.Count, "authority", "authorities")} as at {IsoDate.Format(result.AsAt)} "
            + $"against rule set {result.RuleSetVersion} ({report.RuleSetName}; {Plural.Of(result.RulesInForce.Count, "rule")} in force)."));
        var findings = result.Findings;
        var departed = findings.Count(f => f.Status == FindingStatus.Departed);
        output.Line(
            $"Findings: {Plural.Of(findings.Count(f => f.Severity == Severity.Error), "error")}, "
            + $"{Plural.Of(findings.Count(f => f.Severity == Severity.Warning), "warning")}, "
            + $"{Plural.Of(findings.Count(f => f.Severity == Severity.Note), "note")} "
            + $"({findings.Count - departed} open, {departed} departed); "
            + $"{Plural.Of(report.FailingFindings.Count, "finding")} at or above --fail-on {Word(report.FailOn)}"
            + (report.Baseline is null ? "." : " and not in the baseline."));
        if (report.Baseline is { } baseline)
        {
            output.Line(LineText.Escape(
                $"Baseline {baseline.File}: {baseline.New.Count} new, {baseline.Unchanged.Count} unchanged, {baseline.Fixed.Count} fixed."));
        }

        output.Line($"Rule errors: {result.Errors.Count.ToString(CultureInfo.InvariantCulture)}.");
        if (result.DeparturesIgnored)
        {
            output.Line("Departures ignored: every finding is shown open, as if no departure were recorded.");
        }

        if (!result.Complete)
        {
            output.Line(LineText.Escape($"Incomplete: {result.StoppedBecause ?? "the evaluation stopped before the end"}."));
        }

        foreach (var notice in result.Notices)
        {
            output.Line(LineText.Escape($"Notice: {notice}"));
        }

        if (report.HasInputErrors)
        {
            output.Line(InputSummary(report));
        }
    }

    private static void WriteNothingInForce(CheckReport report, EvaluationResult result, SectionWriter output)
    {
        foreach (var notice in result.Notices)
        {
            output.Line(LineText.Escape(notice));
        }

        var later = report.Rules.Select(r => r.EffectiveFrom).Where(from => from > result.AsAt).Min();
        var earlier = report.Rules.Select(r => r.EffectiveUntil).Where(until => until < result.AsAt).Max();
        if (later is { } first)
        {
            output.Line($"The first rule comes into force on {IsoDate.Format(first)}: give --as-at that date or a later one.");
        }
        else if (earlier is { } last)
        {
            output.Line($"The last rule was in force until {IsoDate.Format(last)}: give --as-at that date or an earlier one.");
        }

        output.Line(LineText.Escape(
            $"Loaded {Plural.Of(result.AuthoritiesEvaluated.Count, "authority", "authorities")} and rule set {result.RuleSetVersion} "
            + $"({report.RuleSetName}; {Plural.Of(report.Rules.Count, "rule")}, none in force as at {IsoDate.Format(result.AsAt)})."));
        if (report.HasInputErrors)
        {
            output.Line(InputSummary(report));
        }
    }

    private static string InputSummary(CheckReport report)
    {
        var ruleErrors = report.RuleDiagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var authorityErrors = report.AuthorityDiagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        return $"Input errors: {Plural.Of(ruleErrors, "error")} in the rule set; "
            + $"{Plural.Of(authorityErrors, "error")} in {Plural.Of(report.Files.Count, "authority file")} "
            + $"({Plural.Of(report.Authorities.Count, "authority", "authorities")} loaded).";
    }

    private static string Decision(DepartureRecord departure) =>
        $"decided by {departure.DecidedBy} on {IsoDate.Format(departure.DecidedOn)}"
        + (departure.ReviewBy is { } review ? $", review by {IsoDate.Format(review)}" : string.Empty)
        + $"; {departure.Location}";

    /// <summary>ANSI colours for the severities.</summary>
    private static class Colours
    {
        private const string Reset = "\u001b[0m";

        public static string Paint(Severity severity, string text) => severity switch
        {
            Severity.Error => "\u001b[1;31m",
            Severity.Warning => "\u001b[33m",
            _ => "\u001b[36m",
        } + text + Reset;
    }
}
