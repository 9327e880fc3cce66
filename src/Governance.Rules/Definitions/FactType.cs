namespace Governance.Rules.Definitions;

/// <summary>
/// A type of fact that a rule's pattern can match, by the name rules use for it: a domain-model type such as
/// <c>Post</c> (matching its subtypes too), or a kind of fact derived by other rules such as <c>TwoTierArea</c>.
/// </summary>
internal sealed class FactType
{
    private FactType(string name, Type clrType, DerivedFactSchema? derived)
    {
        Name = name;
        ClrType = clrType;
        Derived = derived;
    }

    /// <summary>The name rules use for the type.</summary>
    public string Name { get; }

    /// <summary>The CLR type of the facts: the model type, or <see cref="DerivedFact"/> for a derived kind.</summary>
    public Type ClrType { get; }

    /// <summary>For a derived kind, its declared fields; otherwise <see langword="null"/>.</summary>
    public DerivedFactSchema? Derived { get; }

    /// <summary>Whether this is a kind of fact that rules derive.</summary>
    public bool IsDerived => Derived is not null;

    /// <summary>A fact type for a CLR type; it matches instances of the type and of its subtypes.</summary>
    public static FactType ForClrType(Type type, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        return new FactType(name ?? type.Name, type, null);
    }

    /// <summary>A fact type for a kind of derived fact.</summary>
    public static FactType ForDerived(DerivedFactSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return new FactType(schema.Kind, typeof(DerivedFact), schema);
    }

    /// <summary>Whether a fact is of this type (or, for a CLR type, of a subtype).</summary>
    public bool Matches(object fact) => Derived is null
        ? ClrType.IsInstanceOfType(fact)
        : fact is DerivedFact derived && string.Equals(derived.Kind, Derived.Kind, StringComparison.Ordinal);

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>A field of a derived kind of fact: its name as rules write it, and its CLR type.</summary>
/// <param name="Name">The field's name, in camelCase as rules write it.</param>
/// <param name="ClrType">The CLR type of the field's value: a model type, a primitive, or a read-only list of them.</param>
internal sealed record DerivedField(string Name, Type ClrType);

/// <summary>The declaration of a kind of derived fact: its name and its fields, in order.</summary>
internal sealed class DerivedFactSchema
{
    /// <summary>Declares a kind of derived fact.</summary>
    public DerivedFactSchema(string kind, IReadOnlyList<DerivedField> fields)
    {
        ArgumentException.ThrowIfNullOrEmpty(kind);
        ArgumentNullException.ThrowIfNull(fields);
        Kind = kind;
        Fields = fields;
    }

    /// <summary>The kind's name, for example <c>TwoTierArea</c>.</summary>
    public string Kind { get; }

    /// <summary>The fields, in declared order.</summary>
    public IReadOnlyList<DerivedField> Fields { get; }

    /// <summary>The index of a field, or -1 when the kind has no such field.</summary>
    public int IndexOf(string field)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (string.Equals(Fields[i].Name, field, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>
/// A fact derived by a rule (forward chaining). Two derived facts are equal when they are of the same kind and have
/// equal field values (model objects compared by reference), so deriving the same fact twice adds it once.
/// </summary>
internal sealed class DerivedFact : IEquatable<DerivedFact>
{
    private readonly object?[] values;

    /// <summary>Makes a derived fact.</summary>
    /// <param name="schema">The kind of fact.</param>
    /// <param name="values">The field values, in the schema's field order.</param>
    /// <param name="ruleId">The id of the rule that derived it.</param>
    /// <param name="support">The facts the rule matched to derive it.</param>
    public DerivedFact(DerivedFactSchema schema, IReadOnlyList<object?> values, string ruleId, IReadOnlyList<object> support)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count != schema.Fields.Count)
        {
            throw new ArgumentException($"{schema.Kind} has {schema.Fields.Count} fields; {values.Count} values were given.", nameof(values));
        }

        Schema = schema;
        this.values = [.. values];
        RuleId = ruleId;
        Support = support;
    }

    /// <summary>The kind's declaration.</summary>
    public DerivedFactSchema Schema { get; }

    /// <summary>The kind's name.</summary>
    public string Kind => Schema.Kind;

    /// <summary>The field values, in the schema's field order.</summary>
    public IReadOnlyList<object?> Values => values;

    /// <summary>The id of the rule that derived the fact.</summary>
    public string RuleId { get; }

    /// <summary>
    /// The facts the rule matched to derive it (its support). When the same fact is derived from several matches, the
    /// first in canonical order (see <see cref="KeepFirstSupport"/>), whatever order they fired in.
    /// </summary>
    public IReadOnlyList<object> Support { get; private set; }

    /// <summary>Keeps, of this fact's support and another derivation's, the one first in the given order.</summary>
    /// <param name="other">The support of another derivation of an equal fact.</param>
    /// <param name="compare">Compares two supports.</param>
    internal void KeepFirstSupport(IReadOnlyList<object> other, Comparison<IReadOnlyList<object>> compare)
    {
        if (compare(other, Support) < 0)
        {
            Support = other;
        }
    }

    /// <summary>The value of a field by name.</summary>
    /// <exception cref="KeyNotFoundException">The kind has no such field.</exception>
    public object? Get(string field)
    {
        var index = Schema.IndexOf(field);
        return index >= 0 ? values[index] : throw new KeyNotFoundException($"{Kind} has no field '{field}'.");
    }

    /// <inheritdoc />
    public bool Equals(DerivedFact? other)
    {
        if (other is null || !string.Equals(Kind, other.Kind, StringComparison.Ordinal))
        {
            return false;
        }

        for (var i = 0; i < values.Length; i++)
        {
            if (!ValueEquals(values[i], other.values[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DerivedFact);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Kind, StringComparer.Ordinal);
        foreach (var value in values)
        {
            hash.Add(ValueHash(value));
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Kind}({string.Join(", ", Schema.Fields.Select((f, i) => $"{f.Name}: {values[i]}"))})";

    private static bool ValueEquals(object? a, object? b) => (a, b) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        (string x, string y) => string.Equals(x, y, StringComparison.Ordinal),
        (System.Collections.IEnumerable x, System.Collections.IEnumerable y) =>
            x.Cast<object?>().SequenceEqual(y.Cast<object?>(), ItemComparer.Instance),
        _ when a.GetType().IsValueType => a.Equals(b),
        _ => ReferenceEquals(a, b),
    };

    private static int ValueHash(object? value) => value switch
    {
        null => 0,
        string s => StringComparer.Ordinal.GetHashCode(s),
        System.Collections.IEnumerable items => items.Cast<object?>().Aggregate(17, (h, item) => unchecked((h * 31) + ValueHash(item))),
        _ when value.GetType().IsValueType => value.GetHashCode(),
        _ => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(value),
    };

    private sealed class ItemComparer : IEqualityComparer<object?>
    {
        public static readonly ItemComparer Instance = new();

        public new bool Equals(object? x, object? y) => ValueEquals(x, y);

        public int GetHashCode(object? obj) => ValueHash(obj);
    }
}
