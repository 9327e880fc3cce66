using Governance.Rules.Linting;
using Governance.Rules.Reports.Writing;

namespace Governance.Rules.Reports;

/// <summary>
/// The text report of linting rule folders (<see cref="RuleSetLint"/>): one line per problem,
/// <c>file:line:column: warning GOV530: message</c>, as <c>validate</c> writes them, then a summary line such as
/// <c>shipped rules + local-rules: 33 rules, 102 catalogue items, 2 test files: 0 errors, 1 warning</c>.
/// </summary>
public static class LintReport
{
    /// <summary>Writes the report.</summary>
    /// <param name="result">What linting found.</param>
    /// <param name="output">Where the report goes.</param>
    /// <param name="ruleSetName">How to name the rule set, for example <c>shipped rules + local-rules</c>.</param>
    /// <param name="warningsAsErrors">Whether warnings fail the run too (the summary says so).</param>
    public static void Write(RuleSetLintResult result, TextWriter output, string ruleSetName, bool warningsAsErrors = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(ruleSetName);
        foreach (var diagnostic in result.Diagnostics)
        {
            output.WriteLine(LineText.Escape(diagnostic.ToString()));
        }

        var counts = TextReport.ProblemCounts(result.ErrorCount, result.WarningCount, warningsAsErrors);
        output.WriteLine(result.RuleSet is { } ruleSet
            ? LineText.Escape($"{ruleSetName}: {Plural.Of(ruleSet.Rules.Count, "rule")}, {Plural.Of(ruleSet.Documents.Sum(d => d.Items.Count), "catalogue item")}, "
                + $"{Plural.Of(result.TestFiles, "test file")}: ") + counts
            : LineText.Escape($"{ruleSetName} has errors, so the catalogue and test checks were not made") + $": {counts}");
    }
}
