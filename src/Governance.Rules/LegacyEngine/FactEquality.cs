using System.Collections;
using Governance.Rules.Definitions;

namespace Governance.Rules.LegacyEngine;

/// <summary>
/// The equality the engine uses for bound values (to tell activations, group keys and join keys apart): strings
/// ordinally, values by value, derived facts by kind and fields, groups by key and items, lists item by item, and
/// every other object by reference (two model elements are the same fact only when they are the same object).
/// </summary>
internal sealed class FactEquality : IEqualityComparer<object?>
{
    /// <summary>The comparer.</summary>
    public static readonly FactEquality Instance = new();

    private FactEquality()
    {
    }

    /// <inheritdoc />
    public new bool Equals(object? x, object? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        return (x, y) switch
        {
            (null, _) or (_, null) => false,
            (Governance.Model.ModelElement, _) or (_, Governance.Model.ModelElement) => false,
            (string a, string b) => string.Equals(a, b, StringComparison.Ordinal),
            (object?[] a, object?[] b) => ItemsEqual(a, b),
            (DerivedFact a, DerivedFact b) => a.Equals(b),
            (IFactGroup a, IFactGroup b) => Equals(a.Key, b.Key) && Equals(a.Items, b.Items),
            (IEnumerable a, IEnumerable b) => a.Cast<object?>().SequenceEqual(b.Cast<object?>(), this),
            _ when x.GetType().IsValueType => x.Equals(y),
            _ => false,
        };
    }

    /// <inheritdoc />
    public int GetHashCode(object? obj) => obj switch
    {
        null => 0,
        string s => StringComparer.Ordinal.GetHashCode(s),
        DerivedFact d => d.GetHashCode(),
        IFactGroup g => HashCode.Combine(GetHashCode(g.Key), GetHashCode(g.Items)),
        object?[] items => ItemsHash(items),
        IEnumerable items => items.Cast<object?>().Aggregate(17, (hash, item) => unchecked((hash * 31) + GetHashCode(item))),
        _ when obj.GetType().IsValueType => obj.GetHashCode(),
        _ => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj),
    };

    // Arrays of values (activation tuples, error keys) without an enumerator: the same answers as for any other list.
    private bool ItemsEqual(object?[] a, object?[] b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (!Equals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    private int ItemsHash(object?[] items)
    {
        var hash = 17;
        foreach (var item in items)
        {
            hash = unchecked((hash * 31) + GetHashCode(item));
        }

        return hash;
    }
}

/// <summary>A value (possibly null, possibly an array of values) usable as a dictionary key under <see cref="FactEquality"/>.</summary>
/// <param name="Value">The value.</param>
internal readonly record struct ValueKey(object? Value)
{
    /// <inheritdoc />
    public bool Equals(ValueKey other) => FactEquality.Instance.Equals(Value, other.Value);

    /// <inheritdoc />
    public override int GetHashCode() => FactEquality.Instance.GetHashCode(Value);
}
