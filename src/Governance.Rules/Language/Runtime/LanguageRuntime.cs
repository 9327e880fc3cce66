using System.Collections;
using System.Reflection;

namespace Governance.Rules.Language.Runtime;

/// <summary>
/// The built-in functions as compiled rules call them. Each accepts missing (null) inputs and follows the language's
/// null rules: a missing list counts as empty, a missing text or date gives a missing result or <c>false</c>.
/// </summary>
internal static class LanguageRuntime
{
    /// <summary>The number of items in a list; 0 for a missing list.</summary>
    public static int Count(IEnumerable? items)
    {
        switch (items)
        {
            case null:
                return 0;
            case ICollection collection:
                return collection.Count;
            default:
                var count = 0;
                foreach (var unused in items)
                {
                    count++;
                }

                return count;
        }
    }

    /// <summary>Whether a list is missing or has no items.</summary>
    public static bool IsEmptyList(IEnumerable? items) => Count(items) == 0;

    /// <summary>Whether a text is missing or empty.</summary>
    public static bool IsEmptyText(string? text) => string.IsNullOrEmpty(text);

    /// <summary>Whether a list holds an item equal to the value (text compared ordinally, facts by identity).</summary>
    public static bool ListContains(IEnumerable? items, object? value)
    {
        if (items is null)
        {
            return false;
        }

        foreach (var item in items)
        {
            if (Equals(item, value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the text contains the part, ordinally (case matters); false when either is missing.</summary>
    public static bool TextContains(string? text, string? part) =>
        text is not null && part is not null && text.Contains(part, StringComparison.Ordinal);

    /// <summary>Whether the text starts with the prefix, ordinally; false when either is missing.</summary>
    public static bool TextStartsWith(string? text, string? prefix) =>
        text is not null && prefix is not null && text.StartsWith(prefix, StringComparison.Ordinal);

    /// <summary>The text in lower case (invariant culture); missing when the text is missing.</summary>
    public static string? Lower(string? text) => text?.ToLowerInvariant();

    /// <summary>The date moved by whole years (29 February moves to 28 February); missing when an input is missing.</summary>
    public static DateOnly? AddYears(DateOnly? date, int? years) => date is { } d && years is { } n ? d.AddYears(n) : null;

    /// <summary>The date moved by whole months (to the month's last day when needed); missing when an input is missing.</summary>
    public static DateOnly? AddMonths(DateOnly? date, int? months) => date is { } d && months is { } n ? d.AddMonths(n) : null;

    /// <summary>The date moved by days; missing when an input is missing.</summary>
    public static DateOnly? AddDays(DateOnly? date, int? days) => date is { } d && days is { } n ? d.AddDays(n) : null;

    /// <summary>
    /// The whole years from <paramref name="from"/> to <paramref name="to"/>, as an age is counted (negative when
    /// <paramref name="to"/> is earlier); missing when either is missing.
    /// </summary>
    public static int? YearsBetween(DateOnly? from, DateOnly? to)
    {
        if (from is not { } start || to is not { } end)
        {
            return null;
        }

        if (end < start)
        {
            return -YearsBetween(end, start);
        }

        var years = end.Year - start.Year;
        return start.AddYears(years) > end ? years - 1 : years;
    }

    /// <summary>The days from <paramref name="from"/> to <paramref name="to"/> (negative when earlier); missing when either is missing.</summary>
    public static int? DaysBetween(DateOnly? from, DateOnly? to) =>
        from is { } start && to is { } end ? end.DayNumber - start.DayNumber : null;

    /// <summary>The method of this class with the given name and parameter types.</summary>
    public static MethodInfo Method(string name) =>
        typeof(LanguageRuntime).GetMethod(name, BindingFlags.Public | BindingFlags.Static)
        ?? throw new InvalidOperationException($"LanguageRuntime has no method {name}.");
}
