using Governance.Cli.Inputs;
using Governance.Cli.Output;

namespace Governance.Cli.Validate;

/// <summary>
/// The text report of <c>validate</c>: one line per diagnostic, <c>file:line:column: error GOV123: message</c>, then a
/// summary line such as <c>5 files, 5 authorities: 0 errors, 1 warning</c>.
/// </summary>
internal static class ValidateTextReport
{
    /// <summary>Writes the report.</summary>
    /// <param name="loaded">What loading the files gave.</param>
    /// <param name="warningsAsErrors">Whether warnings count as errors in this run.</param>
    /// <param name="output">Where the report goes.</param>
    public static void Write(LoadedAuthorities loaded, bool warningsAsErrors, TextWriter output)
    {
        foreach (var diagnostic in loaded.Diagnostics)
        {
            output.WriteLine(diagnostic.ToString());
        }

        output.WriteLine(Summary(loaded, warningsAsErrors));
    }

    /// <summary>The summary line: files read, authorities loaded, errors and warnings.</summary>
    private static string Summary(LoadedAuthorities loaded, bool warningsAsErrors) =>
        $"{Plural.Of(loaded.Files.Count, "file")}, {Plural.Of(loaded.Authorities.Count, "authority", "authorities")}: "
        + $"{Plural.Of(loaded.ErrorCount, "error")}, {Plural.Of(loaded.WarningCount, "warning")}"
        + (warningsAsErrors && loaded.WarningCount > 0 ? " (warnings count as errors)" : string.Empty);
}
