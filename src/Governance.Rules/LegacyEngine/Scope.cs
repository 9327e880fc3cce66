namespace Governance.Rules.LegacyEngine;

/// <summary>A name in scope while a rule is compiled, and the frame slot holding its value.</summary>
/// <param name="Name">The binding's name.</param>
/// <param name="Slot">Its slot in the rule's frame.</param>
/// <param name="ClrType">The type of its values.</param>
internal sealed record ScopedBinding(string Name, int Slot, Type ClrType);

/// <summary>The names in scope at a point of a rule, in scope order. Immutable.</summary>
internal sealed class Scope
{
    private Scope(IReadOnlyList<ScopedBinding> bindings) => Bindings = bindings;

    /// <summary>No names.</summary>
    public static Scope Empty { get; } = new([]);

    /// <summary>The names in scope, in scope order.</summary>
    public IReadOnlyList<ScopedBinding> Bindings { get; }

    /// <summary>This scope with one more name.</summary>
    public Scope With(ScopedBinding binding) => new([.. Bindings, binding]);

    /// <summary>This scope with more names.</summary>
    public Scope With(IEnumerable<ScopedBinding> bindings) => new([.. Bindings, .. bindings]);

    /// <summary>The binding with the name, or null.</summary>
    public ScopedBinding? Find(string name) =>
        Bindings.LastOrDefault(b => string.Equals(b.Name, name, StringComparison.Ordinal));

    /// <summary>The names in scope, for messages.</summary>
    public string Describe() =>
        Bindings.Count == 0 ? "(none)" : string.Join(", ", Bindings.Where(b => !b.Name.StartsWith('$')).Select(b => b.Name));
}
