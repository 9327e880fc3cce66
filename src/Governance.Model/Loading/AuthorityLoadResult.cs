namespace Governance.Model.Loading;

/// <summary>
/// What loading authority files produced: the authorities of the files without errors, and every diagnostic of
/// every file. A file with an error contributes no authority; the other files are still loaded.
/// </summary>
public sealed class AuthorityLoadResult
{
    internal AuthorityLoadResult(IReadOnlyList<string> files, IReadOnlyList<Authority> authorities, IReadOnlyList<Diagnostic> diagnostics)
    {
        Files = files;
        Authorities = authorities;
        Diagnostics = diagnostics;
    }

    /// <summary>The files read, in the order they were read.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>The authorities loaded, in the order of their files.</summary>
    public IReadOnlyList<Authority> Authorities { get; }

    /// <summary>All errors and warnings, file by file, in the order of their place in each file.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Whether any diagnostic is an error (so at least one file, or the folder, could not be loaded).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
