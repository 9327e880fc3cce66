namespace Governance.Rules.Language;

/// <summary>
/// A problem in a condition, value, pattern header or message template: a stable code (see
/// <see cref="LanguageCodes"/>), a message a policy analyst can act on, and where it is, as an offset and length
/// within the text that was given (the rule loader maps these to a line and column in the rule file).
/// </summary>
/// <param name="Code">The stable code, for example <c>GOV202</c>.</param>
/// <param name="Message">What is wrong and, where it helps, what would be valid.</param>
/// <param name="Offset">The zero-based offset of the problem within the text.</param>
/// <param name="Length">The length of the problem's text; at least 1 unless the text is empty.</param>
internal sealed record LanguageDiagnostic(string Code, string Message, int Offset, int Length)
{
    /// <summary>This diagnostic, moved by <paramref name="delta"/> characters (for text embedded in larger text).</summary>
    public LanguageDiagnostic Shift(int delta) => this with { Offset = Offset + delta };

    /// <inheritdoc />
    public override string ToString() => $"{Code} at {Offset}+{Length}: {Message}";
}

/// <summary>The stable codes of the condition language's diagnostics; <c>docs/rule-language.md</c> explains each.</summary>
internal static class LanguageCodes
{
    /// <summary>The text does not follow the language's grammar.</summary>
    public const string Syntax = "GOV201";

    /// <summary>An unknown name, member, fact type or enum value.</summary>
    public const string UnknownName = "GOV202";

    /// <summary>A value of the wrong type for where it is used.</summary>
    public const string TypeMismatch = "GOV203";

    /// <summary>A call to a function the language does not have.</summary>
    public const string UnknownFunction = "GOV204";

    /// <summary>A function given the wrong number or kinds of arguments.</summary>
    public const string WrongArguments = "GOV205";

    /// <summary>A malformed literal: an impossible date, a number out of range, a bad escape in text.</summary>
    public const string BadLiteral = "GOV206";

    /// <summary>Something rules may not do: call a method, index, read a hidden member, reach outside the model.</summary>
    public const string NotAllowed = "GOV207";

    /// <summary>A malformed message template: an unclosed or empty <c>{...}</c> hole, a stray brace.</summary>
    public const string Template = "GOV208";

    /// <summary>A name given to a list item (<c>x =&gt; ...</c>) that is already in use.</summary>
    public const string NameInUse = "GOV209";

    /// <summary>A malformed pattern header: no fact type, <c>group</c> without <c>by</c>, an empty <c>where</c>.</summary>
    public const string PatternHeader = "GOV210";

    /// <summary>A finding's message with more holes than <see cref="Templates.TemplateCompiler.MaxHoles"/>.</summary>
    public const string TooManyHoles = "GOV211";

    /// <summary>A name or a text longer than the language allows (<see cref="Syntax.Lexer.MaxNameLength"/>, <see cref="Syntax.Lexer.MaxTextLength"/>).</summary>
    public const string TooLong = "GOV212";
}
