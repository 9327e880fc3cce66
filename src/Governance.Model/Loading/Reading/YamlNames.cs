using System.Collections.Frozen;

namespace Governance.Model.Loading.Reading;

/// <summary>The names an authority file uses for enum values and members: camelCase of the C# names.</summary>
internal static class YamlNames
{
    /// <summary>The camelCase form of a PascalCase name: <c>DirectorOfChildrensServices</c> → <c>directorOfChildrensServices</c>.</summary>
    /// <param name="name">The C# name.</param>
    public static string CamelCase(string name) =>
        name.Length == 0 ? name : string.Concat(char.ToLowerInvariant(name[0]).ToString(), name.AsSpan(1));

    /// <summary>The PascalCase property name of a camelCase key: <c>holder</c> → <c>Holder</c>.</summary>
    /// <param name="key">The key.</param>
    public static string MemberName(string key) =>
        key.Length == 0 ? key : string.Concat(char.ToUpperInvariant(key[0]).ToString(), key.AsSpan(1));

    /// <summary>The file's name for an enum value.</summary>
    /// <typeparam name="T">The enum.</typeparam>
    /// <param name="value">The value.</param>
    public static string Of<T>(T value)
        where T : struct, Enum => CamelCase(value.ToString());

    /// <summary>The values of an enum by their names in files, in declaration order.</summary>
    /// <typeparam name="T">The enum.</typeparam>
    public static IReadOnlyList<KeyValuePair<string, T>> ValuesOf<T>()
        where T : struct, Enum => EnumNames<T>.Ordered;

    /// <summary>Finds an enum value by its name in files (exact, case-sensitive).</summary>
    /// <typeparam name="T">The enum.</typeparam>
    /// <param name="name">The name.</param>
    /// <param name="value">The value, when found.</param>
    public static bool TryParse<T>(string name, out T value)
        where T : struct, Enum => EnumNames<T>.ByName.TryGetValue(name, out value);

    private static class EnumNames<T>
        where T : struct, Enum
    {
        public static readonly IReadOnlyList<KeyValuePair<string, T>> Ordered =
            Enum.GetValues<T>().Select(v => KeyValuePair.Create(CamelCase(v.ToString()), v)).ToArray();

        public static readonly FrozenDictionary<string, T> ByName = Ordered.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
