using Governance.Rules.Reports.Writing;
using Governance.Rules.Testing;

namespace Governance.Rules.Reports;

/// <summary>
/// The text report of a run of rule test cases, as a test runner writes it: the problems in the test files, then each
/// failing case with what was expected against what was found (each passing case too, when verbose), then the closing
/// line <c>N passed, N failed</c>.
/// </summary>
public static class TestReport
{
    /// <summary>Writes the report.</summary>
    /// <param name="run">The run.</param>
    /// <param name="output">Where the report goes.</param>
    /// <param name="verbose">Whether to list the passing cases too.</param>
    public static void Write(RuleTestRun run, TextWriter output, bool verbose = false)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var diagnostic in run.Diagnostics)
        {
            output.WriteLine(LineText.Escape(diagnostic.ToString()));
        }

        foreach (var result in run.Results.Where(r => verbose || !r.Passed))
        {
            foreach (var line in result.Describe().Split('\n'))
            {
                output.WriteLine(LineText.Escape(line.TrimEnd()));
            }
        }

        var failed = run.Results.Count(r => !r.Passed);
        var broken = run.Diagnostics.Count(d => d.Severity == Governance.Model.DiagnosticSeverity.Error);
        if (run.Diagnostics.Count > 0 || failed > 0)
        {
            output.WriteLine();
        }

        output.WriteLine($"{run.Results.Count - failed} passed, {failed} failed"
            + (broken > 0 ? $" ({Plural.Of(broken, "error")} in the test files: their faulty cases were not run)" : string.Empty));
    }
}
