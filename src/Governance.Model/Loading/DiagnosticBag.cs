using Governance.Reading;

namespace Governance.Model.Loading;

/// <summary>Collects the diagnostics of one file, up to a limit, so that a hostile file cannot flood memory.</summary>
internal sealed class DiagnosticBag : IDiagnosticSink
{
    /// <summary>The most diagnostics kept for one file; one more says that the rest were left out.</summary>
    public const int Limit = 500;

    private readonly List<Diagnostic> items = [];
    private int dropped;

    /// <summary>Whether any error has been reported (even one beyond the limit).</summary>
    public bool HasErrors => ErrorCount > 0;

    /// <summary>How many errors have been reported (even beyond the limit).</summary>
    public int ErrorCount { get; private set; }

    /// <summary>Reports an error.</summary>
    public void Error(string code, string message, SourceLocation location) =>
        Add(new Diagnostic(code, DiagnosticSeverity.Error, message, location));

    /// <summary>Reports a warning.</summary>
    public void Warning(string code, string message, SourceLocation location) =>
        Add(new Diagnostic(code, DiagnosticSeverity.Warning, message, location));

    /// <summary>The diagnostics in order of their place in the file, then of reporting.</summary>
    /// <param name="file">The file, for the note about diagnostics left out.</param>
    public IReadOnlyList<Diagnostic> ToList(string file)
    {
        var ordered = items
            .Select((d, i) => (d, i))
            .OrderBy(x => x.d.Location.Line)
            .ThenBy(x => x.d.Location.Column)
            .ThenBy(x => x.i)
            .Select(x => x.d)
            .ToList();
        if (dropped > 0)
        {
            ordered.Add(new Diagnostic(
                DiagnosticCodes.TooManyProblems,
                HasErrors ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
                $"{dropped} more problem(s) in this file are not listed; fix the ones above and load it again.",
                new SourceLocation(file, 0, 0)));
        }

        return ordered;
    }

    private void Add(Diagnostic diagnostic)
    {
        if (diagnostic.Severity == DiagnosticSeverity.Error)
        {
            ErrorCount++;
        }

        if (items.Count < Limit)
        {
            items.Add(diagnostic);
        }
        else
        {
            dropped++;
        }
    }
}
