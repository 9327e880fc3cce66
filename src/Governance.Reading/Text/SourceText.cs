using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using Governance.Model;

namespace Governance.Reading.Text;

/// <summary>The size bound of a kind of file, the words for it and the codes its text problems are reported with.</summary>
/// <param name="MaxBytes">The largest file accepted, in bytes (of UTF-8 for text given as a string).</param>
/// <param name="KindOfFile">What the file is, with its article, for messages: "an authority file", "a rule file".</param>
/// <param name="FileUnreadableCode">The code for a file that does not exist, is a folder, or cannot be read.</param>
/// <param name="FileTooLargeCode">The code for a file over <paramref name="MaxBytes"/>.</param>
/// <param name="InvalidUtf8Code">The code for a file that is not UTF-8.</param>
internal sealed record SourceTextOptions(int MaxBytes, string KindOfFile, string FileUnreadableCode, string FileTooLargeCode, string InvalidUtf8Code);

/// <summary>
/// Turns a file or a string into the text the YAML reader sees: bounded in size, strict UTF-8, without a byte-order
/// mark. A file is never read further than one byte past the bound, whatever it claims its length is. Authority files,
/// rule files and guidance catalogue files are all read here, each with its own <see cref="SourceTextOptions"/>.
/// </summary>
internal static class SourceText
{
    /// <summary>How long an empty-looking file may take to open before it is taken to be a pipe (see <see cref="Open"/>).</summary>
    private static readonly TimeSpan OpenTimeout = TimeSpan.FromSeconds(2);

    /// <summary>Reads a file, or reports why it cannot be read and returns <see langword="null"/>.</summary>
    /// <param name="path">The file's path, as the caller named it.</param>
    /// <param name="options">The size bound, words and codes.</param>
    /// <param name="bag">Where problems are reported.</param>
    public static string? ReadFile(string path, SourceTextOptions options, IDiagnosticSink bag)
    {
        var whole = new SourceLocation(path, 0, 0);
        if (Directory.Exists(path))
        {
            bag.Error(options.FileUnreadableCode, $"'{path}' is a folder, not {options.KindOfFile}.", whole);
            return null;
        }

        try
        {
            using var stream = Open(path, options, bag);
            if (stream is null)
            {
                return null;
            }

            // A file that cannot be sought (a named pipe, a terminal, a socket) is not an ordinary file: reading it could
            // wait for ever for a writer that never writes, so it is refused before anything is read.
            if (!stream.CanSeek)
            {
                ReportNotOrdinary(path, options, bag);
                return null;
            }

            if (stream.Length > options.MaxBytes)
            {
                ReportTooLarge(path, stream.Length, options, bag);
                return null;
            }

            // Read at most one byte more than the limit, so that a file whose length the system cannot tell
            // (a pipe, a device) is still never read further than the limit.
            var bytes = ReadAtMost(stream, options.MaxBytes + 1);
            if (bytes.Length > options.MaxBytes)
            {
                ReportTooLarge(path, null, options, bag);
                return null;
            }

            return Decode(bytes, path, options, bag);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            bag.Error(options.FileUnreadableCode, $"The file '{path}' {DoesNotExist(path)}", whole);
        }
        catch (UnauthorizedAccessException)
        {
            bag.Error(options.FileUnreadableCode, $"The file '{path}' cannot be read: permission is denied.", whole);
        }
        catch (Exception e) when (e is IOException or ArgumentException or NotSupportedException)
        {
            bag.Error(options.FileUnreadableCode, $"The file '{path}' cannot be read: {e.Message}", whole);
        }

        return null;
    }

    /// <summary>
    /// Opens a file for reading. On Unix, opening a named pipe waits until something writes to it, and a pipe (like
    /// some devices) reports a length of 0; so an empty-looking file is opened on the side and given up on when the
    /// opening does not finish within <see cref="OpenTimeout"/>. Ordinary files, empty ones included, open at once.
    /// </summary>
    private static FileStream? Open(string path, SourceTextOptions options, IDiagnosticSink bag)
    {
        if (OperatingSystem.IsWindows() || new FileInfo(path) is not { Exists: true, Length: 0 })
        {
            return OpenNow(path);
        }

        var opening = Task.Run(() => OpenNow(path));
        if (opening.Wait(OpenTimeout))
        {
            return opening.GetAwaiter().GetResult();
        }

        // Close the stream if the opening ever finishes; nothing else waits for it.
        _ = opening.ContinueWith(t => t.Result.Dispose(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
        ReportNotOrdinary(path, options, bag);
        return null;
    }

    private static void ReportNotOrdinary(string path, SourceTextOptions options, IDiagnosticSink bag) => bag.Error(
        options.FileUnreadableCode,
        $"The file '{path}' cannot be read: it is not an ordinary file (a named pipe, a device or a socket?). Save the content to a file and give that file instead.",
        new SourceLocation(path, 0, 0));

    /// <summary>
    /// Why a file was not found. A name whose bytes are not UTF-8 reaches .NET with each bad byte replaced by U+FFFD,
    /// so the file listed in its folder cannot be opened by that name: that is said, rather than that it is missing.
    /// </summary>
    private static string DoesNotExist(string path) => path.Contains('\uFFFD', StringComparison.Ordinal)
        ? "cannot be opened: its name (or the name of a folder it is in) is not valid UTF-8, and each '\uFFFD' stands for a byte that is not. Rename it using UTF-8 characters only."
        : "does not exist.";

    private static FileStream OpenNow(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);

    /// <summary>Checks the size of text given as a string and removes a leading byte-order mark.</summary>
    /// <param name="text">The text.</param>
    /// <param name="file">The file name the text is reported under.</param>
    /// <param name="options">The size bound, words and codes.</param>
    /// <param name="bag">Where problems are reported.</param>
    public static string? FromString(string text, string file, SourceTextOptions options, IDiagnosticSink bag)
    {
        if (text.Length > options.MaxBytes || Encoding.UTF8.GetByteCount(text) > options.MaxBytes)
        {
            ReportTooLarge(file, null, options, bag);
            return null;
        }

        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    /// <summary>Checks the size of bytes read elsewhere (a stream, a resource) and decodes them as <see cref="Decode"/> does.</summary>
    /// <param name="bytes">The bytes, read with <see cref="ReadAtMost"/> so that they are never far past the bound.</param>
    /// <param name="file">The file name the text is reported under.</param>
    /// <param name="options">The size bound, words and codes.</param>
    /// <param name="bag">Where problems are reported.</param>
    public static string? FromBytes(ReadOnlySpan<byte> bytes, string file, SourceTextOptions options, IDiagnosticSink bag)
    {
        if (bytes.Length > options.MaxBytes)
        {
            ReportTooLarge(file, null, options, bag);
            return null;
        }

        return Decode(bytes, file, options, bag);
    }

    /// <summary>Decodes strict UTF-8, accepting and removing a UTF-8 byte-order mark.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="file">The file name the text is reported under.</param>
    /// <param name="options">The codes.</param>
    /// <param name="bag">Where problems are reported.</param>
    public static string? Decode(ReadOnlySpan<byte> bytes, string file, SourceTextOptions options, IDiagnosticSink bag)
    {
        var offset = 0;
        if (bytes is [0xEF, 0xBB, 0xBF, ..])
        {
            offset = 3;
        }
        else if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            bag.Error(
                options.InvalidUtf8Code,
                "The file is saved as UTF-16, not UTF-8. Save it again as UTF-8.",
                SourceLocation.StartOf(file));
            return null;
        }

        var content = bytes[offset..];
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, content.Length));
        try
        {
            var status = Utf8.ToUtf16(content, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
            if (status == OperationStatus.Done)
            {
                return new string(chars, 0, charsWritten);
            }

            var valid = chars.AsSpan(0, charsWritten);
            var line = valid.Count('\n') + 1;
            var column = charsWritten - (valid.LastIndexOf('\n') + 1) + 1;
            var byteOffset = offset + bytesRead;
            bag.Error(
                options.InvalidUtf8Code,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The file is not valid UTF-8: the byte 0x{bytes[byteOffset]:X2} at byte offset {byteOffset} does not form a character. Save the file as UTF-8."),
                new SourceLocation(file, line, column));
            return null;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Reads a stream to its end or to <paramref name="limit"/> bytes, whichever comes first.</summary>
    /// <param name="stream">The stream, read from its current position.</param>
    /// <param name="limit">The most bytes read: one more than a file may have, to tell that it is too large.</param>
    public static byte[] ReadAtMost(Stream stream, int limit)
    {
        var initial = stream.CanSeek ? (int)Math.Min(stream.Length + 1, limit) : 81920;
        var buffer = new byte[Math.Max(initial, 1)];
        var total = 0;
        while (total < limit)
        {
            if (total == buffer.Length)
            {
                Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, limit));
            }

            var read = stream.Read(buffer, total, buffer.Length - total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total == buffer.Length ? buffer : buffer[..total];
    }

    private static void ReportTooLarge(string file, long? length, SourceTextOptions options, IDiagnosticSink bag)
    {
        var size = length is { } bytes ? $" ({Size(bytes)})" : string.Empty;
        bag.Error(
            options.FileTooLargeCode,
            $"The file is too large{size}: {options.KindOfFile} may be at most {Size(options.MaxBytes)}. Split it into several files, or check that it is the file you meant.",
            new SourceLocation(file, 0, 0));
    }

    /// <summary>A size in whole megabytes, or in kilobytes below a megabyte.</summary>
    private static string Size(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024 * 1024)} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024} KB");
}
