using System.Text;

namespace Governance.Rules.Language.Syntax;

/// <summary>
/// Splits condition text into tokens. Mistakes are reported and the lexer carries on, so one pass finds them all;
/// common habits from programming languages (<c>&amp;&amp;</c>, <c>||</c>, <c>!</c>, a single <c>=</c>) are
/// reported with the word to use instead and read as that word.
/// </summary>
internal static class Lexer
{
    /// <summary>The longest name (of a binding, member, type, function or value) a rule may write.</summary>
    public const int MaxNameLength = 100;

    /// <summary>The longest quoted text a condition may hold.</summary>
    public const int MaxTextLength = 1000;

    /// <summary>The tokens of <paramref name="text"/>, ending with an <see cref="TokenKind.End"/> token.</summary>
    public static IReadOnlyList<Token> Tokenize(string text, ICollection<LanguageDiagnostic> diagnostics)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                tokens.Add(new Token(TokenKind.End, text.Length, 0, string.Empty));
                return tokens;
            }

            var c = text[i];
            var start = i;
            if (char.IsAsciiLetter(c) || c == '_')
            {
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }

                if (i - start > MaxNameLength)
                {
                    tokens.Add(TooLong(text, start, i, "name", MaxNameLength, diagnostics));
                    continue;
                }

                var word = text[start..i];
                tokens.Add(new Token(KeywordKind(word), start, i - start, word));
            }
            else if (char.IsAsciiDigit(c))
            {
                var end = start;
                while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '_' or '.'))
                {
                    end++;
                }

                if (end - start > MaxNameLength)
                {
                    i = end;
                    tokens.Add(TooLong(text, start, end, "number", MaxNameLength, diagnostics));
                    continue;
                }

                tokens.Add(ReadNumber(text, ref i, diagnostics));
            }
            else if (c is '\'' or '"')
            {
                var token = ReadText(text, ref i, diagnostics);
                tokens.Add(token.Text.Length > MaxTextLength ? TooLong(text, start, i, "text", MaxTextLength, diagnostics) : token);
            }
            else
            {
                tokens.Add(ReadSymbol(text, ref i, diagnostics));
            }
        }
    }

    /// <summary>The keyword a word is, or <see cref="TokenKind.Identifier"/>.</summary>
    public static TokenKind KeywordKind(string word) => word switch
    {
        "true" => TokenKind.True,
        "false" => TokenKind.False,
        "null" => TokenKind.Null,
        "and" => TokenKind.And,
        "or" => TokenKind.Or,
        "not" => TokenKind.Not,
        "in" => TokenKind.In,
        _ => TokenKind.Identifier,
    };

    /// <summary>
    /// Reports a name or text beyond its bound, without quoting it, and gives a token the parser skips (as it skips
    /// any character already reported), so that no later message quotes it either.
    /// </summary>
    private static Token TooLong(string text, int start, int end, string what, int limit, ICollection<LanguageDiagnostic> diagnostics)
    {
        diagnostics.Add(new LanguageDiagnostic(
            LanguageCodes.TooLong,
            string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"This {what} is {end - start} characters long, starting '{text.AsSpan(start, 20)}...'; a {what} in a rule has at most {limit} characters."),
            start,
            end - start));
        return new Token(TokenKind.Bad, start, end - start, string.Concat(text.AsSpan(start, 20), "..."));
    }

    private static Token ReadNumber(string text, ref int i, ICollection<LanguageDiagnostic> diagnostics)
    {
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            diagnostics.Add(new LanguageDiagnostic(
                LanguageCodes.BadLiteral,
                $"'{text[start..i]}' is not a whole number; rules use whole numbers only.",
                start,
                i - start));
            return new Token(TokenKind.Integer, start, i - start, "0");
        }

        if (i < text.Length && (char.IsAsciiLetter(text[i]) || text[i] == '_'))
        {
            while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'))
            {
                i++;
            }

            diagnostics.Add(new LanguageDiagnostic(
                LanguageCodes.Syntax,
                $"'{text[start..i]}' is neither a number nor a name: a name cannot start with a digit.",
                start,
                i - start));
            return new Token(TokenKind.Integer, start, i - start, "0");
        }

        return new Token(TokenKind.Integer, start, i - start, text[start..i]);
    }

    private static Token ReadText(string text, ref int i, ICollection<LanguageDiagnostic> diagnostics)
    {
        var start = i;
        var quote = text[i++];
        var value = new StringBuilder();
        while (i < text.Length && text[i] != quote)
        {
            if (text[i] == '\\')
            {
                if (i + 1 < text.Length && (text[i + 1] == quote || text[i + 1] == '\\'))
                {
                    value.Append(text[i + 1]);
                    i += 2;
                    continue;
                }

                diagnostics.Add(new LanguageDiagnostic(
                    LanguageCodes.BadLiteral,
                    $"A backslash in text can only come before {quote} or another backslash (write \\\\ for a backslash).",
                    i,
                    Math.Min(2, text.Length - i)));
                i++;
                continue;
            }

            value.Append(text[i++]);
        }

        if (i >= text.Length)
        {
            diagnostics.Add(new LanguageDiagnostic(
                LanguageCodes.Syntax,
                $"This text has no closing {quote}.",
                start,
                text.Length - start));
        }
        else
        {
            i++;
        }

        return new Token(TokenKind.Text, start, i - start, value.ToString());
    }

    private static Token ReadSymbol(string text, ref int i, ICollection<LanguageDiagnostic> diagnostics)
    {
        var start = i;
        var c = text[i];
        var next = i + 1 < text.Length ? text[i + 1] : '\0';
        (TokenKind kind, int length, string? advice) = (c, next) switch
        {
            ('(', _) => (TokenKind.OpenParen, 1, null),
            (')', _) => (TokenKind.CloseParen, 1, null),
            ('[', _) => (TokenKind.OpenBracket, 1, null),
            (']', _) => (TokenKind.CloseBracket, 1, null),
            (',', _) => (TokenKind.Comma, 1, null),
            ('.', _) => (TokenKind.Dot, 1, null),
            ('+', _) => (TokenKind.Plus, 1, null),
            ('-', _) => (TokenKind.Minus, 1, null),
            ('=', '>') => (TokenKind.Arrow, 2, null),
            ('=', '=') => (TokenKind.Equal, 2, null),
            ('=', _) => (TokenKind.Equal, 1, "To compare two values write '==', not '='."),
            ('!', '=') => (TokenKind.NotEqual, 2, null),
            ('!', _) => (TokenKind.Not, 1, "Write 'not' instead of '!'."),
            ('<', '=') => (TokenKind.LessOrEqual, 2, null),
            ('<', '>') => (TokenKind.NotEqual, 2, "Write '!=' for 'is not equal to', not '<>'."),
            ('<', _) => (TokenKind.Less, 1, null),
            ('>', '=') => (TokenKind.GreaterOrEqual, 2, null),
            ('>', _) => (TokenKind.Greater, 1, null),
            ('&', '&') => (TokenKind.And, 2, "Write 'and' instead of '&&'."),
            ('|', '|') => (TokenKind.Or, 2, "Write 'or' instead of '||'."),
            _ => (TokenKind.Bad, 1, null),
        };

        i += length;
        if (kind == TokenKind.Bad)
        {
            advice = c switch
            {
                '{' or '}' => "Braces '{' '}' belong in message templates, not in conditions.",
                '*' or '/' or '%' => $"'{c}' is not an operator in rules: only '+' and '-' work on numbers.",
                _ => $"The character '{c}' cannot be used here. Conditions use names, quoted text, whole numbers, " +
                    "and the operators == != < <= > >= + - and, or, not, in.",
            };
        }

        if (advice is not null)
        {
            diagnostics.Add(new LanguageDiagnostic(LanguageCodes.Syntax, advice, start, length));
        }

        return new Token(kind, start, length, text.Substring(start, length));
    }
}
