using System.Text;

namespace Governance.Rules.Language.Templates;

/// <summary>
/// Splits a message template into text and <c>{expression}</c> holes and compiles each hole as a value.
/// <c>{{</c> and <c>}}</c> stand for literal braces. A hole ends at the first <c>}</c> outside quoted text.
/// </summary>
internal static class TemplateCompiler
{
    /// <summary>The most holes one message may have: each is compiled, and evaluated for every finding.</summary>
    public const int MaxHoles = 50;

    /// <summary>Compiles a template; every hole's problems are reported with offsets in the template's text.</summary>
    public static CompiledTemplate Compile(string text, ExpressionScope scope, ConditionCompiler compiler)
    {
        var diagnostics = new List<LanguageDiagnostic>();
        var parts = new List<object>();
        var literal = new StringBuilder();
        var i = 0;
        var holes = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '{' && i + 1 < text.Length && text[i + 1] == '{')
            {
                literal.Append('{');
                i += 2;
            }
            else if (c == '}' && i + 1 < text.Length && text[i + 1] == '}')
            {
                literal.Append('}');
                i += 2;
            }
            else if (c == '}')
            {
                diagnostics.Add(new LanguageDiagnostic(
                    LanguageCodes.Template,
                    "This '}' closes nothing. To show a brace in the message write '}}'.",
                    i,
                    1));
                i++;
            }
            else if (c == '{')
            {
                var close = FindClose(text, i + 1);
                if (close < 0)
                {
                    diagnostics.Add(new LanguageDiagnostic(
                        LanguageCodes.Template,
                        "This '{' has no closing '}'. Close the hole, as in '{dcs.holder.name}', or write '{{' to show a brace.",
                        i,
                        text.Length - i));
                    break;
                }

                if (++holes > MaxHoles)
                {
                    diagnostics.Add(new LanguageDiagnostic(
                        LanguageCodes.TooManyHoles,
                        $"This message has more than {MaxHoles} holes {{...}}; this is hole {MaxHoles + 1}. A finding's message may have at most {MaxHoles}: say the rest in the remedy, or split the rule.",
                        i,
                        close - i + 1));
                    break;
                }

                var inner = text[(i + 1)..close];
                var start = i + 1 + (inner.Length - inner.TrimStart().Length);
                var expression = inner.Trim();
                if (expression.Length == 0)
                {
                    diagnostics.Add(new LanguageDiagnostic(
                        LanguageCodes.Template,
                        "This hole is empty: put a value between the braces, as in '{dcs.holder.name}', or write '{{' and '}}' to show braces.",
                        i,
                        close - i + 1));
                }
                else
                {
                    var compiled = compiler.CompileValue(expression, scope);
                    diagnostics.AddRange(compiled.Diagnostics.Select(d => d.Shift(start)));
                    if (compiled.Lambda is not null)
                    {
                        if (literal.Length > 0)
                        {
                            parts.Add(literal.ToString());
                            literal.Clear();
                        }

                        parts.Add(new TemplateHole(expression, start, compiled.Lambda));
                    }
                }

                i = close + 1;
            }
            else
            {
                literal.Append(c);
                i++;
            }
        }

        if (literal.Length > 0)
        {
            parts.Add(literal.ToString());
        }

        return diagnostics.Count > 0
            ? new CompiledTemplate(null, diagnostics)
            : new CompiledTemplate(new MessageTemplate(text, parts), diagnostics);
    }

    /// <summary>The index of the '}' that closes a hole starting at <paramref name="from"/>, skipping quoted text; -1 if none.</summary>
    private static int FindClose(string text, int from)
    {
        char? quote = null;
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is not null)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == quote)
                {
                    quote = null;
                }
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == '}')
            {
                return i;
            }
        }

        return -1;
    }
}
