namespace Governance.Cli.Check;

/// <summary>Where a rule set was found, and how to name it in messages and diagnostics.</summary>
/// <param name="Path">The folder, relative to the current directory when it is below it; <see langword="null"/> for the
/// rule set shipped inside the tool (<see cref="Governance.Rules.RuleSet.LoadShipped"/>).</param>
/// <param name="HowFound">Why this rule set: named, found above the current directory, or shipped with the tool.</param>
internal sealed record RulesLocation(string? Path, string HowFound)
{
    /// <summary>The rule set shipped inside the tool.</summary>
    public static RulesLocation Shipped { get; } = new(null, "no rules folder here or above");

    /// <summary>How messages name the rule set: its folder, or "the shipped rule set".</summary>
    public string Name => Path ?? "the shipped rule set";
}

/// <summary>
/// Finds the rule set when <c>--rules</c> is not given: the first <c>rules/</c> folder in the current directory or a
/// folder above it (a repository that keeps its own rules), else the rule set shipped inside the tool.
/// </summary>
internal static class RulesLocator
{
    /// <summary>The name of a rule set folder.</summary>
    public const string FolderName = "rules";

    /// <summary>Finds the rule set: a <c>rules/</c> folder here or above, else the shipped one.</summary>
    /// <param name="currentDirectory">Where the search up the folders starts.</param>
    public static RulesLocation Find(string currentDirectory)
    {
        for (var folder = new DirectoryInfo(currentDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = System.IO.Path.Join(folder.FullName, FolderName);
            if (Directory.Exists(candidate))
            {
                return new RulesLocation(Shorten(candidate, currentDirectory), $"found in {folder.FullName}");
            }
        }

        return RulesLocation.Shipped;
    }

    private static string Shorten(string path, string currentDirectory)
    {
        var relative = Path.GetRelativePath(currentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }
}
