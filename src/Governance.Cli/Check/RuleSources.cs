namespace Governance.Cli.Check;

/// <summary>
/// The rule folders a run uses: the rules shipped with the tool (next to it, under <c>rules/</c>) unless
/// <c>--no-shipped-rules</c>, then each folder named with <c>--rules</c>, added to them. Nothing is picked up from the
/// working directory: the rule set is always the shipped one unless a folder is named.
/// </summary>
/// <param name="Folders">The folders, shipped first.</param>
/// <param name="Name">The rule set as reports name it: <c>shipped rules</c>, <c>shipped rules + local-rules</c>.</param>
internal sealed record RuleSources(IReadOnlyList<string> Folders, string Name)
{
    /// <summary>The name of the folder of shipped rules next to the tool.</summary>
    public const string ShippedFolderName = "rules";

    /// <summary>How reports name the shipped rules.</summary>
    public const string ShippedName = "shipped rules";

    /// <summary>The folders for a command line, or <see langword="null"/> with the reason when there are none.</summary>
    /// <param name="named">The folders named with <c>--rules</c>.</param>
    /// <param name="noShipped">Whether <c>--no-shipped-rules</c> was given.</param>
    /// <param name="toolDirectory">The folder of the tool's files.</param>
    /// <param name="error">Why there is no rule set.</param>
    public static RuleSources? For(IReadOnlyList<string> named, bool noShipped, string toolDirectory, out string? error)
    {
        error = null;
        var folders = new List<string>();
        var names = new List<string>();
        if (!noShipped)
        {
            var shipped = Path.Join(toolDirectory, ShippedFolderName);
            if (!Directory.Exists(shipped))
            {
                error = $"The rules shipped with the tool are missing: there is no folder {shipped}. Reinstall the tool, or name a rule folder with --rules and give --no-shipped-rules.";
                return null;
            }

            folders.Add(shipped);
            names.Add(ShippedName);
        }

        folders.AddRange(named);
        names.AddRange(named);
        if (folders.Count == 0)
        {
            error = "--no-shipped-rules leaves no rules: name a rule folder with --rules.";
            return null;
        }

        return new RuleSources(folders, string.Join(" + ", names));
    }
}
