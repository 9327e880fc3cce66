namespace Governance.Cli.Output;

/// <summary>How a command writes its results to standard output.</summary>
internal enum OutputFormat
{
    /// <summary>Lines for people and for CI log annotations: <c>file:line:column: severity code: message</c>.</summary>
    Text,

    /// <summary>One JSON document, with a stable order of properties, for programs.</summary>
    Json,

    /// <summary>One self-contained HTML page for people (<c>check</c> only): the matrix, by paragraph, by authority.</summary>
    Html,
}
