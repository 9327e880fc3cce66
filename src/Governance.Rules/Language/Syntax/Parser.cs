using System.Globalization;

namespace Governance.Rules.Language.Syntax;

/// <summary>The result of parsing: the expression, anything left over after it, and the problems found.</summary>
/// <param name="Root">The expression.</param>
/// <param name="Trailing">Expressions found after the end of the first (already reported; checked only for more diagnostics).</param>
/// <param name="Diagnostics">Syntax problems, in the order found.</param>
internal sealed record ParseResult(SyntaxNode Root, IReadOnlyList<SyntaxNode> Trailing, IReadOnlyList<LanguageDiagnostic> Diagnostics);

/// <summary>
/// A recursive-descent parser for the condition language. Precedence, loosest first: <c>or</c>; <c>and</c>;
/// <c>not</c>; comparisons and <c>in</c> (not chained); <c>+</c> <c>-</c>; unary minus; member reads and calls.
/// It recovers from mistakes so that one pass reports as many as it can.
/// </summary>
internal sealed class Parser
{
    private const int MaxDepth = 64;
    private const int MaxTokens = 1000;

    private readonly IReadOnlyList<Token> tokens;
    private readonly List<LanguageDiagnostic> diagnostics;
    private int position;
    private int depth;
    private bool tooDeepReported;

    private Parser(IReadOnlyList<Token> tokens, List<LanguageDiagnostic> diagnostics)
    {
        this.tokens = tokens;
        this.diagnostics = diagnostics;
    }

    private Token Current => tokens[position];

    private Token Next => tokens[Math.Min(position + 1, tokens.Count - 1)];

    /// <summary>Parses a condition or value expression.</summary>
    public static ParseResult Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var diagnostics = new List<LanguageDiagnostic>();
        var tokens = Lexer.Tokenize(text, diagnostics);
        if (tokens.Count > MaxTokens)
        {
            diagnostics.Add(new LanguageDiagnostic(
                LanguageCodes.Syntax,
                $"The expression is too long (more than {MaxTokens} names, values and symbols): split it into several conditions.",
                0,
                text.Length));
            return new ParseResult(new ErrorSyntax(0, text.Length), [], diagnostics);
        }

        var parser = new Parser(tokens, diagnostics);
        if (parser.Current.Kind == TokenKind.End)
        {
            diagnostics.Add(new LanguageDiagnostic(LanguageCodes.Syntax, "The expression is empty.", 0, text.Length));
            return new ParseResult(new ErrorSyntax(0, text.Length), [], diagnostics);
        }

        var root = parser.ParseExpression();
        var trailing = new List<SyntaxNode>();
        while (parser.Current.Kind != TokenKind.End)
        {
            var stray = parser.Current;
            diagnostics.Add(new LanguageDiagnostic(
                LanguageCodes.Syntax,
                $"Expected 'and', 'or' or the end of the expression, but found {Describe(stray)}.",
                stray.Offset,
                stray.Length));
            var before = parser.position;
            var fragment = parser.ParseExpression();
            if (parser.position == before)
            {
                parser.position++;
            }
            else
            {
                trailing.Add(fragment);
            }
        }

        // Past the nesting limit the rest of the expression was skipped, so the calls and brackets around that point
        // are cut short: checking them would report missing arguments that are there. The nesting is the one error.
        return parser.tooDeepReported
            ? new ParseResult(new ErrorSyntax(0, text.Length), [], diagnostics)
            : new ParseResult(root, trailing, diagnostics);
    }

    private static string Describe(Token token) => token.Kind switch
    {
        TokenKind.End => "the end of the expression",
        TokenKind.Text => "the text " + token.Text,
        _ => $"'{token.Text}'",
    };

    private SyntaxNode ParseExpression()
    {
        if (++depth > MaxDepth)
        {
            if (!tooDeepReported)
            {
                tooDeepReported = true;
                diagnostics.Add(new LanguageDiagnostic(
                    LanguageCodes.Syntax,
                    $"The expression is nested too deeply (more than {MaxDepth} levels of brackets or operators).",
                    Current.Offset,
                    Math.Max(1, Current.Length)));
            }

            var token = Current;
            while (Current.Kind != TokenKind.End)
            {
                position++;
            }

            depth--;
            return new ErrorSyntax(token.Offset, token.Length);
        }

        var result = ParseOr();
        depth--;
        return result;
    }

    private SyntaxNode ParseOr()
    {
        var left = ParseAnd();
        while (Current.Kind == TokenKind.Or)
        {
            var op = Current;
            position++;
            var right = ParseAnd();
            left = Binary(BinaryOperator.Or, left, right, op);
        }

        return left;
    }

    private SyntaxNode ParseAnd()
    {
        var left = ParseNot();
        while (Current.Kind == TokenKind.And)
        {
            var op = Current;
            position++;
            var right = ParseNot();
            left = Binary(BinaryOperator.And, left, right, op);
        }

        return left;
    }

    private SyntaxNode ParseNot()
    {
        if (Current.Kind != TokenKind.Not)
        {
            return ParseComparison();
        }

        var op = Current;
        position++;
        if (++depth > MaxDepth)
        {
            depth--;
            return ParseExpression();
        }

        var operand = ParseNot();
        depth--;
        return new UnarySyntax(UnaryOperator.Not, operand, op.Offset, operand.End - op.Offset);
    }

    private SyntaxNode ParseComparison()
    {
        var left = ParseAdditive();
        var chained = false;
        while (true)
        {
            var op = Current;
            BinaryOperator? kind = op.Kind switch
            {
                TokenKind.Equal => BinaryOperator.Equal,
                TokenKind.NotEqual => BinaryOperator.NotEqual,
                TokenKind.Less => BinaryOperator.Less,
                TokenKind.LessOrEqual => BinaryOperator.LessOrEqual,
                TokenKind.Greater => BinaryOperator.Greater,
                TokenKind.GreaterOrEqual => BinaryOperator.GreaterOrEqual,
                TokenKind.In => BinaryOperator.In,
                TokenKind.Not when Next.Kind == TokenKind.In => BinaryOperator.NotIn,
                _ => null,
            };
            if (kind is null)
            {
                return left;
            }

            var opLength = kind == BinaryOperator.NotIn ? Next.End - op.Offset : op.Length;
            position += kind == BinaryOperator.NotIn ? 2 : 1;
            if (chained)
            {
                diagnostics.Add(new LanguageDiagnostic(
                    LanguageCodes.Syntax,
                    $"Comparisons cannot be chained: join them with 'and', for example 'a < b and b < c'.",
                    op.Offset,
                    opLength));
            }

            var right = ParseAdditive();
            if (chained && left is BinarySyntax previous)
            {
                // Read 'a < b < c' as 'a < b and b < c' so that the mistake is reported once, without knock-on errors.
                var next = new BinarySyntax(kind.Value, previous.Right, right, op.Offset, opLength, previous.Right.Offset, right.End - previous.Right.Offset);
                left = new BinarySyntax(BinaryOperator.And, left, next, op.Offset, opLength, left.Offset, right.End - left.Offset);
                continue;
            }

            left = new BinarySyntax(kind.Value, left, right, op.Offset, opLength, left.Offset, right.End - left.Offset);
            chained = true;
        }
    }

    private SyntaxNode ParseAdditive()
    {
        var left = ParseUnary();
        while (Current.Kind is TokenKind.Plus or TokenKind.Minus or TokenKind.Bad)
        {
            var op = Current;
            position++;
            var right = ParseUnary();
            if (op.Kind == TokenKind.Bad)
            {
                // An operator the language does not have (already reported): skip it and its right-hand side.
                left = new ErrorSyntax(left.Offset, right.End - left.Offset);
                continue;
            }

            left = Binary(op.Kind == TokenKind.Plus ? BinaryOperator.Add : BinaryOperator.Subtract, left, right, op);
        }

        return left;
    }

    private SyntaxNode ParseUnary()
    {
        if (Current.Kind != TokenKind.Minus)
        {
            return ParsePostfix();
        }

        var op = Current;
        position++;
        if (++depth > MaxDepth)
        {
            depth--;
            return ParseExpression();
        }

        var operand = ParseUnary();
        depth--;
        return new UnarySyntax(UnaryOperator.Negate, operand, op.Offset, operand.End - op.Offset);
    }

    private SyntaxNode ParsePostfix()
    {
        var node = ParsePrimary();
        while (true)
        {
            switch (Current.Kind)
            {
                case TokenKind.Dot:
                    var dot = Current;
                    position++;
                    if (Current.Kind == TokenKind.Bad)
                    {
                        // Already reported by the lexer (a name too long).
                        var bad = Current;
                        position++;
                        return new ErrorSyntax(node.Offset, bad.End - node.Offset);
                    }

                    if (Current.Kind is not (TokenKind.Identifier or TokenKind.True or TokenKind.False or TokenKind.Null
                        or TokenKind.And or TokenKind.Or or TokenKind.Not or TokenKind.In))
                    {
                        diagnostics.Add(new LanguageDiagnostic(
                            LanguageCodes.Syntax,
                            $"Expected a member name after '.', but found {Describe(Current)}.",
                            dot.Offset,
                            dot.Length));
                        return new ErrorSyntax(node.Offset, dot.End - node.Offset);
                    }

                    var name = Current;
                    position++;
                    node = new MemberSyntax(node, name.Text, name.Offset, node.Offset, name.End - node.Offset);
                    break;
                case TokenKind.OpenParen:
                    node = ParseCall(node);
                    break;
                case TokenKind.OpenBracket:
                    var open = Current;
                    position++;
                    var index = Current.Kind == TokenKind.CloseBracket ? new ErrorSyntax(Current.Offset, 0) : ParseExpression();
                    var close = Expect(TokenKind.CloseBracket, open, "[", "]");
                    node = new IndexSyntax(node, index, node.Offset, close - node.Offset);
                    break;
                default:
                    return node;
            }
        }
    }

    private CallSyntax ParseCall(SyntaxNode callee)
    {
        var open = Current;
        position++;
        var arguments = new List<SyntaxNode>();
        if (Current.Kind != TokenKind.CloseParen)
        {
            while (true)
            {
                arguments.Add(ParseArgument());
                if (Current.Kind != TokenKind.Comma)
                {
                    break;
                }

                position++;
            }
        }

        var end = Expect(TokenKind.CloseParen, open, "(", ")");
        return new CallSyntax(callee, arguments, callee.Offset, end - callee.Offset);
    }

    private SyntaxNode ParseArgument()
    {
        if (Current.Kind == TokenKind.Identifier && Next.Kind == TokenKind.Arrow)
        {
            var parameter = Current;
            position += 2;
            var body = ParseExpression();
            return new LambdaSyntax(parameter.Text, parameter.Offset, body, parameter.Offset, body.End - parameter.Offset);
        }

        return ParseExpression();
    }

    private SyntaxNode ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Identifier when Next.Kind == TokenKind.Arrow:
                diagnostics.Add(new LanguageDiagnostic(
                    LanguageCodes.Syntax,
                    "'=>' can only be used inside any(...) or all(...), as in any(list, x => condition).",
                    Next.Offset,
                    Next.Length));
                position += 2;
                var body = ParseExpression();
                return new ErrorSyntax(token.Offset, body.End - token.Offset);
            case TokenKind.Identifier:
                position++;
                return new NameSyntax(token.Text, token.Offset, token.Length);
            case TokenKind.Integer:
                position++;
                if (!int.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                {
                    diagnostics.Add(new LanguageDiagnostic(
                        LanguageCodes.BadLiteral,
                        $"The number {token.Text} is too large; numbers in rules go up to {int.MaxValue}.",
                        token.Offset,
                        token.Length));
                }

                return new LiteralSyntax(LiteralKind.Integer, number, token.Offset, token.Length);
            case TokenKind.Text:
                position++;
                return new LiteralSyntax(LiteralKind.Text, token.Text, token.Offset, token.Length);
            case TokenKind.True or TokenKind.False:
                position++;
                return new LiteralSyntax(LiteralKind.Boolean, token.Kind == TokenKind.True, token.Offset, token.Length);
            case TokenKind.Null:
                position++;
                return new LiteralSyntax(LiteralKind.Null, null, token.Offset, token.Length);
            case TokenKind.OpenParen:
                position++;
                if (Current.Kind == TokenKind.CloseParen)
                {
                    diagnostics.Add(new LanguageDiagnostic(LanguageCodes.Syntax, "The brackets '()' are empty.", token.Offset, 2));
                    position++;
                    return new ErrorSyntax(token.Offset, 2);
                }

                var inner = ParseExpression();
                var close = Expect(TokenKind.CloseParen, token, "(", ")");

                // An operation in brackets spans its brackets, so that what is said about it points at all of it.
                return inner is BinarySyntax or UnarySyntax ? inner with { Offset = token.Offset, Length = close - token.Offset } : inner;
            case TokenKind.OpenBracket:
                return ParseList();
            case TokenKind.Bad:
                position++;
                return new ErrorSyntax(token.Offset, token.Length);
            default:
                var message = token.Kind switch
                {
                    TokenKind.End => "The expression ends too early: a value is missing here.",
                    TokenKind.Arrow => "'=>' can only be used inside any(...) or all(...), as in any(list, x => condition).",
                    _ => $"Expected a value (a name, text in quotes, a number, true, false or null), but found {Describe(token)}.",
                };
                diagnostics.Add(new LanguageDiagnostic(LanguageCodes.Syntax, message, token.Offset, Math.Max(token.Length, token.Kind == TokenKind.End ? 0 : 1)));
                if (token.Kind is not (TokenKind.End or TokenKind.CloseParen or TokenKind.CloseBracket or TokenKind.Comma))
                {
                    position++;
                }

                return new ErrorSyntax(token.Offset, token.Length);
        }
    }

    private ListSyntax ParseList()
    {
        var open = Current;
        position++;
        var items = new List<SyntaxNode>();
        if (Current.Kind != TokenKind.CloseBracket)
        {
            while (true)
            {
                items.Add(ParseExpression());
                if (Current.Kind != TokenKind.Comma)
                {
                    break;
                }

                position++;
            }
        }

        var end = Expect(TokenKind.CloseBracket, open, "[", "]");
        return new ListSyntax(items, open.Offset, end - open.Offset);
    }

    /// <summary>Consumes a closing token, or reports the unmatched opening one; returns the offset after the construct.</summary>
    private int Expect(TokenKind kind, Token open, string opening, string closing)
    {
        if (Current.Kind == kind)
        {
            var end = Current.End;
            position++;
            return end;
        }

        if (tooDeepReported)
        {
            return tokens[Math.Max(0, position - 1)].End;
        }

        diagnostics.Add(new LanguageDiagnostic(
            LanguageCodes.Syntax,
            Current.Kind == TokenKind.End
                ? $"This '{opening}' has no matching '{closing}'."
                : $"This '{opening}' has no matching '{closing}': found {Describe(Current)} where '{closing}' was expected.",
            open.Offset,
            open.Length));
        return tokens[Math.Max(0, position - 1)].End;
    }

    private static BinarySyntax Binary(BinaryOperator op, SyntaxNode left, SyntaxNode right, Token token) =>
        new(op, left, right, token.Offset, token.Length, left.Offset, right.End - left.Offset);
}
