using Governance.Rules;

namespace Governance.Cli.Check;

/// <summary>
/// The rules a run uses: the rule set shipped inside the tool unless <c>--no-shipped-rules</c>, then each folder named
/// with <c>--rules</c>, added to it. Nothing is picked up from the working directory: the rule set is always the
/// shipped one unless a folder is named. A folder that holds the shipped rules' own files (the repository's
/// <c>rules</c> folder, or a copy of it) takes their place rather than adding them a second time, each id twice.
/// </summary>
/// <param name="Folders">The folders named, in order.</param>
/// <param name="Shipped">Whether the shipped rule set comes first.</param>
/// <param name="Name">The rule set as reports name it: <c>shipped rules</c>, <c>shipped rules + local-rules</c>.</param>
internal sealed record RuleSources(IReadOnlyList<string> Folders, bool Shipped, string Name)
{
    /// <summary>How reports name the shipped rules.</summary>
    public const string ShippedName = "shipped rules";

    /// <summary>The rules for a command line, or <see langword="null"/> with the reason when there are none.</summary>
    /// <param name="named">The folders named with <c>--rules</c>.</param>
    /// <param name="noShipped">Whether <c>--no-shipped-rules</c> was given.</param>
    /// <param name="error">Why there is no rule set.</param>
    /// <param name="howFoldersAreNamed">How the command line names folders, for the message: <c>with --rules</c>, or empty for arguments.</param>
    public static RuleSources? For(IReadOnlyList<string> named, bool noShipped, out string? error, string howFoldersAreNamed = "with --rules")
    {
        error = null;
        if (noShipped && named.Count == 0)
        {
            error = $"--no-shipped-rules leaves no rules: name a rule folder{(howFoldersAreNamed.Length > 0 ? " " + howFoldersAreNamed : string.Empty)}.";
            return null;
        }

        if (!noShipped && named.Any(HoldsShippedFiles))
        {
            return new RuleSources(named, Shipped: false, $"{string.Join(" + ", named)}, in place of the shipped rules");
        }

        var names = noShipped ? named : [ShippedName, .. named];
        return new RuleSources(named, !noShipped, string.Join(" + ", names));
    }

    /// <summary>Whether a folder holds a file at the path of one of the shipped rule set's files (a copy of them, edited or not).</summary>
    private static bool HoldsShippedFiles(string folder) =>
        ShippedPaths.Value.Any(path => File.Exists(Path.Combine(folder, path)));

    /// <summary>The paths of the shipped rule set's files inside it, read once.</summary>
    private static readonly Lazy<string[]> ShippedPaths = new(() => [.. RuleSet.ShippedFiles().Select(file => file.Path)]);

    /// <summary>Loads and compiles the rules.</summary>
    public RuleSetLoadResult Load() => RuleSet.LoadFolders(Folders, Shipped);
}
