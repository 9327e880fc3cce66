using Governance.Cli.Inputs;
using Governance.Cli.Output;

namespace Governance.Cli.Validate;

/// <summary>
/// The JSON report of <c>validate</c>: <c>tool</c>, <c>files</c>, <c>authorities</c> (code, name, kind, recordedAsAt,
/// file), <c>diagnostics</c> (code, severity, message, file, line, column) and <c>summary</c>, always in that order.
/// </summary>
internal static class ValidateJsonReport
{
    /// <summary>Writes the report.</summary>
    /// <param name="loaded">What loading the files gave.</param>
    /// <param name="warningsAsErrors">Whether warnings count as errors in this run.</param>
    /// <param name="failed">Whether the run fails (exit code 2).</param>
    /// <param name="output">Where the report goes.</param>
    public static void Write(LoadedAuthorities loaded, bool warningsAsErrors, bool failed, TextWriter output) =>
        JsonOutput.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteTool("validate");
            json.WriteStrings("files", loaded.Files);
            json.WriteAuthorities(loaded.Authorities);
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in loaded.Diagnostics)
            {
                json.WriteDiagnostic(diagnostic);
            }

            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("files", loaded.Files.Count);
            json.WriteNumber("authorities", loaded.Authorities.Count);
            json.WriteNumber("errors", loaded.ErrorCount);
            json.WriteNumber("warnings", loaded.WarningCount);
            json.WriteBoolean("warningsAsErrors", warningsAsErrors);
            json.WriteBoolean("failed", failed);
            json.WriteEndObject();
            json.WriteEndObject();
        });
}
