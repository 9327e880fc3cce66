using Governance.Reading;
using Governance.Rules.Definitions;
using Governance.Rules.Language.Syntax;

namespace Governance.Rules.Language;

/// <summary>Splits pattern headers into kind, fact type, group key and condition.</summary>
internal static class PatternHeaderParser
{
    /// <summary>Parses <c>[count|collect|group] TypeName [by key] [where condition]</c>.</summary>
    public static PatternHeader Parse(string text, TypeCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(catalog);
        var diagnostics = new List<LanguageDiagnostic>();
        var tokens = Lexer.Tokenize(text, new List<LanguageDiagnostic>());
        var i = 0;
        var kind = PatternKind.Match;
        if (tokens[0].Kind == TokenKind.Identifier && KindOf(tokens[0].Text) is { } aggregate
            && !catalog.TryGetFactType(tokens[0].Text, out _))
        {
            kind = aggregate;
            i = 1;
        }

        var typeToken = tokens[i];
        if (typeToken.Kind != TokenKind.Identifier || typeToken.Text is "by" or "where")
        {
            var message = tokens[0].Kind == TokenKind.End
                ? "The pattern is empty: write the type of fact to match, for example 'Post where role == DirectorOfChildrensServices'."
                : i == 1
                    ? $"'{tokens[0].Text}' must be followed by the type of fact to {tokens[0].Text}, for example '{tokens[0].Text} Post where ...'."
                    : $"A pattern starts with the type of fact to match (for example 'Post'), but this starts with '{typeToken.Text}'.";
            var at = typeToken.Kind == TokenKind.End ? tokens[Math.Max(0, i - 1)] : typeToken;
            diagnostics.Add(new LanguageDiagnostic(LanguageCodes.PatternHeader, message, at.Offset, Math.Max(at.Length, text.Length == 0 ? 0 : 1)));
            return new PatternHeader(kind, string.Empty, at.Offset, null, null, -1, null, -1, diagnostics);
        }

        FactType? type = null;
        if (catalog.TryGetFactType(typeToken.Text, out var found))
        {
            type = found;
        }
        else
        {
            diagnostics.Add(new LanguageDiagnostic(
                LanguageCodes.UnknownName,
                $"There is no type of fact called '{typeToken.Text}'.{Suggestions.DidYouMean(typeToken.Text, catalog.FactTypeNames)} " +
                $"The types are: {Suggestions.List(catalog.FactTypeNames)}.",
                typeToken.Offset,
                typeToken.Length));
        }

        i++;
        string? keyText = null;
        var keyOffset = -1;
        string? conditionText = null;
        var conditionOffset = -1;
        Token? byToken = null;
        if (IsWord(tokens[i], "by"))
        {
            byToken = tokens[i];
            var start = i + 1;
            var end = start;
            while (tokens[end].Kind != TokenKind.End && !IsWord(tokens[end], "where"))
            {
                end++;
            }

            if (end == start)
            {
                diagnostics.Add(new LanguageDiagnostic(
                    LanguageCodes.PatternHeader,
                    "'by' must be followed by the key to group on, for example 'group Post by authority'.",
                    byToken.Value.Offset,
                    byToken.Value.Length));
            }
            else
            {
                keyOffset = tokens[start].Offset;
                keyText = text[keyOffset..tokens[end - 1].End];
            }

            i = end;
            if (kind != PatternKind.Group)
            {
                diagnostics.Add(new LanguageDiagnostic(
                    LanguageCodes.PatternHeader,
                    "'by' belongs to group patterns only, as in 'group Post by authority where ...'.",
                    byToken.Value.Offset,
                    byToken.Value.Length));
            }
        }

        if (IsWord(tokens[i], "where"))
        {
            var where = tokens[i];
            if (tokens[i + 1].Kind == TokenKind.End)
            {
                diagnostics.Add(new LanguageDiagnostic(
                    LanguageCodes.PatternHeader,
                    $"'where' must be followed by a condition, for example '{typeToken.Text} where ...'; leave 'where' out to match every {typeToken.Text}.",
                    where.Offset,
                    where.Length));
            }
            else
            {
                conditionOffset = tokens[i + 1].Offset;
                conditionText = text[conditionOffset..].TrimEnd();
            }
        }
        else if (tokens[i].Kind != TokenKind.End)
        {
            var stray = tokens[i];
            diagnostics.Add(new LanguageDiagnostic(
                LanguageCodes.PatternHeader,
                $"Expected 'where' and a condition after '{typeToken.Text}', but found '{stray.Text}'. " +
                $"A pattern reads '{typeToken.Text} where condition'.",
                stray.Offset,
                Math.Max(1, text.TrimEnd().Length - stray.Offset)));
        }

        if (kind == PatternKind.Group && byToken is null)
        {
            diagnostics.Add(new LanguageDiagnostic(
                LanguageCodes.PatternHeader,
                $"A group pattern needs 'by' and the key to group on, as in 'group {typeToken.Text} by authority where ...'.",
                tokens[0].Offset,
                tokens[0].Length));
        }

        return new PatternHeader(kind, typeToken.Text, typeToken.Offset, type, keyText, keyOffset, conditionText, conditionOffset, diagnostics);
    }

    private static PatternKind? KindOf(string word) => word switch
    {
        "count" => PatternKind.Count,
        "collect" => PatternKind.Collect,
        "group" => PatternKind.Group,
        _ => null,
    };

    private static bool IsWord(Token token, string word) =>
        token.Kind == TokenKind.Identifier && string.Equals(token.Text, word, StringComparison.Ordinal);
}
