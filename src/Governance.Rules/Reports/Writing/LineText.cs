using System.Globalization;
using System.Text;

namespace Governance.Rules.Reports.Writing;

/// <summary>
/// Makes text from authority, rule and baseline files (names, messages, file names) safe for a line-based report:
/// every control character (line ends included), and every character that reorders or hides text, is written as a
/// visible escape such as <c>\n</c> or <c>\u001B</c>. So a name with a newline in it can never start a line of its
/// own: it cannot forge a <c>file:line:col: error</c> line or a GitHub <c>::error</c> workflow command.
/// </summary>
internal static class LineText
{
    /// <summary>The text with every unsafe character escaped; the text itself when it has none.</summary>
    /// <param name="text">The text.</param>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(IsUnsafe))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (!IsUnsafe(c))
            {
                escaped.Append(c);
                continue;
            }

            escaped.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
            });
        }

        return escaped.ToString();
    }

    /// <summary>
    /// Text that may run over several lines (a remedy, departure reasons) as one line: line ends and the spaces around
    /// them become one space, and whatever else is unsafe is escaped.
    /// </summary>
    /// <param name="text">The text.</param>
    public static string OneLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Escape(string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
    }

    /// <summary>
    /// Whether a character must not reach a line-based report raw: C0 and C1 controls, DEL, the Unicode line and
    /// paragraph separators, and the bidirectional formatting characters that can make a line read as something else.
    /// </summary>
    /// <param name="c">The character.</param>
    public static bool IsUnsafe(char c) =>
        char.IsControl(c)
        || c is '\u2028' or '\u2029'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069'
        || c is '\u200E' or '\u200F' or '\u061C';
}
