using Governance.Model;
using Governance.Model.Loading;

namespace Governance.Cli.Inputs;

/// <summary>What the authority paths on a command line gave: the files read, the authorities loaded, every diagnostic.</summary>
/// <param name="Files">Every file read, in the order read.</param>
/// <param name="Authorities">The authorities of the files without errors.</param>
/// <param name="Diagnostics">The problems found in the folders and files.</param>
internal sealed record LoadedAuthorities(IReadOnlyList<string> Files, IReadOnlyList<Authority> Authorities, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>How many diagnostics are errors.</summary>
    public int ErrorCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>How many diagnostics are warnings.</summary>
    public int WarningCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);

    /// <summary>
    /// Whether the paths held no authority file at all, and no problem says why. A run that found nothing fails with
    /// <see cref="ExitCodes.InvalidInput"/>, so that a mistyped folder never passes by giving nothing to check.
    /// </summary>
    public bool NothingFound => Files.Count == 0 && Diagnostics.Count == 0;
}

/// <summary>
/// Loads the authority files and folders named on a command line as one set, so that the checks across files (two
/// files describing the same authority) run over all of them. Every command that reads authority files reads them here.
/// </summary>
internal static class AuthorityInputs
{
    /// <summary>
    /// Loads the paths with <see cref="AuthorityLoader.LoadPaths"/>: a folder stands for its <c>*.yaml</c> and
    /// <c>*.yml</c> files, subfolders included; all the files are read in ordinal order of their paths, whatever the
    /// order of the command line, so the same files always give the same output; a file named twice is read once.
    /// When the paths hold no authority file at all, says so on <paramref name="stderr"/>.
    /// </summary>
    /// <param name="paths">Files and folders, as the user wrote them.</param>
    /// <param name="stderr">Standard error.</param>
    public static LoadedAuthorities Load(IReadOnlyList<string> paths, TextWriter stderr)
    {
        var result = AuthorityLoader.LoadPaths(paths);
        var loaded = new LoadedAuthorities(result.Files, result.Authorities, result.Diagnostics);
        if (loaded.NothingFound)
        {
            stderr.WriteLine($"{ToolInfo.CommandName}: No authority file (.yaml, .yml) was found in {string.Join(", ", paths)}.");
        }

        return loaded;
    }
}
