using System.Linq.Expressions;
using Governance.Rules.Definitions;
using Governance.Rules.Language.Syntax;

namespace Governance.Rules.Language.Checking;

/// <summary>
/// Checks a parsed expression against the <see cref="TypeCatalog"/> and an <see cref="ExpressionScope"/> and builds its
/// <see cref="System.Linq.Expressions"/> form in the same walk. Every name is resolved here: bindings, members of the
/// pattern's own fact, members of model types and derived kinds, enum values, <c>asAt</c> and the built-in functions.
/// Nothing else is reachable. Problems are reported, not thrown, and checking carries on past them.
/// </summary>
internal sealed partial class ExpressionBinder
{
    private readonly TypeCatalog catalog;
    private readonly string text;
    private readonly List<LanguageDiagnostic> diagnostics;
    private readonly List<ScopeEntry> bindings = [];
    private readonly List<ScopeEntry> locals = [];
    private readonly ScopeEntry? subject;
    private readonly ParameterExpression asAt;

    /// <summary>Prepares to check expressions written in <paramref name="text"/> within <paramref name="scope"/>.</summary>
    /// <exception cref="ArgumentException">The scope names a binding twice, or its implicit subject is not one of its bindings.</exception>
    public ExpressionBinder(TypeCatalog catalog, ExpressionScope scope, string text, List<LanguageDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(scope);
        this.catalog = catalog;
        this.text = text;
        this.diagnostics = diagnostics;
        foreach (var binding in scope.Bindings)
        {
            if (bindings.Any(b => string.Equals(b.Name, binding.Name, StringComparison.Ordinal)))
            {
                throw new ArgumentException($"The scope binds '{binding.Name}' twice.", nameof(scope));
            }

            var canBeNull = TypeShapes.IsNullable(binding.ClrType) && binding.FactType is null;
            bindings.Add(new ScopeEntry(binding.Name, Expression.Parameter(binding.ClrType, binding.Name), binding.FactType?.Derived, canBeNull));
        }

        asAt = Expression.Parameter(typeof(DateOnly), "asAt");
        if (scope.ImplicitSubject is { } subjectName)
        {
            subject = bindings.Find(b => string.Equals(b.Name, subjectName, StringComparison.Ordinal))
                ?? throw new ArgumentException($"The implicit subject '{subjectName}' is not one of the scope's bindings.", nameof(scope));
        }
    }

    /// <summary>The compiled lambda's parameters: the bindings in scope order, then <c>asAt</c>.</summary>
    public IReadOnlyList<ParameterExpression> Parameters => [.. bindings.Select(b => b.Parameter), asAt];

    /// <summary>Checks and builds a node.</summary>
    public Operand Bind(SyntaxNode node) => node switch
    {
        LiteralSyntax literal => BindLiteral(literal),
        NameSyntax name => BindName(name, null),
        MemberSyntax member => BindMember(member),
        CallSyntax call => BindCall(call),
        UnarySyntax unary => BindUnary(unary),
        BinarySyntax binary => BindBinary(binary),
        IndexSyntax index => Report(
            LanguageCodes.NotAllowed,
            $"Rules cannot pick an item of a list by position ('{Source(index)}'): use any(...), all(...), count(...) or 'in'.",
            index),
        ListSyntax list => Report(
            LanguageCodes.TypeMismatch,
            "A list written in [ ] can only follow 'in', as in 'role in [DirectorOfChildrensServices, DirectorOfAdultSocialServices]'.",
            list),
        LambdaSyntax lambda => Report(
            LanguageCodes.WrongArguments,
            $"'{lambda.Parameter} => ...' can only be the second argument of any(...) or all(...).",
            lambda),
        _ => Operand.Error,
    };

    /// <summary>The operand as a yes/no condition (a missing yes/no counts as no), or null after reporting why it is not one.</summary>
    public Expression? AsCondition(Operand operand, SyntaxNode node, string where)
    {
        if (operand.IsError)
        {
            return null;
        }

        if (operand.Type == typeof(bool))
        {
            return operand.Expression;
        }

        if (operand.Type == typeof(bool?))
        {
            return Expression.Call(operand.Expression, typeof(bool?).GetMethod(nameof(Nullable<bool>.GetValueOrDefault), Type.EmptyTypes)!);
        }

        var what = operand.IsNullLiteral ? "null" : TypeShapes.Describe(operand.Type, operand.Schema);
        Report(LanguageCodes.TypeMismatch, $"{where} must be a yes/no condition, but '{Source(node)}' is {what}.", node);
        return null;
    }

    /// <summary>The text of a node, to quote in a message: at most 60 characters, on one line.</summary>
    private string Source(SyntaxNode node) =>
        node.Offset >= 0 && node.End <= text.Length ? Governance.Reading.Yaml.YamlScalar.Shorten(text.Substring(node.Offset, node.Length)) : string.Empty;

    private Operand Report(string code, string message, SyntaxNode node) => Report(code, message, node.Offset, node.Length);

    private Operand Report(string code, string message, int offset, int length)
    {
        diagnostics.Add(new LanguageDiagnostic(code, message, offset, length));
        return Operand.Error;
    }

    private static Operand BindLiteral(LiteralSyntax literal) => literal.Kind switch
    {
        LiteralKind.Text => Operand.Of(Expression.Constant((string)literal.Value!, typeof(string))),
        LiteralKind.Integer => Operand.Of(Expression.Constant((int)literal.Value!, typeof(int))),
        LiteralKind.Boolean => Operand.Of(Expression.Constant((bool)literal.Value!, typeof(bool))),
        _ => Operand.Null,
    };

    private static Operand FromEntry(ScopeEntry entry) => Operand.Of(entry.Parameter, entry.CanBeNull, entry.Schema);

    /// <summary>A name in scope: a binding or a list item's name (<c>x =&gt; ...</c>).</summary>
    private sealed record ScopeEntry(string Name, ParameterExpression Parameter, DerivedFactSchema? Schema, bool CanBeNull);
}
