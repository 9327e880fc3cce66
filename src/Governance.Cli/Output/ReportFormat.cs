using Governance.Rules.Reports;

namespace Governance.Cli.Output;

/// <summary>How the report is written to one output: the library's writer for the format, with what this run knows.</summary>
/// <param name="Name">The word on the command line, for example <c>sarif</c>.</param>
/// <param name="Description">What the format is for, for help.</param>
/// <param name="Write">Writes the report.</param>
internal sealed record ReportFormat(string Name, string Description, Action<CheckReport, TextWriter, ReportContext> Write);

/// <summary>What a writer may need beyond the report: verbosity, colour, where GitHub wants its job summary.</summary>
/// <param name="Verbose">Whether to say more.</param>
/// <param name="Colour">Whether this output is a terminal that takes colour.</param>
/// <param name="Environment">The process's environment.</param>
internal sealed record ReportContext(bool Verbose, bool Colour, CliEnvironment Environment);

/// <summary>
/// The formats <c>check</c> writes, each a line that names a writer of the library: adding a format is adding a line.
/// </summary>
internal static class ReportFormats
{
    /// <summary>The environment variable GitHub Actions sets to the file of the job's summary.</summary>
    public const string StepSummaryVariable = "GITHUB_STEP_SUMMARY";

    /// <summary>The default format.</summary>
    public static ReportFormat Text => All[0];

    /// <summary>Every format, in the order help lists them.</summary>
    public static IReadOnlyList<ReportFormat> All { get; } =
    [
        new("text", "for people and CI logs", (report, output, context) => TextReport.Write(report, output, new TextReportOptions { Verbose = context.Verbose, Colour = context.Colour })),
        new("json", "the whole result, for programs", (report, output, _) => JsonReport.Write(report, output)),
        new("sarif", "SARIF 2.1.0, for code scanning", (report, output, _) => SarifReport.Write(report, output)),
        new("junit", "JUnit XML, for CI test reports", (report, output, _) => JUnitReport.Write(report, output)),
        new("github", "GitHub Actions annotations, and a job summary", WriteGitHub),
        new("markdown", "a summary for a pull-request comment", (report, output, _) => MarkdownReport.Write(report, output)),
        new("html", "one self-contained page for people", (report, output, _) => HtmlReport.Write(report, output)),
    ];

    /// <summary>The format with this name (ignoring case), or <see langword="null"/>.</summary>
    /// <param name="name">The name.</param>
    public static ReportFormat? Find(string name) => All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The names, for messages: <c>text, json, sarif, ...</c>.</summary>
    public static string Names => string.Join(", ", All.Select(f => f.Name));

    /// <summary>The workflow commands, and the Markdown summary appended to the job summary when GitHub names its file.</summary>
    private static void WriteGitHub(CheckReport report, TextWriter output, ReportContext context)
    {
        GitHubReport.Write(report, output);
        if (context.Environment.Variable(StepSummaryVariable) is { Length: > 0 } summary)
        {
            using var writer = new StreamWriter(summary, append: true) { NewLine = "\n" };
            MarkdownReport.Write(report, writer);
        }
    }
}
