using System.Globalization;

namespace Governance.Rules.Reports;

/// <summary>
/// A Markdown summary of a check for a pull-request comment or a GitHub job summary: the outcome, the rule set and its
/// version, a table of open findings by authority and severity (with the departed ones, and the new ones when a
/// baseline was given), the findings themselves, and what was fixed since the baseline. Every text from a file is
/// escaped, so a name cannot break the table or add markup.
/// </summary>
public static class MarkdownReport
{
    /// <summary>Writes the summary.</summary>
    /// <param name="report">The check.</param>
    /// <param name="output">Where the summary goes.</param>
    public static void Write(CheckReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        output.Write($"## Governance check: {Verdict(report.Outcome)}\n\n");
        if (report.Result is not { } result || report.NothingChecked)
        {
            output.Write(MarkdownText.Escape(GitHubReport.Summary(report)) + "\n");
            WriteProblems(report, output);
            return;
        }

        output.Write(
            $"Rule set {MarkdownText.Code(result.RuleSetVersion)} ({MarkdownText.Escape(report.RuleSetName)}), "
            + $"{Plural.Of(result.RulesInForce.Count, "rule")} in force as at {IsoDate.Format(result.AsAt)}; "
            + $"{Plural.Of(report.FailingFindings.Count, "finding")} at or above `--fail-on {TextReport.Word(report.FailOn)}`"
            + (report.Baseline is null ? string.Empty : " and not in the baseline") + ".\n\n");
        WriteTable(report, result, output);
        WriteFindings(report, result, output);
        WriteFixed(report, output);
        WriteProblems(report, output);
    }

    private static string Verdict(CheckOutcome outcome) => outcome switch
    {
        CheckOutcome.Passed => "passed",
        CheckOutcome.FindingsFailed => "findings to act on",
        CheckOutcome.InvalidInput => "inputs to fix",
        _ => "rule errors",
    };

    private static void WriteTable(CheckReport report, EvaluationResult result, TextWriter output)
    {
        var withBaseline = report.Baseline is not null;
        output.Write("| Authority | Errors | Warnings | Notes | Departed |" + (withBaseline ? " New |" : string.Empty) + "\n");
        output.Write("| --- | ---: | ---: | ---: | ---: |" + (withBaseline ? " ---: |" : string.Empty) + "\n");
        var byAuthority = result.Findings.ToLookup(f => f.AuthorityCode, StringComparer.Ordinal);
        foreach (var authority in report.Authorities)
        {
            output.Write($"| {MarkdownText.Escape($"{authority.Name} ({authority.Code})")} | {Counts(report, byAuthority[authority.Code].ToList())}\n");
        }

        output.Write($"| **Total** | {Counts(report, result.Findings)}\n\n");
    }

    private static string Counts(CheckReport report, IReadOnlyList<Finding> findings)
    {
        var open = findings.Where(f => f.Status == FindingStatus.Open).ToList();
        var cells = new List<int>
        {
            open.Count(f => f.Severity == Severity.Error),
            open.Count(f => f.Severity == Severity.Warning),
            open.Count(f => f.Severity == Severity.Note),
            findings.Count - open.Count,
        };
        if (report.Baseline is { } baseline)
        {
            cells.Add(findings.Count(f => !baseline.IsUnchanged(f)));
        }

        return string.Concat(cells.Select(c => c.ToString(CultureInfo.InvariantCulture) + " | ")).TrimEnd();
    }

    private static void WriteFindings(CheckReport report, EvaluationResult result, TextWriter output)
    {
        if (result.Findings.Count == 0 && result.Errors.Count == 0)
        {
            return;
        }

        output.Write("| Severity | Rule | Authority | Finding | Where |\n| --- | --- | --- | --- | --- |\n");
        var byAuthority = result.Findings.ToLookup(f => f.AuthorityCode, StringComparer.Ordinal);
        foreach (var finding in report.Authorities.SelectMany(a => TextReport.MostSevereFirst(byAuthority[a.Code])))
        {
            var marks = new List<string>();
            if (finding.Status == FindingStatus.Departed)
            {
                marks.Add("departed");
            }

            if (report.Baseline is { } baseline)
            {
                marks.Add(baseline.IsUnchanged(finding) ? "unchanged" : "**new**");
            }

            var severity = TextReport.Word(finding.Severity) + string.Concat(marks.Select(m => $" ({m})"));
            output.Write(
                $"| {severity} | {MarkdownText.Code(finding.RuleId)} | {MarkdownText.Escape(finding.AuthorityName)} | "
                + $"{MarkdownText.Escape(finding.Message)} ({MarkdownText.Escape(finding.Citation.ToString())}) | {MarkdownText.Code(finding.Location.ToString())} |\n");
        }

        foreach (var error in result.Errors)
        {
            output.Write(
                $"| rule error{(error.Code is null ? string.Empty : " " + error.Code)} | {MarkdownText.Code(error.RuleId)} | {MarkdownText.Escape(error.AuthorityCode ?? string.Empty)} | "
                + $"{MarkdownText.Escape(error.Message)} | {MarkdownText.Code(error.Location.ToString())} |\n");
        }

        output.Write("\n");
    }

    private static void WriteFixed(CheckReport report, TextWriter output)
    {
        if (report.Baseline is not { Fixed.Count: > 0 } baseline)
        {
            return;
        }

        output.Write($"Fixed since the baseline ({Plural.Of(baseline.Fixed.Count, "finding")}):\n\n");
        foreach (var gone in baseline.Fixed)
        {
            output.Write($"- {MarkdownText.Code(gone.RuleId)} ({MarkdownText.Escape(gone.AuthorityCode)}): {MarkdownText.Escape(gone.Message)}\n");
        }

        output.Write("\n");
    }

    private static void WriteProblems(CheckReport report, TextWriter output)
    {
        var problems = report.Diagnostics.ToList();
        if (problems.Count == 0)
        {
            return;
        }

        output.Write($"\nProblems in the input files ({problems.Count.ToString(CultureInfo.InvariantCulture)}):\n\n");
        foreach (var problem in problems)
        {
            output.Write($"- {MarkdownText.Code(problem.Location.ToString())} {problem.Code}: {MarkdownText.Escape(problem.Message)}\n");
        }

        output.Write("\n");
    }
}
