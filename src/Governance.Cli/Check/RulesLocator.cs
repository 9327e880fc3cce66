namespace Governance.Cli.Check;

/// <summary>Where a rule set was found, and how to name it in messages and diagnostics.</summary>
/// <param name="Path">The folder or file, relative to the current directory when it is below it.</param>
/// <param name="HowFound">Why this rule set: named, found above the current directory, or shipped with the tool.</param>
internal sealed record RulesLocation(string Path, string HowFound);

/// <summary>
/// Finds the rule set when <c>--rules</c> is not given: the first <c>rules/</c> folder in the current directory or a
/// folder above it (a repository that keeps its own rules), else the <c>rules/</c> folder shipped next to the tool.
/// </summary>
internal static class RulesLocator
{
    /// <summary>The name of a rule set folder.</summary>
    public const string FolderName = "rules";

    /// <summary>Finds the rule set, or <see langword="null"/> when there is none.</summary>
    /// <param name="currentDirectory">Where the search up the folders starts.</param>
    /// <param name="toolDirectory">The folder of the tool's own files.</param>
    public static RulesLocation? Find(string currentDirectory, string toolDirectory)
    {
        for (var folder = new DirectoryInfo(currentDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Join(folder.FullName, FolderName);
            if (Directory.Exists(candidate))
            {
                return new RulesLocation(Shorten(candidate, currentDirectory), $"found in {folder.FullName}");
            }
        }

        var shipped = Path.Join(toolDirectory, FolderName);
        return Directory.Exists(shipped) ? new RulesLocation(shipped, "shipped with the tool") : null;
    }

    /// <summary>The message for when no rule set is found.</summary>
    /// <param name="currentDirectory">Where the search started.</param>
    /// <param name="toolDirectory">The folder of the tool's own files.</param>
    public static string NotFound(string currentDirectory, string toolDirectory) =>
        $"No rule set was found: there is no '{FolderName}' folder in {currentDirectory} or a folder above it, "
        + $"nor next to the tool in {toolDirectory}. Name one with --rules <folder>.";

    private static string Shorten(string path, string currentDirectory)
    {
        var relative = Path.GetRelativePath(currentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }
}
