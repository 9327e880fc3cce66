using System.Collections;
using System.Globalization;
using Governance.Rules.Definitions;

namespace Governance.Rules.Language.Templates;

/// <summary>Formats values for messages, the same way on every machine.</summary>
internal static class ValueFormatter
{
    /// <summary>What a missing value reads as.</summary>
    public const string Missing = "(none)";

    /// <summary>
    /// The value as a message shows it: dates yyyy-MM-dd; a missing value or an empty list "(none)"; lists
    /// comma-joined; enum values in camelCase as authority files write them; yes/no as "yes"/"no"; numbers invariantly;
    /// a group as its key; model objects as their own description (a person's name, for example).
    /// </summary>
    public static string Format(object? value) => value switch
    {
        null => Missing,
        string text => text,
        bool flag => flag ? "yes" : "no",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Enum member => TypeCatalog.CamelCase(member.ToString()),
        IFactGroup group => Format(group.Key),
        IEnumerable items => FormatList(items),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? Missing,
    };

    private static string FormatList(IEnumerable items)
    {
        var formatted = items.Cast<object?>().Select(Format).ToList();
        return formatted.Count == 0 ? Missing : string.Join(", ", formatted);
    }
}
