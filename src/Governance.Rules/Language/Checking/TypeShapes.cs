using Governance.Rules.Definitions;

namespace Governance.Rules.Language.Checking;

/// <summary>What kind of value a CLR type is, in the language's terms, and how to describe it to an analyst.</summary>
internal static class TypeShapes
{
    /// <summary>The item type of a list (any <see cref="IEnumerable{T}"/> but text), or null.</summary>
    public static Type? ElementTypeOf(Type type)
    {
        if (type == typeof(string))
        {
            return null;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            return type.GetGenericArguments()[0];
        }

        return type.GetInterfaces()
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            ?.GetGenericArguments()[0];
    }

    /// <summary>Whether the type is a list.</summary>
    public static bool IsList(Type type) => ElementTypeOf(type) is not null;

    /// <summary>Whether the type is a <see cref="FactGroup{TKey, TItem}"/>.</summary>
    public static bool IsGroup(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(FactGroup<,>);

    /// <summary>The type without <see cref="Nullable{T}"/>.</summary>
    public static Type Underlying(Type type) => Nullable.GetUnderlyingType(type) ?? type;

    /// <summary>Whether a value of the type can be missing (null).</summary>
    public static bool IsNullable(Type type) => !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;

    /// <summary>The nullable form of a type (itself for reference types and nullable value types).</summary>
    public static Type Lifted(Type type) =>
        type.IsValueType && Nullable.GetUnderlyingType(type) is null ? typeof(Nullable<>).MakeGenericType(type) : type;

    /// <summary>The enum a value of this type (or a list of them) holds, or null.</summary>
    public static Type? EnumOf(Type? type)
    {
        if (type is null)
        {
            return null;
        }

        var underlying = Underlying(type);
        return underlying.IsEnum ? underlying : null;
    }

    /// <summary>The type described for an analyst: "text", "a number", "a date", "a Post", "a list of Person".</summary>
    public static string Describe(Type type, DerivedFactSchema? schema = null)
    {
        var t = Underlying(type);
        if (t == typeof(string))
        {
            return "text";
        }

        if (t == typeof(int))
        {
            return "a number";
        }

        if (t == typeof(bool))
        {
            return "yes/no (true or false)";
        }

        if (t == typeof(DateOnly))
        {
            return "a date";
        }

        if (t == typeof(DerivedFact))
        {
            return schema is null ? "a derived fact" : Article(schema.Kind);
        }

        if (IsGroup(t))
        {
            return $"a group of {Plain(t.GetGenericArguments()[1], schema)}";
        }

        if (ElementTypeOf(t) is { } element)
        {
            return $"a list of {Plain(element, schema)}";
        }

        if (t.IsEnum)
        {
            return $"{Article(t.Name)} value";
        }

        return t == typeof(object) ? "a value" : Article(t.Name);
    }

    private static string Plain(Type type, DerivedFactSchema? schema)
    {
        var t = Underlying(type);
        return t == typeof(string) ? "text"
            : t == typeof(int) ? "numbers"
            : t == typeof(DateOnly) ? "dates"
            : t == typeof(bool) ? "yes/no values"
            : t == typeof(DerivedFact) && schema is not null ? schema.Kind
            : t.IsEnum ? $"{t.Name} values"
            : t.Name;
    }

    private static string Article(string name) =>
        name.Length > 0 && "AEIOU".Contains(name[0], StringComparison.Ordinal) ? "an " + name : "a " + name;
}
