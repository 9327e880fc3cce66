using System.Text;
using System.Text.RegularExpressions;

namespace Governance.Cli.Output;

/// <summary>
/// Where one report goes and in which format: standard output, or a file named with <c>--output [FORMAT=]FILE</c>.
/// </summary>
/// <param name="Format">The format.</param>
/// <param name="File">The file, or <see langword="null"/> for standard output.</param>
/// <param name="FormatNamed">Whether the format was named with the file (<c>sarif=FILE</c>) rather than taken from <c>--format</c>.</param>
internal sealed partial record OutputTarget(ReportFormat Format, string? File, bool FormatNamed = false)
{
    /// <summary>
    /// Reads one <c>--output</c> value: <c>FORMAT=FILE</c> when what stands before the first <c>=</c> is a word, else the
    /// whole value is the file, written in <paramref name="defaultFormat"/> (so <c>./a=b.txt</c> is a file).
    /// </summary>
    /// <param name="value">The value as written.</param>
    /// <param name="defaultFormat">The format of <c>--format</c>.</param>
    /// <param name="error">Why the value cannot be used.</param>
    /// <returns>The target, or <see langword="null"/> with <paramref name="error"/> set.</returns>
    public static OutputTarget? Parse(string value, ReportFormat defaultFormat, out string? error)
    {
        error = null;
        var match = FormatPrefix().Match(value);
        var format = defaultFormat;
        var file = value;
        if (match.Success)
        {
            var named = match.Groups["format"].Value;
            if (ReportFormats.Find(named) is not { } found)
            {
                error = $"'{named}' in --output {value} is not a format. Use --output FORMAT=FILE with one of: {ReportFormats.Names}; or write the file as ./{value}.";
                return null;
            }

            format = found;
            file = match.Groups["file"].Value;
        }

        if (file.Length == 0)
        {
            error = $"--output {value} names no file.";
            return null;
        }

        error = FileProblem(file);
        return error is null ? new OutputTarget(format, file, match.Success) : null;
    }

    /// <summary>Why <c>--output</c> cannot write a file: it names a folder, or a file in a folder that does not exist.</summary>
    /// <param name="file">The file named.</param>
    /// <returns>The problem, or <see langword="null"/> when the file can be written.</returns>
    public static string? FileProblem(string file)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        return Directory.Exists(file) ? $"--output names '{file}', which is a folder. Name a file."
            : folder is not null && !Directory.Exists(folder) ? $"--output names '{file}', but the folder '{folder}' does not exist."
            : null;
    }

    /// <summary>Writes a report to a file named with <c>--output</c>, whole or not at all, or says on standard error why it could not.</summary>
    /// <param name="file">The file.</param>
    /// <param name="what">What is written, for the message: <c>the schema</c>.</param>
    /// <param name="write">Writes the content.</param>
    /// <param name="stderr">Where a failure is told.</param>
    /// <returns>Whether the file was written.</returns>
    public static bool TryWrite(string file, string what, Action<TextWriter> write, TextWriter stderr)
    {
        try
        {
            WriteAtomically(file, write);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{ToolInfo.CommandName}: {what} could not be written to {file}: {e.Message}");
            return false;
        }
    }

    /// <summary>
    /// Writes a file as a whole or not at all: the text goes to a new file beside it, which then replaces the file, so
    /// a reader (or a failed run) never sees half a report.
    /// </summary>
    /// <param name="file">The file.</param>
    /// <param name="write">Writes the content.</param>
    public static void WriteAtomically(string file, Action<TextWriter> write)
    {
        var full = Path.GetFullPath(file);
        var temporary = Path.Join(Path.GetDirectoryName(full), $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            using (var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\n" })
            {
                write(writer);
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }

            System.IO.File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (System.IO.File.Exists(temporary))
            {
                System.IO.File.Delete(temporary);
            }
        }
    }

    [GeneratedRegex("^(?<format>[A-Za-z]+)=(?<file>.*)$", RegexOptions.Singleline)]
    private static partial Regex FormatPrefix();
}
