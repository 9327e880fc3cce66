namespace Governance.Rules.Language.Syntax;

/// <summary>The kinds of token in the condition language.</summary>
internal enum TokenKind
{
    /// <summary>The end of the text.</summary>
    End,

    /// <summary>A name: a binding, a member, a function, an enum value.</summary>
    Identifier,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>Text in single or double quotes.</summary>
    Text,

    /// <summary><c>true</c>.</summary>
    True,

    /// <summary><c>false</c>.</summary>
    False,

    /// <summary><c>null</c>.</summary>
    Null,

    /// <summary><c>and</c>.</summary>
    And,

    /// <summary><c>or</c>.</summary>
    Or,

    /// <summary><c>not</c>.</summary>
    Not,

    /// <summary><c>in</c>.</summary>
    In,

    /// <summary><c>(</c>.</summary>
    OpenParen,

    /// <summary><c>)</c>.</summary>
    CloseParen,

    /// <summary><c>[</c>.</summary>
    OpenBracket,

    /// <summary><c>]</c>.</summary>
    CloseBracket,

    /// <summary><c>,</c>.</summary>
    Comma,

    /// <summary><c>.</c>.</summary>
    Dot,

    /// <summary><c>=&gt;</c>.</summary>
    Arrow,

    /// <summary><c>==</c>.</summary>
    Equal,

    /// <summary><c>!=</c>.</summary>
    NotEqual,

    /// <summary><c>&lt;</c>.</summary>
    Less,

    /// <summary><c>&lt;=</c>.</summary>
    LessOrEqual,

    /// <summary><c>&gt;</c>.</summary>
    Greater,

    /// <summary><c>&gt;=</c>.</summary>
    GreaterOrEqual,

    /// <summary><c>+</c>.</summary>
    Plus,

    /// <summary><c>-</c>.</summary>
    Minus,

    /// <summary>A character the language does not use (already reported).</summary>
    Bad,
}

/// <summary>A token: its kind, where it is, and for names, numbers and text, its value.</summary>
/// <param name="Kind">The kind of token.</param>
/// <param name="Offset">The zero-based offset of its first character.</param>
/// <param name="Length">How many characters it spans.</param>
/// <param name="Text">The name, the text's content (quotes and escapes removed), or the number's digits.</param>
internal readonly record struct Token(TokenKind Kind, int Offset, int Length, string Text)
{
    /// <summary>The offset just after the token.</summary>
    public int End => Offset + Length;
}
