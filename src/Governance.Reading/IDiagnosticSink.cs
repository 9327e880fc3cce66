using Governance.Model;

namespace Governance.Reading;

/// <summary>Where the shared file readers (text, YAML) report problems: the authority loader's and the rule loader's collections.</summary>
internal interface IDiagnosticSink
{
    /// <summary>How many errors have been reported so far.</summary>
    int ErrorCount { get; }

    /// <summary>Reports an error.</summary>
    /// <param name="code">The diagnostic's stable code.</param>
    /// <param name="message">What is wrong, for a non-programmer.</param>
    /// <param name="location">Where.</param>
    void Error(string code, string message, SourceLocation location);
}
