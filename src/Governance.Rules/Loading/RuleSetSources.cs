using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Governance.Reading.Text;

namespace Governance.Rules.Loading;

/// <summary>One file of a rule set as read, wherever it came from.</summary>
/// <param name="RelativePath">The path inside the rule set, with <c>/</c> between folders: what the version hashes.</param>
/// <param name="File">The name diagnostics and rule locations give the file (the path as the user knows it).</param>
/// <param name="Text">The text, or <see langword="null"/> when it could not be read (the reason is a diagnostic).</param>
internal sealed record RuleSetSource(string RelativePath, string File, string? Text)
{
    /// <summary>Whether the file belongs to the guidance catalogue (it is under <c>guidance/</c>).</summary>
    public bool IsCatalogue => RuleSetSources.IsCatalogue(RelativePath);
}

/// <summary>
/// Where a rule set's files come from: a folder on disk, the rule set shipped inside this assembly, or files given in
/// memory. Each becomes the same list of <see cref="RuleSetSource"/>s, in ordinal order of their paths inside the rule
/// set, and the rule set's version is the hash of that list alone, so the same rules give the same version wherever
/// they are loaded from.
/// </summary>
internal static class RuleSetSources
{
    /// <summary>The folder, inside a rule set, of the guidance catalogue.</summary>
    public const string GuidancePrefix = RuleFilesLoader.GuidanceFolderName + "/";

    /// <summary>The prefix of the shipped rule set's resource names in this assembly (see the project file).</summary>
    private const string ShippedResourcePrefix = "rules/";

    /// <summary>Whether a path inside a rule set is a guidance catalogue file.</summary>
    /// <param name="relativePath">The path inside the rule set.</param>
    public static bool IsCatalogue(string relativePath) => relativePath.StartsWith(GuidancePrefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The <c>.yaml</c>/<c>.yml</c> files under a folder, named as the folder's path joined with theirs; rule tests
    /// (<c>*.tests.yaml</c>) are not part of the rule set.
    /// </summary>
    /// <param name="folder">The folder, for example <c>rules</c>.</param>
    /// <param name="diagnostics">Where unreadable files and folders are reported.</param>
    public static IReadOnlyList<RuleSetSource> FromFolder(string folder, Diagnostics diagnostics) =>
        [.. YamlFolder.ListFiles(folder, diagnostics)
            .Where(f => !Testing.RuleTestFileReader.IsTestFile(f))
            .Select(f => (Relative: Path.GetRelativePath(folder, f).Replace('\\', '/'), File: f))
            .Select(f => new RuleSetSource(f.Relative, f.File, SourceText.ReadFile(f.File, OptionsFor(f.Relative), diagnostics)))
            .OrderBy(s => s.RelativePath, StringComparer.Ordinal)];

    /// <summary>
    /// The rule set shipped inside this assembly (the repository's <c>rules</c> folder, embedded when it was built),
    /// each file named <c>rules/</c> and its path inside the rule set: where it lives in the source repository.
    /// </summary>
    /// <param name="diagnostics">Where a file that cannot be decoded is reported.</param>
    public static IReadOnlyList<RuleSetSource> Shipped(Diagnostics diagnostics)
    {
        var assembly = typeof(RuleSetSources).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ShippedResourcePrefix, StringComparison.Ordinal))
            .Select(n => ReadResource(assembly, n, diagnostics))
            .OrderBy(s => s.RelativePath, StringComparer.Ordinal)];
    }

    /// <summary>Files given in memory, each named by its path inside the rule set; rule tests (<c>*.tests.yaml</c>) are left out.</summary>
    /// <param name="files">The files.</param>
    /// <param name="diagnostics">Where files too large or not UTF-8 are reported.</param>
    /// <exception cref="ArgumentException">Two files have the same path.</exception>
    public static IReadOnlyList<RuleSetSource> FromFiles(IEnumerable<RuleSetFile> files, Diagnostics diagnostics)
    {
        var list = files.ToList();
        if (list.Any(f => f is null))
        {
            throw new ArgumentException("The list of rule set files holds a null.", nameof(files));
        }

        if (list.GroupBy(f => f.Path, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"Two rule set files have the path '{twice.Key}': each file needs its own path.", nameof(files));
        }

        return [.. list
            .Where(f => !Testing.RuleTestFileReader.IsTestFile(f.Path))
            .Select(f => new RuleSetSource(f.Path, f.Path, f.Text is { } text ? SourceText.FromString(text, f.Path, OptionsFor(f.Path), diagnostics) : Decode(f.Bytes!, f.Path, f.Path, diagnostics)))
            .OrderBy(s => s.RelativePath, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The version of a rule set: "sha256:" and the first 16 hex digits of the SHA-256 of every file's path inside the
    /// rule set and text, in ordinal order of the paths. Line endings are taken as <c>\n</c>, so a checkout that writes
    /// <c>\r\n</c> gives the same version; nothing outside the rule set (the folder it is in, the machine) counts.
    /// </summary>
    /// <param name="sources">The files.</param>
    public static string Version(IEnumerable<RuleSetSource> sources)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var source in sources.OrderBy(s => s.RelativePath, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(source.RelativePath));
            hash.AppendData([0]);
            hash.AppendData(Encoding.UTF8.GetBytes((source.Text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal)));
            hash.AppendData([0]);
        }

        return "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    /// <summary>Reads a stream to its end, or to one byte past the largest rule set file accepted.</summary>
    /// <param name="stream">The stream.</param>
    public static byte[] ReadBounded(Stream stream) =>
        SourceText.ReadAtMost(stream, Math.Max(RuleFilesLoader.Kind.Text.MaxBytes, GuidanceCatalogueLoader.Kind.Text.MaxBytes) + 1);

    private static RuleSetSource ReadResource(Assembly assembly, string name, Diagnostics diagnostics)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The resource '{name}' is listed by the assembly but cannot be opened.");
        var file = name.Replace('\\', '/');
        var relative = file[ShippedResourcePrefix.Length..];
        return new RuleSetSource(relative, file, Decode(ReadBounded(stream), relative, file, diagnostics));
    }

    private static string? Decode(byte[] bytes, string relativePath, string file, Diagnostics diagnostics) =>
        SourceText.FromBytes(bytes, file, OptionsFor(relativePath), diagnostics);

    private static SourceTextOptions OptionsFor(string relativePath) =>
        IsCatalogue(relativePath) ? GuidanceCatalogueLoader.Kind.Text : RuleFilesLoader.Kind.Text;
}
