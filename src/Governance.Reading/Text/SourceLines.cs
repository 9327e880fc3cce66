using Governance.Model;

namespace Governance.Reading.Text;

/// <summary>A file's text with a table of where its lines start, to turn a character index into a line and column.</summary>
internal sealed class SourceLines
{
    private readonly int[] lineStarts;

    /// <summary>Indexes the lines of a text.</summary>
    /// <param name="file">The file name to report.</param>
    /// <param name="text">The text.</param>
    public SourceLines(string file, string text)
    {
        File = file;
        Text = text;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        lineStarts = [.. starts];
    }

    /// <summary>The file name to report.</summary>
    public string File { get; }

    /// <summary>The text.</summary>
    public string Text { get; }

    /// <summary>The 1-based line and column of a 0-based character index.</summary>
    /// <param name="index">The index; clamped to the text.</param>
    public SourceLocation LocationOf(int index)
    {
        index = Math.Clamp(index, 0, Text.Length);
        var line = Array.BinarySearch(lineStarts, index);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new SourceLocation(File, line + 1, index - lineStarts[line] + 1);
    }
}
