namespace Governance.Model;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The input cannot be used as it is; the file or rule it is in is left out.</summary>
    Error,

    /// <summary>The input can be used, but probably does not say what its author meant.</summary>
    Warning,
}

/// <summary>
/// A problem found in an input file: a stable code, how serious it is, a message a non-programmer can act on,
/// and the file, line and column where it is.
/// </summary>
/// <param name="Code">A stable code such as <c>GOV101</c>; see <c>docs/diagnostics.md</c>.</param>
/// <param name="Severity">Whether the input can still be used.</param>
/// <param name="Message">What is wrong and, where it helps, what would be valid.</param>
/// <param name="Location">Where the problem is.</param>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Message, SourceLocation Location)
{
    /// <summary>Formats the diagnostic as <c>file:line:column: error CODE: message</c>.</summary>
    public override string ToString() =>
        $"{Location}: {(Severity == DiagnosticSeverity.Error ? "error" : "warning")} {Code}: {Message}";
}
