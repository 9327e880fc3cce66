using System.Collections;
using System.Globalization;
using Governance.Model;
using Governance.Rules.Definitions;

namespace Governance.Rules.LegacyEngine;

/// <summary>
/// The canonical order of facts and bound values, which makes results independent of the order facts and rules were
/// given in. A model element's key is its source location (file, line, column) then its type's name; a derived
/// fact's key is its kind then its fields' keys; lists and groups compare item by item; strings ordinally; numbers,
/// dates and enums by value. Any other object is ordered by the key function given in <see cref="EngineOptions.FactKey"/>,
/// else by its type's name and its invariant text.
/// </summary>
internal sealed class FactOrder : IComparer<object?>
{
    private readonly Func<object, string>? keyOf;

    /// <summary>Makes the order.</summary>
    /// <param name="keyOf">The key of objects that are neither model elements, derived facts, lists nor simple values.</param>
    public FactOrder(Func<object, string>? keyOf) => this.keyOf = keyOf;

    /// <inheritdoc />
    public int Compare(object? x, object? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        var byRank = Rank(x).CompareTo(Rank(y));
        if (byRank != 0)
        {
            return byRank;
        }

        return (x, y) switch
        {
            (bool a, bool b) => a.CompareTo(b),
            (string a, string b) => string.CompareOrdinal(a, b),
            (DateOnly a, DateOnly b) => a.CompareTo(b),
            (Enum a, Enum b) => CompareEnums(a, b),
            (ModelElement a, ModelElement b) => CompareElements(a, b),
            (DerivedFact a, DerivedFact b) => CompareDerived(a, b),
            (IFactGroup a, IFactGroup b) => CompareGroups(a, b),
            (IEnumerable a, IEnumerable b) => CompareSequences(a, b),
            _ when IsNumber(x!) => Convert.ToDecimal(x, CultureInfo.InvariantCulture).CompareTo(Convert.ToDecimal(y, CultureInfo.InvariantCulture)),
            _ => string.CompareOrdinal(KeyOf(x!), KeyOf(y!)),
        };
    }

    /// <summary>Compares two lists of values item by item, then by length.</summary>
    public int CompareSequences(IEnumerable x, IEnumerable y)
    {
        var left = x.GetEnumerator();
        var right = y.GetEnumerator();
        while (true)
        {
            var hasLeft = left.MoveNext();
            var hasRight = right.MoveNext();
            if (!hasLeft || !hasRight)
            {
                return hasLeft.CompareTo(hasRight);
            }

            var byItem = Compare(left.Current, right.Current);
            if (byItem != 0)
            {
                return byItem;
            }
        }
    }

    private static int Rank(object? value) => value switch
    {
        null => 0,
        bool => 1,
        string => 3,
        DateOnly => 4,
        Enum => 5,
        ModelElement => 6,
        DerivedFact => 7,
        IFactGroup => 8,
        IEnumerable => 9,
        _ when IsNumber(value) => 2,
        _ => 10,
    };

    private static bool IsNumber(object value) =>
        value is sbyte or byte or short or ushort or int or uint or long or ulong or decimal or float or double;

    private static int CompareEnums(Enum a, Enum b)
    {
        var byType = string.CompareOrdinal(a.GetType().FullName, b.GetType().FullName);
        return byType != 0
            ? byType
            : Convert.ToInt64(a, CultureInfo.InvariantCulture).CompareTo(Convert.ToInt64(b, CultureInfo.InvariantCulture));
    }

    private static int CompareElements(ModelElement a, ModelElement b)
    {
        var byFile = string.CompareOrdinal(a.Location.File, b.Location.File);
        if (byFile != 0)
        {
            return byFile;
        }

        var byLine = a.Location.Line.CompareTo(b.Location.Line);
        if (byLine != 0)
        {
            return byLine;
        }

        var byColumn = a.Location.Column.CompareTo(b.Location.Column);
        return byColumn != 0 ? byColumn : string.CompareOrdinal(a.GetType().Name, b.GetType().Name);
    }

    private int CompareDerived(DerivedFact a, DerivedFact b)
    {
        var byKind = string.CompareOrdinal(a.Kind, b.Kind);
        return byKind != 0 ? byKind : CompareSequences(a.Values, b.Values);
    }

    private int CompareGroups(IFactGroup a, IFactGroup b)
    {
        var byKey = Compare(a.Key, b.Key);
        return byKey != 0 ? byKey : CompareSequences(a.Items, b.Items);
    }

    private string KeyOf(object value) =>
        keyOf?.Invoke(value) ?? $"{value.GetType().FullName}:{Convert.ToString(value, CultureInfo.InvariantCulture)}";
}
