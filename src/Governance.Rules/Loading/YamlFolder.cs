using Governance.Model;

namespace Governance.Rules.Loading;

/// <summary>Lists the YAML files of a folder and its subfolders, in a stable (ordinal) order of their paths.</summary>
internal static class YamlFolder
{
    /// <summary>The <c>.yaml</c> and <c>.yml</c> files under a folder, or an error when the folder cannot be read.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    /// <param name="exclude">Subfolders (full paths) whose files are not listed.</param>
    public static IReadOnlyList<string> ListFiles(string folder, Diagnostics diagnostics, IReadOnlyCollection<string>? exclude = null)
    {
        try
        {
            if (!Directory.Exists(folder))
            {
                diagnostics.Error(RuleDiagnosticCodes.FileUnreadable, $"The folder '{folder}' does not exist.", new SourceLocation(folder, 0, 0));
                return [];
            }

            var excluded = (exclude ?? []).Select(Path.GetFullPath).ToList();
            return Directory
                .EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, MatchCasing = MatchCasing.CaseInsensitive, AttributesToSkip = FileAttributes.Hidden })
                .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                .Where(f => !excluded.Any(x => Path.GetFullPath(f).StartsWith(x + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
                .Order(StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            diagnostics.Error(RuleDiagnosticCodes.FileUnreadable, $"The folder '{folder}' cannot be read: {e.Message}", new SourceLocation(folder, 0, 0));
            return [];
        }
    }
}
