using Governance.Rules.Loading;

namespace Governance.Rules;

/// <summary>
/// One file of a rule set given in memory rather than in a folder: its path inside the rule set and its YAML text.
/// Files whose path starts with <c>guidance/</c> are the guidance catalogue; every other file is a rule file. Load a
/// list of them with <see cref="RuleSet.Load(IEnumerable{RuleSetFile})"/>.
/// </summary>
public sealed class RuleSetFile
{
    private RuleSetFile(string path, string? text, byte[]? bytes)
    {
        Path = path;
        Text = text;
        Bytes = bytes;
    }

    /// <summary>
    /// The file's path inside the rule set, with <c>/</c> between folders, for example <c>dcs/dcs-appointed.yaml</c>
    /// or <c>guidance/DCSF-00686-2009.yaml</c>. Diagnostics and rule locations name the file by this path, and the rule
    /// set's version hashes it with the content.
    /// </summary>
    public string Path { get; }

    /// <summary>The text, when the file was given as text.</summary>
    internal string? Text { get; }

    /// <summary>The bytes read from a stream (at most one more than a rule file may have), when it was given as a stream.</summary>
    internal byte[]? Bytes { get; }

    /// <summary>A rule set file given as text.</summary>
    /// <param name="path">The path inside the rule set, for example <c>lscb/lscb-annual-report.yaml</c>.</param>
    /// <param name="text">The YAML text.</param>
    /// <returns>The file.</returns>
    /// <exception cref="ArgumentException">The path is empty, absolute, or leaves the rule set (<c>..</c>).</exception>
    public static RuleSetFile FromText(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new RuleSetFile(Normalise(path), text, null);
    }

    /// <summary>
    /// A rule set file read from a stream of UTF-8 text. The stream is read now, to its end or to one byte past the
    /// largest rule file accepted; it is not closed. A file that is too large or is not UTF-8 is reported when the rule
    /// set is loaded, like a file in a folder.
    /// </summary>
    /// <param name="path">The path inside the rule set, for example <c>lscb/lscb-annual-report.yaml</c>.</param>
    /// <param name="stream">The stream, read from its current position.</param>
    /// <returns>The file.</returns>
    /// <exception cref="ArgumentException">The path is empty, absolute, or leaves the rule set (<c>..</c>).</exception>
    public static RuleSetFile FromStream(string path, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var normalised = Normalise(path);
        return new RuleSetFile(normalised, null, RuleSetSources.ReadBounded(stream));
    }

    /// <inheritdoc/>
    public override string ToString() => Path;

    private static string Normalise(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var normalised = path.Replace('\\', '/');
        if (normalised.StartsWith('/') || System.IO.Path.IsPathRooted(path) || normalised.Split('/').Any(s => s is ".." or "." or ""))
        {
            throw new ArgumentException(
                $"'{path}' is not a path inside a rule set: give a relative path such as 'dcs/dcs-appointed.yaml', without '.', '..' or empty parts.",
                nameof(path));
        }

        return normalised;
    }
}
