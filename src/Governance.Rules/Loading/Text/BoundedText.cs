using System.Globalization;
using System.Text;
using Governance.Model;

namespace Governance.Rules.Loading.Text;

/// <summary>
/// Turns a file or a string into the text the YAML reader sees: bounded in size, strict UTF-8, without a byte-order
/// mark. A file is never read further than one byte past the limit, whatever it claims its length is.
/// </summary>
internal static class BoundedText
{
    /// <summary>Reads a file, or reports why it cannot be read and returns <see langword="null"/>.</summary>
    /// <param name="path">The file's path, as the caller named it.</param>
    /// <param name="maxBytes">The largest file accepted.</param>
    /// <param name="kindOfFile">What the file is, for messages.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    public static string? ReadFile(string path, int maxBytes, string kindOfFile, Diagnostics diagnostics)
    {
        var whole = new SourceLocation(path, 0, 0);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            if (stream.CanSeek && stream.Length > maxBytes)
            {
                ReportTooLarge(path, maxBytes, kindOfFile, diagnostics);
                return null;
            }

            var bytes = ReadAtMost(stream, maxBytes + 1);
            if (bytes.Length > maxBytes)
            {
                ReportTooLarge(path, maxBytes, kindOfFile, diagnostics);
                return null;
            }

            return Decode(bytes, path, diagnostics);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            diagnostics.Error(RuleDiagnosticCodes.FileUnreadable, $"The file '{path}' does not exist.", whole);
        }
        catch (UnauthorizedAccessException)
        {
            diagnostics.Error(RuleDiagnosticCodes.FileUnreadable, $"The file '{path}' cannot be read: permission is denied.", whole);
        }
        catch (Exception e) when (e is IOException or ArgumentException or NotSupportedException)
        {
            diagnostics.Error(RuleDiagnosticCodes.FileUnreadable, $"The file '{path}' cannot be read: {e.Message}", whole);
        }

        return null;
    }

    /// <summary>Checks the size of text given as a string and removes a leading byte-order mark.</summary>
    /// <param name="text">The text.</param>
    /// <param name="file">The file name the text is reported under.</param>
    /// <param name="maxBytes">The largest text accepted, in UTF-8 bytes.</param>
    /// <param name="kindOfFile">What the file is, for messages.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    public static string? FromString(string text, string file, int maxBytes, string kindOfFile, Diagnostics diagnostics)
    {
        if (text.Length > maxBytes || Encoding.UTF8.GetByteCount(text) > maxBytes)
        {
            ReportTooLarge(file, maxBytes, kindOfFile, diagnostics);
            return null;
        }

        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    /// <summary>Decodes strict UTF-8, accepting and removing a UTF-8 byte-order mark.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="file">The file name the text is reported under.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    public static string? Decode(ReadOnlySpan<byte> bytes, string file, Diagnostics diagnostics)
    {
        var offset = bytes.StartsWith("\xEF\xBB\xBF"u8) ? 3 : 0;
        if (bytes.StartsWith("\xFF\xFE"u8) || bytes.StartsWith("\xFE\xFF"u8))
        {
            diagnostics.Error(
                RuleDiagnosticCodes.InvalidUtf8,
                "The file is saved as UTF-16, not UTF-8. Save it again as UTF-8.",
                SourceLocation.StartOf(file));
            return null;
        }

        var content = bytes[offset..];
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        try
        {
            return strict.GetString(content);
        }
        catch (DecoderFallbackException e)
        {
            var bad = Math.Clamp(e.Index, 0, content.Length);
            var valid = Encoding.UTF8.GetString(content[..bad]);
            var line = valid.Count(c => c == '\n') + 1;
            var column = valid.Length - (valid.LastIndexOf('\n') + 1) + 1;
            var byteOffset = offset + bad;
            diagnostics.Error(
                RuleDiagnosticCodes.InvalidUtf8,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The file is not valid UTF-8: the byte 0x{bytes[Math.Min(byteOffset, bytes.Length - 1)]:X2} at byte offset {byteOffset} does not form a character. Save the file as UTF-8."),
                new SourceLocation(file, line, column));
            return null;
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

    private static void ReportTooLarge(string file, int maxBytes, string kindOfFile, Diagnostics diagnostics) =>
        diagnostics.Error(
            RuleDiagnosticCodes.FileTooLarge,
            string.Create(
                CultureInfo.InvariantCulture,
                $"The file is too large: a {kindOfFile} may be at most {maxBytes / 1024} KB. Split it into several files, or check that it is the file you meant."),
            new SourceLocation(file, 0, 0));
}
