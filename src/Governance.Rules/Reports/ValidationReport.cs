using Governance.Model;

namespace Governance.Rules.Reports;

/// <summary>What reading authority files gave, for the report writers: the files, the authorities, every problem.</summary>
public sealed record ValidationReport
{
    /// <summary>The program that read the files.</summary>
    public required ReportTool Tool { get; init; }

    /// <summary>Every file read, in the order read.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>The authorities of the files without errors.</summary>
    public IReadOnlyList<Authority> Authorities { get; init; } = [];

    /// <summary>The problems found in the folders and files.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>Whether warnings fail the validation too.</summary>
    public bool WarningsAsErrors { get; init; }

    /// <summary>How many problems are errors.</summary>
    public int ErrorCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>How many problems are warnings.</summary>
    public int WarningCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);

    /// <summary>Whether the paths held no file at all and no problem says why: a mistyped folder never passes.</summary>
    public bool NothingFound => Files.Count == 0 && Diagnostics.Count == 0;

    /// <summary>Whether the validation fails: errors, warnings counted as errors, or nothing found.</summary>
    public bool Failed => NothingFound || ErrorCount > 0 || (WarningsAsErrors && WarningCount > 0);
}
