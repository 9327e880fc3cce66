using System.Collections;

namespace Governance.Rules.Definitions;

/// <summary>A group of facts with the same key, bound by a <c>group</c> aggregate.</summary>
/// <typeparam name="TKey">The key's type.</typeparam>
/// <typeparam name="TItem">The facts' type.</typeparam>
internal sealed class FactGroup<TKey, TItem> : IFactGroup
{
    /// <summary>Makes a group.</summary>
    /// <param name="key">The key the items share.</param>
    /// <param name="items">The items, in canonical order.</param>
    public FactGroup(TKey key, IReadOnlyList<TItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        Key = key;
        Items = items;
    }

    /// <summary>The key the items share.</summary>
    public TKey Key { get; }

    /// <summary>The items, in canonical order.</summary>
    public IReadOnlyList<TItem> Items { get; }

    /// <summary>The number of items.</summary>
    public int Count => Items.Count;

    object? IFactGroup.Key => Key;

    IEnumerable IFactGroup.Items => Items;

    /// <inheritdoc />
    public override string ToString() => $"{Key} ({Count})";
}

/// <summary>A <see cref="FactGroup{TKey, TItem}"/> seen without its type arguments.</summary>
internal interface IFactGroup
{
    /// <summary>The key the items share.</summary>
    object? Key { get; }

    /// <summary>The items, in canonical order.</summary>
    IEnumerable Items { get; }

    /// <summary>The number of items.</summary>
    int Count { get; }
}
