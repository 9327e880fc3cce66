using Governance.Model;
using Governance.Reading;

namespace Governance.Rules.Loading;

/// <summary>
/// Collects the diagnostics of one load, up to a limit per file so that a hostile file cannot flood memory, and tells
/// whether errors were reported since a given point (so a rule with errors can be left out).
/// </summary>
internal sealed class Diagnostics : IDiagnosticSink
{
    /// <summary>The most diagnostics kept for one file; one more says that the rest were left out.</summary>
    public const int LimitPerFile = 500;

    private readonly List<Diagnostic> items = [];
    private readonly Dictionary<string, int> perFile = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> dropped = new(StringComparer.Ordinal);

    /// <summary>How many errors have been reported (even beyond the limit).</summary>
    public int ErrorCount { get; private set; }

    /// <summary>Reports an error.</summary>
    public void Error(string code, string message, SourceLocation location) =>
        Add(new Diagnostic(code, DiagnosticSeverity.Error, message, location));

    /// <summary>Reports a warning.</summary>
    public void Warning(string code, string message, SourceLocation location) =>
        Add(new Diagnostic(code, DiagnosticSeverity.Warning, message, location));

    /// <summary>Adds a diagnostic made elsewhere.</summary>
    public void Add(Diagnostic diagnostic)
    {
        if (diagnostic.Severity == DiagnosticSeverity.Error)
        {
            ErrorCount++;
        }

        var file = diagnostic.Location.File;
        perFile.TryGetValue(file, out var count);
        if (count < LimitPerFile)
        {
            perFile[file] = count + 1;
            items.Add(diagnostic);
        }
        else
        {
            dropped[file] = dropped.GetValueOrDefault(file) + 1;
        }
    }

    /// <summary>The diagnostics ordered by file (ordinal), line, column, then order of reporting.</summary>
    public IReadOnlyList<Diagnostic> ToList()
    {
        var all = items.ToList();
        foreach (var (file, count) in dropped)
        {
            all.Add(new Diagnostic(
                RuleDiagnosticCodes.TooMuch,
                DiagnosticSeverity.Error,
                $"{count} more problem(s) in this file are not listed; fix the ones listed and load it again.",
                new SourceLocation(file, int.MaxValue, 0)));
        }

        return all
            .Select((d, i) => (d, i))
            .OrderBy(x => x.d.Location.File, StringComparer.Ordinal)
            .ThenBy(x => x.d.Location.Line)
            .ThenBy(x => x.d.Location.Column)
            .ThenBy(x => x.i)
            .Select(x => x.d.Location.Line == int.MaxValue ? x.d with { Location = new SourceLocation(x.d.Location.File, 0, 0) } : x.d)
            .ToList();
    }
}
