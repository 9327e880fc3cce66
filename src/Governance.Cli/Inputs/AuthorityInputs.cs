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
    /// <summary>The code of the loader's diagnostic for a folder that does not exist or cannot be read.</summary>
    private const string FolderUnreadable = "GOV101";

    /// <summary>
    /// Loads the paths: a folder stands for its <c>*.yaml</c> and <c>*.yml</c> files, subfolders included. All the files
    /// are read in ordinal order of their paths as written, whatever the order of the command line, so the same files
    /// always give the same output; a file named twice (directly and through its folder) is read once. When the paths
    /// hold no authority file at all, says so on <paramref name="stderr"/>.
    /// </summary>
    /// <param name="paths">Files and folders, as the user wrote them.</param>
    /// <param name="stderr">Standard error.</param>
    public static LoadedAuthorities Load(IReadOnlyList<string> paths, TextWriter stderr)
    {
        var folderDiagnostics = new List<Diagnostic>();
        var named = paths.SelectMany(path => Directory.Exists(path) ? FindFiles(path, folderDiagnostics) : [path]).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var files = named.Order(StringComparer.Ordinal).Where(file => seen.Add(FullPath(file))).ToList();

        var result = AuthorityLoader.LoadFiles(files);
        var unreadable = folderDiagnostics.OrderBy(d => d.Location.File, StringComparer.Ordinal);
        var loaded = new LoadedAuthorities(result.Files, result.Authorities, [.. unreadable, .. result.Diagnostics]);
        if (loaded.NothingFound)
        {
            stderr.WriteLine($"{ToolInfo.CommandName}: No authority file (.yaml, .yml) was found in {string.Join(", ", paths)}.");
        }

        return loaded;
    }

    private static List<string> FindFiles(string folder, List<Diagnostic> diagnostics)
    {
        var files = new List<string>();
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.TryPop(out var current))
        {
            try
            {
                foreach (var entry in new DirectoryInfo(current).EnumerateFileSystemInfos())
                {
                    var path = Path.Join(current, entry.Name);
                    if (entry is DirectoryInfo)
                    {
                        // Links to folders are not followed: a link back up the tree would never end.
                        if (entry.LinkTarget is null)
                        {
                            pending.Push(path);
                        }
                    }
                    else if (IsAuthorityFile(entry.Name))
                    {
                        files.Add(path);
                    }
                }
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                diagnostics.Add(new Diagnostic(
                    FolderUnreadable,
                    DiagnosticSeverity.Error,
                    $"The folder '{current}' cannot be read: {e.Message}",
                    new SourceLocation(current, 0, 0)));
            }
        }

        return files;
    }

    private static bool IsAuthorityFile(string name) =>
        name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    private static string FullPath(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            // The loader reports the bad path; here it only needs a key.
            return path;
        }
    }
}
