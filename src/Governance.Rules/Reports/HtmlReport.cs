using Governance.Model;
using Governance.Rules.Reports.Html;

namespace Governance.Rules.Reports;

/// <summary>
/// The HTML report of an evaluation, for people: one self-contained page (styles and script inline, nothing fetched,
/// works opened from a file) with the matrix of authorities against rules, how many authorities fall short of each
/// paragraph, a section per authority with its findings, and what was checked. The same input gives the same bytes.
/// Every value from an input file is escaped.
/// </summary>
public static class HtmlReport
{
    /// <summary>
    /// Writes the report of a check: the page of its evaluation; or, when nothing was checked (the rule set had errors,
    /// no authority file could be loaded, or no rule was in force on the date), a short page that says so and why, with
    /// the problems in the input files as the text report gives them.
    /// </summary>
    /// <param name="report">The check.</param>
    /// <param name="output">Where the page goes.</param>
    public static void Write(CheckReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        if (report.Result is { } result && !report.NothingChecked)
        {
            Write(result, report.Rules, report.Authorities, output);
            return;
        }

        using var text = new StringWriter { NewLine = "\n" };
        TextReport.Write(report, text);
        NothingCheckedPage.Write(text.ToString()).WriteTo(output);
    }

    /// <summary>Writes the report.</summary>
    /// <param name="result">The evaluation.</param>
    /// <param name="rules">The rules of the rule set that was evaluated (<see cref="RuleSet.Rules"/>): each one that reports findings is a column.</param>
    /// <param name="authorities">The authorities that were evaluated: each is a row.</param>
    /// <param name="output">Where the page goes.</param>
    public static void Write(EvaluationResult result, IReadOnlyList<RuleInfo> rules, IReadOnlyList<Authority> authorities, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(authorities);
        ArgumentNullException.ThrowIfNull(output);
        ReportPage.Write(MatrixModel.Build(result, rules, authorities)).WriteTo(output);
    }
}
