using System.Linq.Expressions;
using System.Text;

namespace Governance.Rules.Language.Templates;

/// <summary>A hole in a message template: the expression's text, where it is, and its compiled form.</summary>
/// <param name="Text">The expression between the braces.</param>
/// <param name="Offset">Where the expression starts in the template's text.</param>
/// <param name="Lambda">The compiled expression (parameters: the scope's bindings, then <c>asAt</c>).</param>
internal sealed record TemplateHole(string Text, int Offset, LambdaExpression Lambda);

/// <summary>
/// A finding's message: literal text and <c>{expression}</c> holes filled from the matched facts. Immutable and
/// thread-safe; each hole is compiled once, the first time a message is formatted.
/// </summary>
internal sealed class MessageTemplate
{
    private readonly IReadOnlyList<object> parts;
    private readonly Lazy<Func<object?[], DateOnly, object?>>[] compiled;

    /// <summary>A template of literal text (<see cref="string"/>) and holes (<see cref="TemplateHole"/>), in order.</summary>
    public MessageTemplate(string text, IReadOnlyList<object> parts)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Any(p => p is not (string or TemplateHole)))
        {
            throw new ArgumentException("A template's parts are text and holes only.", nameof(parts));
        }

        Text = text;
        this.parts = parts;
        Holes = [.. parts.OfType<TemplateHole>()];
        compiled = [.. Holes.Select(h => new Lazy<Func<object?[], DateOnly, object?>>(() => CompiledLambda.Compile(h.Lambda)))];
    }

    /// <summary>The template as written.</summary>
    public string Text { get; }

    /// <summary>The holes, in order.</summary>
    public IReadOnlyList<TemplateHole> Holes { get; }

    /// <summary>
    /// The message, with each hole's value formatted invariantly: dates as yyyy-MM-dd, a missing value as "(none)",
    /// lists comma-joined, enum values as authority files write them, yes/no as "yes" or "no".
    /// </summary>
    /// <param name="arguments">The values of the scope's bindings, in scope order.</param>
    /// <param name="asAt">The evaluation date.</param>
    public string Format(object?[] arguments, DateOnly asAt)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var message = new StringBuilder();
        var hole = 0;
        foreach (var part in parts)
        {
            if (part is string literal)
            {
                message.Append(literal);
            }
            else
            {
                message.Append(ValueFormatter.Format(compiled[hole++].Value(arguments, asAt)));
            }
        }

        return message.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}

/// <summary>A compiled message template, or the problems that stopped it compiling.</summary>
/// <param name="Template">The template, or null when there are diagnostics.</param>
/// <param name="Diagnostics">Problems, with offsets in the template's text.</param>
internal sealed record CompiledTemplate(MessageTemplate? Template, IReadOnlyList<LanguageDiagnostic> Diagnostics)
{
    /// <summary>Whether the template compiled without problems.</summary>
    public bool Succeeded => Template is not null && Diagnostics.Count == 0;
}
