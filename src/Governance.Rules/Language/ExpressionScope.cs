using Governance.Rules.Definitions;

namespace Governance.Rules.Language;

/// <summary>A name a rule has bound, and the type of its value.</summary>
/// <param name="Name">The binding's name, for example <c>dcs</c>.</param>
/// <param name="FactType">For a binding of facts (and of counts, lists or groups of them), the fact type; needed for derived kinds.</param>
/// <param name="ClrType">The CLR type of the bound value: a model type, <see cref="DerivedFact"/>, <see cref="int"/> for a
/// count, <see cref="IReadOnlyList{T}"/> for a collection, <c>FactGroup&lt;TKey, TItem&gt;</c> for a group.</param>
internal sealed record Binding(string Name, FactType? FactType, Type ClrType)
{
    /// <summary>A binding of one fact of the given type.</summary>
    public static Binding ForFact(string name, FactType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return new Binding(name, type, type.ClrType);
    }
}

/// <summary>
/// What an expression can see: the bindings so far, in order (the compiled lambda's parameters follow this order),
/// and optionally the binding whose members can be written bare (the pattern's own fact).
/// </summary>
/// <param name="Bindings">The bindings, in order.</param>
/// <param name="ImplicitSubject">The name of the binding whose members can be written without <c>name.</c>, or null.</param>
internal sealed record ExpressionScope(IReadOnlyList<Binding> Bindings, string? ImplicitSubject)
{
    /// <summary>A scope with no bindings.</summary>
    public static ExpressionScope Empty { get; } = new([], null);
}
