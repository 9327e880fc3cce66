using System.Linq.Expressions;
using Governance.Rules.Definitions;

namespace Governance.Rules.Language.Checking;

/// <summary>
/// A checked piece of an expression: its compiled form (whose type is the value's type), whether a reference value
/// may be missing, and for derived facts the kind's fields. <see cref="Error"/> stands for a piece already reported.
/// </summary>
internal sealed class Operand
{
    private readonly Expression? expression;

    private Operand(Expression? expression, bool canBeNull, DerivedFactSchema? schema, bool isNullLiteral)
    {
        this.expression = expression;
        CanBeNull = canBeNull;
        Schema = schema;
        IsNullLiteral = isNullLiteral;
    }

    /// <summary>A piece that could not be checked; its problem has been reported.</summary>
    public static Operand Error { get; } = new(null, false, null, false);

    /// <summary>The literal <c>null</c>, whose type comes from where it is used.</summary>
    public static Operand Null { get; } = new(Expression.Constant(null, typeof(object)), true, null, true);

    /// <summary>Whether this piece could not be checked.</summary>
    public bool IsError => expression is null;

    /// <summary>Whether this is the literal <c>null</c>.</summary>
    public bool IsNullLiteral { get; }

    /// <summary>Whether the value may be missing (always true for nullable value types).</summary>
    public bool CanBeNull { get; }

    /// <summary>For a derived fact, a list or a group of them: the kind's declaration.</summary>
    public DerivedFactSchema? Schema { get; }

    /// <summary>The compiled form.</summary>
    public Expression Expression => expression ?? throw new InvalidOperationException("An erroneous operand has no expression.");

    /// <summary>The value's CLR type.</summary>
    public Type Type => Expression.Type;

    /// <summary>A checked piece.</summary>
    public static Operand Of(Expression expression, bool canBeNull = false, DerivedFactSchema? schema = null) =>
        new(expression, canBeNull || Nullable.GetUnderlyingType(expression.Type) is not null, schema, false);
}
