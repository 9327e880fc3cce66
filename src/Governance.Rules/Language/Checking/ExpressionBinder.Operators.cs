using System.Collections;
using System.Linq.Expressions;
using Governance.Rules.Definitions;
using Governance.Rules.Language.Runtime;
using Governance.Rules.Language.Syntax;

namespace Governance.Rules.Language.Checking;

/// <summary>Operators: and, or, not, comparisons, in, + and -.</summary>
internal sealed partial class ExpressionBinder
{
    private Operand BindUnary(UnarySyntax node)
    {
        var operand = Bind(node.Operand);
        if (operand.IsError)
        {
            return operand;
        }

        if (node.Operator == UnaryOperator.Not)
        {
            return AsCondition(operand, node.Operand, "What follows 'not'") is { } condition
                ? Operand.Of(Expression.Not(condition))
                : Operand.Error;
        }

        return TypeShapes.Underlying(operand.Type) == typeof(int)
            ? Operand.Of(Expression.NegateChecked(operand.Expression))
            : Report(LanguageCodes.TypeMismatch, $"'-' works on numbers, but '{Source(node.Operand)}' is {Describe(operand)}.", node);
    }

    private Operand BindBinary(BinarySyntax node)
    {
        switch (node.Operator)
        {
            case BinaryOperator.And or BinaryOperator.Or:
                var left = AsCondition(Bind(node.Left), node.Left, $"Each side of '{OperatorText.Of(node.Operator)}'");
                var right = AsCondition(Bind(node.Right), node.Right, $"Each side of '{OperatorText.Of(node.Operator)}'");
                return left is null || right is null ? Operand.Error
                    : Operand.Of(node.Operator == BinaryOperator.And ? Expression.AndAlso(left, right) : Expression.OrElse(left, right));
            case BinaryOperator.Add or BinaryOperator.Subtract:
                return BindArithmetic(node);
            case BinaryOperator.In or BinaryOperator.NotIn:
                var contained = BindIn(node);
                return contained.IsError || node.Operator == BinaryOperator.In ? contained : Operand.Of(Expression.Not(contained.Expression));
            default:
                return BindComparison(node);
        }
    }

    private Operand BindArithmetic(BinarySyntax node)
    {
        var left = Bind(node.Left);
        var right = Bind(node.Right);
        if (left.IsError || right.IsError)
        {
            return Operand.Error;
        }

        var op = OperatorText.Of(node.Operator);
        if (IsNumber(left) && IsNumber(right))
        {
            var type = left.Type == typeof(int?) || right.Type == typeof(int?) ? typeof(int?) : typeof(int);
            var l = Convert(left.Expression, type);
            var r = Convert(right.Expression, type);
            return Operand.Of(node.Operator == BinaryOperator.Add ? Expression.AddChecked(l, r) : Expression.SubtractChecked(l, r));
        }

        var hint = IsDate(left) || IsDate(right) ? " To move a date, use addDays(date, n), addMonths(date, n) or addYears(date, n); " +
            "to measure between dates, use daysBetween(from, to) or yearsBetween(from, to)."
            : TypeShapes.Underlying(left.Type) == typeof(string) ? " Text cannot be joined in a condition; message templates join text with {holes}."
            : string.Empty;
        return Report(
            LanguageCodes.TypeMismatch,
            $"'{op}' works on whole numbers, but here it has {Describe(left)} and {Describe(right)}.{hint}",
            node);
    }

    private Operand BindComparison(BinarySyntax node)
    {
        var (left, right) = BindPair(node.Left, node.Right);
        if (left.IsError || right.IsError)
        {
            return Operand.Error;
        }

        var op = OperatorText.Of(node.Operator);
        if (node.Operator is BinaryOperator.Equal or BinaryOperator.NotEqual)
        {
            var equal = Equality(left, right, node, op);
            return equal is null ? Operand.Error
                : Operand.Of(node.Operator == BinaryOperator.Equal ? equal : Expression.Not(equal));
        }

        if (left.IsNullLiteral || right.IsNullLiteral)
        {
            return Report(
                LanguageCodes.TypeMismatch,
                $"'{op}' with null is always false. To test for a missing value write '== null' or '!= null'.",
                node);
        }

        var orderable = (IsNumber(left) && IsNumber(right)) || (IsDate(left) && IsDate(right));
        if (!orderable)
        {
            return Report(
                LanguageCodes.TypeMismatch,
                $"'{op}' compares two numbers or two dates, but here it has {Describe(left)} and {Describe(right)}.",
                node);
        }

        var (l, r) = Unify(left.Expression, right.Expression);
        return Operand.Of(node.Operator switch
        {
            BinaryOperator.Less => Expression.LessThan(l, r),
            BinaryOperator.LessOrEqual => Expression.LessThanOrEqual(l, r),
            BinaryOperator.Greater => Expression.GreaterThan(l, r),
            _ => Expression.GreaterThanOrEqual(l, r),
        });
    }

    /// <summary>Binds both sides of a comparison, letting a bare enum value on either side take the other side's enum type.</summary>
    private (Operand Left, Operand Right) BindPair(SyntaxNode leftNode, SyntaxNode rightNode)
    {
        if (leftNode is NameSyntax leftName && !ResolvesInScope(leftName) && ResolvesInScope(rightNode))
        {
            var right = Bind(rightNode);
            if (right.IsError && IsSomeEnumValue(leftName.Name))
            {
                return (Operand.Error, right);
            }

            var left = BindName(leftName, right.IsError ? null : TypeShapes.EnumOf(right.Type));
            return (left, right);
        }

        var l = Bind(leftNode);
        if (l.IsError && rightNode is NameSyntax unresolved && !ResolvesInScope(unresolved) && IsSomeEnumValue(unresolved.Name))
        {
            // The left side was already reported; an enum value on the right cannot be checked without it.
            return (l, Operand.Error);
        }

        var r = rightNode is NameSyntax rightName ? BindName(rightName, l.IsError ? null : TypeShapes.EnumOf(l.Type)) : Bind(rightNode);
        return (l, r);
    }

    /// <summary>Equality of two checked values (true when both are missing), or null after reporting why they cannot be compared.</summary>
    private Expression? Equality(Operand left, Operand right, SyntaxNode node, string op)
    {
        if (left.IsNullLiteral && right.IsNullLiteral)
        {
            return Expression.Constant(true);
        }

        if (left.IsNullLiteral || right.IsNullLiteral)
        {
            var value = left.IsNullLiteral ? right : left;
            if (!TypeShapes.IsNullable(value.Type))
            {
                Report(
                    LanguageCodes.TypeMismatch,
                    $"{Capitalise(Describe(value))} here always has a value, so comparing it with null with '{op}' is pointless.",
                    node);
                return null;
            }

            return Expression.Equal(value.Expression, Expression.Constant(null, value.Type));
        }

        if (!Comparable(left.Type, right.Type))
        {
            ReportIncomparable(left, right, node, op);
            return null;
        }

        return EqualityOf(left.Expression, right.Expression);
    }

    private static Expression EqualityOf(Expression left, Expression right)
    {
        if (left.Type.IsValueType && right.Type.IsValueType)
        {
            var (l, r) = Unify(left, right);
            return Expression.Equal(l, r);
        }

        if (left.Type == typeof(string))
        {
            return Expression.Equal(left, right);
        }

        return left.Type == typeof(DerivedFact) || right.Type == typeof(DerivedFact)
            ? Expression.Call(typeof(object).GetMethod(nameof(Equals), [typeof(object), typeof(object)])!, left, right)
            : Expression.ReferenceEqual(left, right);
    }

    /// <summary>Whether values of the two types can be compared with == (same kind of value, or one fact type a subtype of the other).</summary>
    private static bool Comparable(Type left, Type right)
    {
        var l = TypeShapes.Underlying(left);
        var r = TypeShapes.Underlying(right);
        if (TypeShapes.IsList(l) || TypeShapes.IsList(r) || TypeShapes.IsGroup(l) || TypeShapes.IsGroup(r))
        {
            return false;
        }

        if (l.IsValueType || r.IsValueType || l == typeof(string) || r == typeof(string))
        {
            return l == r;
        }

        return l.IsAssignableFrom(r) || r.IsAssignableFrom(l);
    }

    private void ReportIncomparable(Operand left, Operand right, SyntaxNode node, string op)
    {
        string hint;
        if (TypeShapes.IsList(left.Type) || TypeShapes.IsList(right.Type))
        {
            hint = " Lists cannot be compared with '=='; to ask whether a list has an item write 'item in list'.";
        }
        else if ((TypeShapes.EnumOf(left.Type) ?? TypeShapes.EnumOf(right.Type)) is { } enumType
            && (left.Type == typeof(string) || right.Type == typeof(string)))
        {
            hint = $" Write {enumType.Name} values without quotes, for example {Enum.GetNames(enumType)[0]}.";
        }
        else
        {
            hint = string.Empty;
        }

        Report(
            LanguageCodes.TypeMismatch,
            $"'{op}' cannot compare {Describe(left)} with {Describe(right)}.{hint}",
            node);
    }

    private Operand BindIn(BinarySyntax node)
    {
        if (node.Right is ListSyntax list)
        {
            return BindInList(node, list);
        }

        Operand left, right;
        if (node.Left is NameSyntax leftName && !ResolvesInScope(leftName) && ResolvesInScope(node.Right))
        {
            right = Bind(node.Right);
            var element = right.IsError ? null : TypeShapes.ElementTypeOf(right.Type);
            left = BindName(leftName, TypeShapes.EnumOf(element));
        }
        else
        {
            left = Bind(node.Left);
            right = Bind(node.Right);
        }

        if (left.IsError || right.IsError)
        {
            return Operand.Error;
        }

        var op = OperatorText.Of(node.Operator);
        if (right.IsNullLiteral)
        {
            return Operand.Of(Expression.Constant(false));
        }

        if (TypeShapes.ElementTypeOf(right.Type) is not { } itemType)
        {
            var hint = right.Type == typeof(string) ? " To look for a piece of text inside text, write contains(text, part)." : string.Empty;
            return Report(
                LanguageCodes.TypeMismatch,
                $"'{op}' needs a list on its right, but '{Source(node.Right)}' is {Describe(right)}.{hint}",
                node.Right);
        }

        if (!left.IsNullLiteral && !Comparable(left.Type, itemType))
        {
            return Report(
                LanguageCodes.TypeMismatch,
                $"'{op}' looks for {Describe(left)} in {Describe(right)}, which can never match.",
                node);
        }

        return Operand.Of(Expression.Call(
            LanguageRuntime.Method(nameof(LanguageRuntime.ListContains)),
            Convert(right.Expression, typeof(IEnumerable)),
            Convert(left.Expression, typeof(object))));
    }

    private Operand BindInList(BinarySyntax node, ListSyntax list)
    {
        var left = Bind(node.Left);
        var expectedEnum = left.IsError ? null : TypeShapes.EnumOf(left.Type);
        var items = list.Items.Select(item => item is NameSyntax name ? BindName(name, expectedEnum) : Bind(item)).ToList();
        if (left.IsError || items.Any(i => i.IsError))
        {
            return Operand.Error;
        }

        var value = Expression.Variable(left.IsNullLiteral ? typeof(object) : left.Type, "value");
        var valueOperand = left.IsNullLiteral ? left : Operand.Of(value, left.CanBeNull, left.Schema);
        Expression? any = null;
        for (var i = 0; i < items.Count; i++)
        {
            var equal = Equality(valueOperand, items[i], list.Items[i], OperatorText.Of(node.Operator));
            if (equal is null)
            {
                return Operand.Error;
            }

            any = any is null ? equal : Expression.OrElse(any, equal);
        }

        any ??= Expression.Constant(false);
        return left.IsNullLiteral
            ? Operand.Of(any)
            : Operand.Of(Expression.Block(typeof(bool), [value], Expression.Assign(value, left.Expression), any));
    }

    /// <summary>Both sides as the same type, lifting to nullable when either side is nullable.</summary>
    private static (Expression Left, Expression Right) Unify(Expression left, Expression right)
    {
        if (left.Type == right.Type)
        {
            return (left, right);
        }

        var type = TypeShapes.Lifted(TypeShapes.Underlying(left.Type));
        return (Convert(left, type), Convert(right, type));
    }

    private bool IsSomeEnumValue(string name) => catalog.EnumTypes.Any(e => FindEnumMember(e, name) is not null);

    private static bool IsNumber(Operand operand) => !operand.IsNullLiteral && TypeShapes.Underlying(operand.Type) == typeof(int);

    private static bool IsDate(Operand operand) => !operand.IsNullLiteral && TypeShapes.Underlying(operand.Type) == typeof(DateOnly);

    private static string Describe(Operand operand) => operand.IsNullLiteral ? "null" : TypeShapes.Describe(operand.Type, operand.Schema);

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
