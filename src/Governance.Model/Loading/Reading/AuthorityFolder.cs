namespace Governance.Model.Loading.Reading;

/// <summary>Finds the authority files of a folder: <c>*.yaml</c> and <c>*.yml</c>, in its subfolders too.</summary>
internal static class AuthorityFolder
{
    /// <summary>
    /// The files a mix of files and folders names: a folder stands for its files (as <see cref="FindFiles"/> finds
    /// them), anything else for itself. The files come in ordinal order of their paths, whatever the order the paths
    /// were named in, so the same files always load (and report) in the same order; a file named twice, directly or
    /// through a folder, is kept once.
    /// </summary>
    /// <param name="paths">Files and folders, as the caller named them.</param>
    /// <param name="diagnostics">Where problems with the folders are added.</param>
    public static IReadOnlyList<string> ExpandPaths(IEnumerable<string> paths, List<Diagnostic> diagnostics)
    {
        var named = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var bag = new DiagnosticBag();
                named.AddRange(FindFiles(path, bag));
                diagnostics.AddRange(bag.ToList(path));
            }
            else
            {
                named.Add(path);
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. named.Order(StringComparer.Ordinal).Where(f => seen.Add(FullPath(f)))];
    }

    /// <summary>The files, in ordinal order of their paths; folders that cannot be read are reported.</summary>
    /// <param name="folder">The folder, as the caller named it.</param>
    /// <param name="bag">Where problems are reported.</param>
    public static IReadOnlyList<string> FindFiles(string folder, DiagnosticBag bag)
    {
        if (!Directory.Exists(folder))
        {
            var what = File.Exists(folder) ? "is a file, not a folder" : "does not exist";
            bag.Error(DiagnosticCodes.FolderUnreadable, $"The folder '{folder}' {what}.", new SourceLocation(folder, 0, 0));
            return [];
        }

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
                bag.Error(
                    DiagnosticCodes.FolderUnreadable,
                    $"The folder '{current}' cannot be read: {e.Message}",
                    new SourceLocation(current, 0, 0));
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static string FullPath(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            // The file reader reports the bad path; here it only needs a key.
            return path;
        }
    }

    private static bool IsAuthorityFile(string name) =>
        name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
}
