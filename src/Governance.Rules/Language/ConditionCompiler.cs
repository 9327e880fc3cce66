using System.Linq.Expressions;
using Governance.Rules.Language.Checking;
using Governance.Rules.Language.Syntax;
using Governance.Rules.Language.Templates;

namespace Governance.Rules.Language;

/// <summary>
/// Turns the condition language's text into typed, checked <see cref="LambdaExpression"/>s: conditions, values,
/// pattern headers and message templates. Every name is resolved against the <see cref="TypeCatalog"/> and the
/// <see cref="ExpressionScope"/> at load time; problems come back as <see cref="LanguageDiagnostic"/>s, all of them in
/// one pass. Stateless apart from the catalogue, so one compiler can serve many threads.
/// </summary>
internal sealed class ConditionCompiler
{
    /// <summary>A compiler for expressions over the catalogue's types.</summary>
    public ConditionCompiler(TypeCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Catalog = catalog;
    }

    /// <summary>The types expressions can name and read.</summary>
    public TypeCatalog Catalog { get; }

    /// <summary>Compiles a condition: a yes/no expression (a missing yes/no value counts as no).</summary>
    public CompiledExpression CompileCondition(string text, ExpressionScope scope) => Compile(text, scope, condition: true);

    /// <summary>Compiles an expression of any type: a derived field's value, an <c>at:</c> path, a group key.</summary>
    public CompiledExpression CompileValue(string text, ExpressionScope scope) => Compile(text, scope, condition: false);

    /// <summary>Splits a pattern header, <c>[count|collect|group] TypeName [by key] [where condition]</c>, into its parts.</summary>
    public PatternHeader ParsePatternHeader(string text) => PatternHeaderParser.Parse(text, Catalog);

    /// <summary>Compiles a message template: text with <c>{expression}</c> holes; <c>{{</c> and <c>}}</c> stand for braces.</summary>
    public CompiledTemplate CompileTemplate(string text, ExpressionScope scope)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(scope);
        return TemplateCompiler.Compile(text, scope, this);
    }

    private CompiledExpression Compile(string text, ExpressionScope scope, bool condition)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(scope);
        var parsed = Parser.Parse(text);
        var diagnostics = new List<LanguageDiagnostic>(parsed.Diagnostics);
        var binder = new ExpressionBinder(Catalog, scope, text, diagnostics);
        var operand = binder.Bind(parsed.Root);
        foreach (var fragment in parsed.Trailing)
        {
            binder.Bind(fragment);
        }

        Expression? body;
        if (condition && parsed.Trailing.Count == 0)
        {
            body = binder.AsCondition(operand, parsed.Root, "A condition");
        }
        else
        {
            body = operand.IsError || parsed.Trailing.Count > 0 ? null : operand.Expression;
        }

        var ordered = diagnostics.Distinct().OrderBy(d => d.Offset).ThenBy(d => d.Length).ToList();
        return body is null || ordered.Count > 0
            ? new CompiledExpression(null, body?.Type, ordered)
            : new CompiledExpression(Expression.Lambda(body, binder.Parameters), body.Type, ordered);
    }
}
