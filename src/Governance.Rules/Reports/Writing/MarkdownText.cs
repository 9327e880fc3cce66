using System.Text;

namespace Governance.Rules.Reports.Writing;

/// <summary>
/// Makes text from files safe inside a line of Markdown (a table cell, a list item): unsafe characters escaped as
/// <see cref="LineText"/> does, then every character Markdown or HTML would read as markup escaped, so a name can
/// neither break the table, nor add a link, an image or HTML, nor start a line of its own.
/// </summary>
internal static class MarkdownText
{
    private const string Special = "\\`*_{}[]|~";

    /// <summary>The text, safe inline.</summary>
    /// <param name="text">The text.</param>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder();
        foreach (var c in LineText.Escape(text))
        {
            switch (c)
            {
                case '<':
                    escaped.Append("&lt;");
                    break;
                case '>':
                    escaped.Append("&gt;");
                    break;
                case '&':
                    escaped.Append("&amp;");
                    break;
                default:
                    if (Special.Contains(c, StringComparison.Ordinal))
                    {
                        escaped.Append('\\');
                    }

                    escaped.Append(c);
                    break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>Text as inline code: a safe line, in a code span whose backtick fence is longer than any run inside it.</summary>
    /// <param name="text">The text.</param>
    public static string Code(string text)
    {
        var safe = LineText.Escape(text).Replace("<", "\\u003C", StringComparison.Ordinal);
        var longest = 0;
        var run = 0;
        foreach (var c in safe)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', longest + 1);
        return safe.Contains('`', StringComparison.Ordinal) ? $"{fence} {safe} {fence}" : $"{fence}{safe}{fence}";
    }
}
