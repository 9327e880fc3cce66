namespace Governance.Rules.Language.Syntax;

/// <summary>A node of a parsed condition: what was written and where (offset and length within the text).</summary>
/// <param name="Offset">The zero-based offset of the node's first character.</param>
/// <param name="Length">How many characters the node spans.</param>
internal abstract record SyntaxNode(int Offset, int Length)
{
    /// <summary>The offset just after the node.</summary>
    public int End => Offset + Length;
}

/// <summary>The kinds of literal.</summary>
internal enum LiteralKind
{
    /// <summary>Quoted text.</summary>
    Text,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary><c>null</c>.</summary>
    Null,
}

/// <summary>A literal value: text, a whole number, <c>true</c>, <c>false</c> or <c>null</c>.</summary>
internal sealed record LiteralSyntax(LiteralKind Kind, object? Value, int Offset, int Length) : SyntaxNode(Offset, Length);

/// <summary>A bare name: a binding, a member of the pattern's own fact, an enum value, <c>asAt</c>.</summary>
internal sealed record NameSyntax(string Name, int Offset, int Length) : SyntaxNode(Offset, Length);

/// <summary>A member read, <c>target.name</c>.</summary>
internal sealed record MemberSyntax(SyntaxNode Target, string Name, int NameOffset, int Offset, int Length)
    : SyntaxNode(Offset, Length);

/// <summary>A call, <c>callee(arguments)</c>; only built-in functions may be called.</summary>
internal sealed record CallSyntax(SyntaxNode Callee, IReadOnlyList<SyntaxNode> Arguments, int Offset, int Length)
    : SyntaxNode(Offset, Length);

/// <summary>An index, <c>target[index]</c>; parsed only to be rejected clearly.</summary>
internal sealed record IndexSyntax(SyntaxNode Target, SyntaxNode Index, int Offset, int Length) : SyntaxNode(Offset, Length);

/// <summary>A list written out, <c>[a, b, c]</c>.</summary>
internal sealed record ListSyntax(IReadOnlyList<SyntaxNode> Items, int Offset, int Length) : SyntaxNode(Offset, Length);

/// <summary>A condition on each item of a list, <c>x =&gt; body</c>, as an argument of <c>any</c> or <c>all</c>.</summary>
internal sealed record LambdaSyntax(string Parameter, int ParameterOffset, SyntaxNode Body, int Offset, int Length)
    : SyntaxNode(Offset, Length);

/// <summary>The unary operators.</summary>
internal enum UnaryOperator
{
    /// <summary><c>not</c>.</summary>
    Not,

    /// <summary>Unary minus.</summary>
    Negate,
}

/// <summary>A unary operation.</summary>
internal sealed record UnarySyntax(UnaryOperator Operator, SyntaxNode Operand, int Offset, int Length) : SyntaxNode(Offset, Length);

/// <summary>The binary operators.</summary>
internal enum BinaryOperator
{
    /// <summary><c>and</c>.</summary>
    And,

    /// <summary><c>or</c>.</summary>
    Or,

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

    /// <summary><c>in</c>.</summary>
    In,

    /// <summary><c>not in</c>.</summary>
    NotIn,

    /// <summary><c>+</c>.</summary>
    Add,

    /// <summary><c>-</c>.</summary>
    Subtract,
}

/// <summary>A binary operation; <paramref name="OperatorOffset"/> is where the operator is written.</summary>
internal sealed record BinarySyntax(
    BinaryOperator Operator,
    SyntaxNode Left,
    SyntaxNode Right,
    int OperatorOffset,
    int OperatorLength,
    int Offset,
    int Length) : SyntaxNode(Offset, Length);

/// <summary>Where the parser could not make sense of the text (already reported).</summary>
internal sealed record ErrorSyntax(int Offset, int Length) : SyntaxNode(Offset, Length);

/// <summary>How operators are written, for messages.</summary>
internal static class OperatorText
{
    /// <summary>The operator as it is written.</summary>
    public static string Of(BinaryOperator op) => op switch
    {
        BinaryOperator.And => "and",
        BinaryOperator.Or => "or",
        BinaryOperator.Equal => "==",
        BinaryOperator.NotEqual => "!=",
        BinaryOperator.Less => "<",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.In => "in",
        BinaryOperator.NotIn => "not in",
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        _ => op.ToString(),
    };
}
