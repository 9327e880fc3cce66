using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace Governance.Model.Loading.Text;

/// <summary>
/// Turns a file or a string into the text the YAML reader sees: bounded in size, strict UTF-8, without a byte-order mark.
/// </summary>
internal static class SourceText
{
    /// <summary>How long an empty-looking file may take to open before it is taken to be a pipe (see <see cref="Open"/>).</summary>
    private static readonly TimeSpan OpenTimeout = TimeSpan.FromSeconds(2);

    /// <summary>Reads a file, or reports why it cannot be read and returns <see langword="null"/>.</summary>
    /// <param name="path">The file's path, as the caller named it.</param>
    /// <param name="bag">Where problems are reported.</param>
    public static string? ReadFile(string path, DiagnosticBag bag)
    {
        var whole = new SourceLocation(path, 0, 0);
        if (Directory.Exists(path))
        {
            bag.Error(DiagnosticCodes.FileUnreadable, $"'{path}' is a folder, not an authority file.", whole);
            return null;
        }

        try
        {
            using var stream = Open(path, bag);
            if (stream is null)
            {
                return null;
            }

            if (stream.CanSeek && stream.Length > AuthorityLoader.MaxFileBytes)
            {
                ReportTooLarge(path, stream.Length, bag);
                return null;
            }

            // Read at most one byte more than the limit, so that a file whose length the system cannot tell
            // (a pipe, a device) is still never read further than the limit.
            var bytes = ReadAtMost(stream, AuthorityLoader.MaxFileBytes + 1);
            if (bytes.Length > AuthorityLoader.MaxFileBytes)
            {
                ReportTooLarge(path, null, bag);
                return null;
            }

            return Decode(bytes, path, bag);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            bag.Error(DiagnosticCodes.FileUnreadable, $"The file '{path}' does not exist.", whole);
        }
        catch (UnauthorizedAccessException)
        {
            bag.Error(DiagnosticCodes.FileUnreadable, $"The file '{path}' cannot be read: permission is denied.", whole);
        }
        catch (Exception e) when (e is IOException or ArgumentException or NotSupportedException)
        {
            bag.Error(DiagnosticCodes.FileUnreadable, $"The file '{path}' cannot be read: {e.Message}", whole);
        }

        return null;
    }

    /// <summary>
    /// Opens a file for reading. On Unix, opening a named pipe waits until something writes to it, and a pipe (like
    /// some devices) reports a length of 0; so an empty-looking file is opened on the side and given up on when the
    /// opening does not finish within <see cref="OpenTimeout"/>. Ordinary files, empty ones included, open at once.
    /// </summary>
    private static FileStream? Open(string path, DiagnosticBag bag)
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
        bag.Error(
            DiagnosticCodes.FileUnreadable,
            $"The file '{path}' cannot be read: it is not an ordinary file (a named pipe or a device?) and did not open.",
            new SourceLocation(path, 0, 0));
        return null;
    }

    private static FileStream OpenNow(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);

    /// <summary>Checks the size of text given as a string and removes a leading byte-order mark.</summary>
    /// <param name="text">The text.</param>
    /// <param name="file">The file name the text is reported under.</param>
    /// <param name="bag">Where problems are reported.</param>
    public static string? FromString(string text, string file, DiagnosticBag bag)
    {
        if (text.Length > AuthorityLoader.MaxFileBytes || Encoding.UTF8.GetByteCount(text) > AuthorityLoader.MaxFileBytes)
        {
            ReportTooLarge(file, null, bag);
            return null;
        }

        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    /// <summary>Decodes strict UTF-8, accepting and removing a UTF-8 byte-order mark.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="file">The file name the text is reported under.</param>
    /// <param name="bag">Where problems are reported.</param>
    public static string? Decode(ReadOnlySpan<byte> bytes, string file, DiagnosticBag bag)
    {
        var offset = 0;
        if (bytes is [0xEF, 0xBB, 0xBF, ..])
        {
            offset = 3;
        }
        else if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            bag.Error(
                DiagnosticCodes.InvalidUtf8,
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
                DiagnosticCodes.InvalidUtf8,
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

    private static byte[] ReadAtMost(Stream stream, int limit)
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

    private static void ReportTooLarge(string file, long? length, DiagnosticBag bag)
    {
        var size = length is { } bytes ? string.Create(CultureInfo.InvariantCulture, $" ({bytes / (1024 * 1024)} MB)") : string.Empty;
        bag.Error(
            DiagnosticCodes.FileTooLarge,
            string.Create(
                CultureInfo.InvariantCulture,
                $"The file is too large{size}: authority files may be at most {AuthorityLoader.MaxFileBytes / (1024 * 1024)} MB. Split it, or check that it is the file you meant."),
            new SourceLocation(file, 0, 0));
    }
}
