using Governance.Model;

namespace Governance.Rules.Reports;

/// <summary>
/// The report as GitHub Actions workflow commands: one <c>::error</c>, <c>::warning</c> or <c>::notice</c> line per
/// finding, problem in an input file and rule error, each with <c>file</c>, <c>line</c>, <c>col</c> and <c>title</c>,
/// so that they show as annotations on the pull request; then the summary line of the text report. Every value is
/// escaped as GitHub requires (<c>%</c>, line ends, and <c>:</c> and <c>,</c> in properties) after the unsafe characters
/// are made visible, so no text from a file can end a command or start another.
/// </summary>
public static class GitHubReport
{
    /// <summary>Writes the workflow commands.</summary>
    /// <param name="report">The check.</param>
    /// <param name="output">Where the commands go (standard output, in a workflow).</param>
    public static void Write(CheckReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var diagnostic in report.Diagnostics)
        {
            Command(output, diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning", diagnostic.Location, diagnostic.Code, diagnostic.Message);
        }

        var result = report.Result;
        foreach (var finding in result?.Findings ?? [])
        {
            var marks = new List<string>();
            if (finding.Status == FindingStatus.Departed)
            {
                marks.Add("departed");
            }

            if (report.Baseline is { } baseline)
            {
                marks.Add(baseline.IsUnchanged(finding) ? "unchanged" : "new");
            }

            var title = $"{finding.RuleId} [{finding.Citation}]" + string.Concat(marks.Select(m => $" ({m})"));
            var level = finding.Status == FindingStatus.Departed ? "notice" : Level(finding.Severity);
            var remedy = string.IsNullOrWhiteSpace(finding.Remedy) ? string.Empty : $" Remedy: {LineText.OneLine(finding.Remedy)}";
            Command(output, level, finding.Location, title, finding.Message + remedy);
        }

        foreach (var error in result?.Errors ?? [])
        {
            Command(output, "error", error.Location, $"rule error {(error.Code is null ? string.Empty : error.Code + " ")}{error.RuleId}", error.AuthorityCode is null ? error.Message : $"{error.Message} (evaluating {error.AuthorityCode})");
        }

        output.WriteLine(LineText.Escape(Summary(report)));
    }

    /// <summary>One line that says how the check ended, as the text report's summary says it.</summary>
    /// <param name="report">The check.</param>
    internal static string Summary(CheckReport report)
    {
        var result = report.Result;
        if (result is null || report.NothingChecked)
        {
            return $"Nothing was checked ({report.RuleSetName}): see the problems above, or run with --format text for the details.";
        }

        return $"Checked {Plural.Of(result.AuthoritiesEvaluated.Count, "authority", "authorities")} as at {IsoDate.Format(result.AsAt)} against rule set "
            + $"{result.RuleSetVersion} ({report.RuleSetName}): {Plural.Of(result.Findings.Count, "finding")}, "
            + $"{Plural.Of(report.FailingFindings.Count, "failing finding")} at or above --fail-on {TextReport.Word(report.FailOn)}"
            + (report.Baseline is null ? string.Empty : " and not in the baseline")
            + $", {Plural.Of(result.Errors.Count, "rule error")}.";
    }

    private static void Command(TextWriter output, string level, SourceLocation location, string title, string message)
    {
        var properties = new List<string>();
        if (location.IsKnown)
        {
            properties.Add($"file={Property(location.File)}");
            if (location.Line >= 1)
            {
                properties.Add($"line={location.Line}");
                if (location.Column >= 1)
                {
                    properties.Add($"col={location.Column}");
                }
            }
        }

        properties.Add($"title={Property(title)}");
        output.WriteLine($"::{level} {string.Join(',', properties)}::{Data(message)}");
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "notice",
    };

    /// <summary>A command's message, escaped as GitHub's toolkit does after the unsafe characters are made visible.</summary>
    private static string Data(string text) =>
        LineText.Escape(text).Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>A command's property value: as <see cref="Data"/>, and <c>:</c> and <c>,</c> too.</summary>
    private static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
