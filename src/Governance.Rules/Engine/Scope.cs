namespace Governance.Rules.Engine;

/// <summary>A name in scope while a rule is translated.</summary>
/// <param name="Name">The binding's name.</param>
/// <param name="ClrType">The type of its values.</param>
/// <param name="IsFact">Whether a pattern binds it (rather than an aggregate).</param>
internal sealed record ScopedBinding(string Name, Type ClrType, bool IsFact)
{
    /// <summary>Whether the translation made the name for itself (the evaluation date, a check, an aggregate's items), so it is never shown.</summary>
    public bool IsInternal => Name.StartsWith("__", StringComparison.Ordinal);
}

/// <summary>The names in scope at a point of a rule, in scope order. Immutable.</summary>
internal sealed class Scope
{
    private Scope(IReadOnlyList<ScopedBinding> bindings) => Bindings = bindings;

    /// <summary>No names.</summary>
    public static Scope Empty { get; } = new([]);

    /// <summary>The names in scope, in scope order.</summary>
    public IReadOnlyList<ScopedBinding> Bindings { get; }

    /// <summary>The names the rule's author bound, in scope order (the translation's own names left out).</summary>
    public IEnumerable<ScopedBinding> Visible => Bindings.Where(b => !b.IsInternal);

    /// <summary>This scope with one more name.</summary>
    public Scope With(ScopedBinding binding) => new([.. Bindings, binding]);

    /// <summary>This scope with more names.</summary>
    public Scope With(IEnumerable<ScopedBinding> bindings) => new([.. Bindings, .. bindings]);

    /// <summary>The binding with the name, or null.</summary>
    public ScopedBinding? Find(string name) =>
        Bindings.LastOrDefault(b => string.Equals(b.Name, name, StringComparison.Ordinal));

    /// <summary>The names in scope, for messages.</summary>
    public string Describe()
    {
        var shown = Bindings.Where(b => !b.IsInternal && !b.Name.StartsWith('$')).Select(b => b.Name).ToList();
        return shown.Count == 0 ? "(none)" : string.Join(", ", shown);
    }
}
