using System.Globalization;
using System.Text;

namespace Governance.Rules.Reports.Html;

/// <summary>
/// Writes HTML into a buffer. Every value that comes from an input file (names, messages, quotes, paths) goes through
/// <see cref="Text"/> or an attribute, which escape it; only the page's own fixed markup is written raw.
/// </summary>
internal sealed class Markup
{
    private readonly StringBuilder html;

    /// <summary>Makes a writer with room for a page of about the given size.</summary>
    /// <param name="capacity">The expected size in characters.</param>
    public Markup(int capacity) => html = new StringBuilder(capacity);

    /// <summary>Writes the page's own markup, as it is. Never pass a value from an input file.</summary>
    public Markup Raw(string markup)
    {
        html.Append(markup);
        return this;
    }

    /// <summary>Writes text, escaped.</summary>
    public Markup Text(string? text)
    {
        Escape(text);
        return this;
    }

    /// <summary>Writes a number, in the invariant culture.</summary>
    public Markup Number(int value)
    {
        html.Append(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>Writes <c> name="value"</c>, escaped; nothing when the value is <see langword="null"/>.</summary>
    public Markup Attr(string name, string? value)
    {
        if (value is not null)
        {
            html.Append(' ').Append(name).Append("=\"");
            Escape(value);
            html.Append('"');
        }

        return this;
    }

    /// <summary>Writes <c> name="value"</c> for a number.</summary>
    public Markup Attr(string name, int value) => Attr(name, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Writes <c>&lt;tag attributes&gt;</c>; the attributes are name/value pairs, escaped, skipped when the value is null.</summary>
    public Markup Open(string tag, params ReadOnlySpan<string?> attributes)
    {
        html.Append('<').Append(tag);
        for (var i = 0; i + 1 < attributes.Length; i += 2)
        {
            Attr(attributes[i]!, attributes[i + 1]);
        }

        html.Append('>');
        return this;
    }

    /// <summary>Writes <c>&lt;/tag&gt;</c>.</summary>
    public Markup Close(string tag)
    {
        html.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>Writes an element holding escaped text.</summary>
    public Markup Element(string tag, string? text, params ReadOnlySpan<string?> attributes) => Open(tag, attributes).Text(text).Close(tag);

    /// <summary>Writes a line end.</summary>
    public Markup Line()
    {
        html.Append('\n');
        return this;
    }

    /// <summary>The page so far.</summary>
    public override string ToString() => html.ToString();

    /// <summary>Copies the page to a writer.</summary>
    public void WriteTo(TextWriter output)
    {
        foreach (var chunk in html.GetChunks())
        {
            output.Write(chunk.Span);
        }
    }

    private void Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var replacement = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\r' => "&#13;",
                '\0' => "\uFFFD",
                _ => null,
            };
            if (replacement is null)
            {
                continue;
            }

            html.Append(text, start, i - start).Append(replacement);
            start = i + 1;
        }

        html.Append(text, start, text.Length - start);
    }
}
