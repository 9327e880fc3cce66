using System.Globalization;
using System.Text;
using YamlDotNet.Core;

namespace Governance.Reading.Yaml;

/// <summary>
/// For each character of a scalar's value, the index in the file's text where it was written. YAML folds lines,
/// removes indentation and quotes, and turns escapes into characters, so a value's offset is not its file offset;
/// this map undoes that for plain, single-quoted, double-quoted, literal (<c>|</c>) and folded (<c>&gt;</c>) scalars.
/// The map is rebuilt from the text and checked against the value YamlDotNet read: if they ever disagree (an unusual
/// construct such as an explicit indentation indicator), every offset maps to where the value's text starts.
/// </summary>
internal sealed class ScalarOffsetMap
{
    private readonly int[] indices;
    private readonly int end;

    private ScalarOffsetMap(int[] indices, int end)
    {
        this.indices = indices;
        this.end = end;
    }

    /// <summary>The text index of the value character at an offset; past the value, the end of the scalar.</summary>
    /// <param name="offset">A 0-based offset within the value.</param>
    public int SourceIndexOf(int offset) => offset >= 0 && offset < indices.Length ? indices[offset] : end;

    /// <summary>Builds the map of one scalar.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="start">Where the scalar starts: its first character, opening quote or block indicator.</param>
    /// <param name="stop">Where the scalar ends (just after it).</param>
    /// <param name="style">How it was written.</param>
    /// <param name="value">The value YamlDotNet read.</param>
    public static ScalarOffsetMap Build(string text, int start, int stop, ScalarStyle style, string value)
    {
        start = Math.Clamp(start, 0, text.Length);
        stop = Math.Clamp(stop, start, text.Length);
        var built = new Builder();
        bool agrees;
        switch (style)
        {
            case ScalarStyle.Literal:
            case ScalarStyle.Folded:
                ReadBlock(text, start, stop, style == ScalarStyle.Folded, built);
                agrees = built.Text.Length >= value.Length && built.Text.ToString(0, value.Length) == value;
                break;
            case ScalarStyle.SingleQuoted:
            case ScalarStyle.DoubleQuoted:
                ReadFlow(text, start + 1, Math.Max(start + 1, stop - 1), style, built);
                agrees = built.Text.ToString() == value;
                break;
            default:
                ReadFlow(text, start, stop, style, built);
                agrees = built.Text.ToString() == value;
                break;
        }

        if (agrees)
        {
            return new ScalarOffsetMap([.. built.Indices.Take(value.Length)], stop);
        }

        var first = FirstContentIndex(text, start, stop, style);
        return new ScalarOffsetMap(Enumerable.Repeat(first, value.Length).ToArray(), first);
    }

    private static int FirstContentIndex(string text, int start, int stop, ScalarStyle style)
    {
        if (style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted)
        {
            return Math.Min(start + 1, stop);
        }

        if (style is ScalarStyle.Literal or ScalarStyle.Folded)
        {
            var lineEnd = text.IndexOf('\n', start, stop - start);
            var i = lineEnd < 0 ? stop : lineEnd + 1;
            while (i < stop && text[i] is ' ' or '\r' or '\n')
            {
                i++;
            }

            return i;
        }

        return start;
    }

    /// <summary>Plain and quoted (flow) scalars: fold line breaks, strip the spaces around them, decode quotes and escapes.</summary>
    private static void ReadFlow(string text, int from, int to, ScalarStyle style, Builder output)
    {
        var pendingSpaces = new List<int>();
        var i = from;
        while (i < to)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < to && text[i + 1] == '\n')
            {
                i++;
                continue;
            }

            if (c == '\n')
            {
                pendingSpaces.Clear();
                var breakIndex = i;
                i = SkipSpaces(text, i + 1, to);
                var emptyLines = new List<int>();
                while (i < to && text[i] is '\r' or '\n')
                {
                    if (text[i] == '\n')
                    {
                        emptyLines.Add(i);
                    }

                    i = SkipSpaces(text, i + 1, to);
                }

                if (emptyLines.Count == 0)
                {
                    output.Add(' ', breakIndex);
                }
                else
                {
                    emptyLines.ForEach(index => output.Add('\n', index));
                }

                continue;
            }

            if (c is ' ' or '\t')
            {
                pendingSpaces.Add(i);
                i++;
                continue;
            }

            pendingSpaces.ForEach(index => output.Add(text[index], index));
            pendingSpaces.Clear();
            if (style == ScalarStyle.SingleQuoted && c == '\'' && i + 1 < to && text[i + 1] == '\'')
            {
                output.Add('\'', i);
                i += 2;
            }
            else if (style == ScalarStyle.DoubleQuoted && c == '\\' && i + 1 < to)
            {
                i = ReadEscape(text, i, to, output);
            }
            else
            {
                output.Add(c, i);
                i++;
            }
        }

        pendingSpaces.ForEach(index => output.Add(text[index], index));
    }

    /// <summary>Reads a double-quoted escape at <paramref name="at"/> (the backslash); returns the index after it.</summary>
    private static int ReadEscape(string text, int at, int to, Builder output)
    {
        var e = text[at + 1];
        if (e is '\r' or '\n')
        {
            var next = at + 1;
            if (text[next] == '\r' && next + 1 < to && text[next + 1] == '\n')
            {
                next++;
            }

            return SkipSpaces(text, next + 1, to);
        }

        var hexLength = e switch { 'x' => 2, 'u' => 4, 'U' => 8, _ => 0 };
        if (hexLength > 0)
        {
            if (at + 2 + hexLength <= to &&
                int.TryParse(text.AsSpan(at + 2, hexLength), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code) &&
                code is >= 0 and <= 0x10FFFF)
            {
                foreach (var ch in char.ConvertFromUtf32(code))
                {
                    output.Add(ch, at);
                }
            }

            return at + 2 + hexLength;
        }

        var decoded = e switch
        {
            '0' => '\0',
            'a' => '\a',
            'b' => '\b',
            't' or '\t' => '\t',
            'n' => '\n',
            'v' => '\v',
            'f' => '\f',
            'r' => '\r',
            'e' => '\x1b',
            'N' => '\u0085',
            '_' => '\u00a0',
            'L' => '\u2028',
            'P' => '\u2029',
            _ => e,
        };
        output.Add(decoded, at);
        return at + 2;
    }

    /// <summary>Literal and folded block scalars: drop the header and the indentation; fold lines for folded ones.</summary>
    private static void ReadBlock(string text, int from, int to, bool folded, Builder output)
    {
        var headerEnd = text.IndexOf('\n', from, to - from);
        if (headerEnd < 0)
        {
            return;
        }

        var lines = new List<(int Start, int End)>();
        var lineStart = headerEnd + 1;
        while (lineStart < to)
        {
            var lineEnd = text.IndexOf('\n', lineStart, to - lineStart);
            lines.Add((lineStart, lineEnd < 0 ? to : lineEnd));
            lineStart = lineEnd < 0 ? to : lineEnd + 1;
        }

        var indent = lines
            .Select(l => (Line: l, Spaces: CountSpaces(text, l.Start, l.End)))
            .Where(x => x.Line.Start + x.Spaces < TrimCarriageReturn(text, x.Line.Start, x.Line.End))
            .Select(x => x.Spaces)
            .DefaultIfEmpty(0)
            .First();

        var pendingEmpty = new List<int>();
        int? previousBreak = null;
        var previousMoreIndented = false;
        foreach (var (start, end) in lines)
        {
            var contentEnd = TrimCarriageReturn(text, start, end);
            var contentStart = Math.Min(start + indent, contentEnd);
            if (CountSpaces(text, start, contentEnd) >= contentEnd - start && contentEnd - start <= indent)
            {
                pendingEmpty.Add(end);
                continue;
            }

            var moreIndented = text[contentStart] is ' ' or '\t';
            if (previousBreak is { } at)
            {
                if (folded && !previousMoreIndented && !moreIndented)
                {
                    if (pendingEmpty.Count == 0)
                    {
                        output.Add(' ', at);
                    }
                }
                else
                {
                    output.Add('\n', at);
                }
            }

            pendingEmpty.ForEach(index => output.Add('\n', index));
            pendingEmpty.Clear();
            for (var i = contentStart; i < contentEnd; i++)
            {
                output.Add(text[i], i);
            }

            previousBreak = end;
            previousMoreIndented = moreIndented;
        }

        if (previousBreak is { } last)
        {
            output.Add('\n', last);
        }

        pendingEmpty.ForEach(index => output.Add('\n', index));
    }

    private static int TrimCarriageReturn(string text, int start, int end) =>
        end > start && text[end - 1] == '\r' ? end - 1 : end;

    private static int CountSpaces(string text, int start, int end)
    {
        var i = start;
        while (i < end && text[i] == ' ')
        {
            i++;
        }

        return i - start;
    }

    private static int SkipSpaces(string text, int i, int to)
    {
        while (i < to && text[i] is ' ' or '\t')
        {
            i++;
        }

        return i;
    }

    private sealed class Builder
    {
        public StringBuilder Text { get; } = new();

        public List<int> Indices { get; } = [];

        public void Add(char c, int index)
        {
            Text.Append(c);
            Indices.Add(index);
        }
    }
}
