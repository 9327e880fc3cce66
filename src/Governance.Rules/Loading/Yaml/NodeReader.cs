using System.Globalization;
using Governance.Reading;
using Governance.Reading.Yaml;

namespace Governance.Rules.Loading.Yaml;

/// <summary>
/// Reads values out of a <see cref="YamlNode"/> tree strictly: every key known, every required key present,
/// every value of the kind expected. Problems are reported with the place and what would be valid; a reading that
/// fails returns <see langword="null"/> so the caller can carry on and report more.
/// </summary>
/// <param name="diagnostics">Where problems are reported.</param>
/// <param name="kindOfFile">What the file is, for messages.</param>
internal sealed class NodeReader(Diagnostics diagnostics, string kindOfFile)
{
    /// <summary>Where problems are reported.</summary>
    public Diagnostics Diagnostics { get; } = diagnostics;

    /// <summary>Reports unknown keys (with a suggestion) and missing required keys of a mapping.</summary>
    /// <param name="mapping">The mapping.</param>
    /// <param name="what">What the mapping is, for messages: "a rule", "the citation".</param>
    /// <param name="known">The keys the mapping may have.</param>
    /// <param name="required">The keys it must have.</param>
    /// <returns>Whether all keys were known and all required keys present.</returns>
    public bool CheckKeys(YamlMapping mapping, string what, IReadOnlyList<string> known, IReadOnlyList<string> required)
    {
        var ok = true;
        foreach (var entry in mapping.Entries)
        {
            if (!known.Contains(entry.Key.Value, StringComparer.Ordinal))
            {
                ok = false;
                Diagnostics.Error(
                    RuleDiagnosticCodes.UnknownKey,
                    $"'{YamlScalar.Shorten(entry.Key.Value)}' is not a key of {what}.{Suggestions.DidYouMean(entry.Key.Value, known)} " +
                    $"The keys are: {string.Join(", ", known)}.",
                    entry.Key.Location);
            }
        }

        foreach (var key in required)
        {
            if (mapping.Find(key) is null)
            {
                ok = false;
                Diagnostics.Error(
                    RuleDiagnosticCodes.MissingKey,
                    $"{Capitalise(what)} needs '{key}:', which is missing here.",
                    mapping.Location);
            }
        }

        return ok;
    }

    /// <summary>The value as a mapping, or an error naming what was expected.</summary>
    public YamlMapping? Mapping(YamlNode node, string what)
    {
        if (node is YamlMapping mapping)
        {
            return mapping;
        }

        WrongType(node, what, "keys and values (a mapping)");
        return null;
    }

    /// <summary>The value as a list, or an error naming what was expected.</summary>
    public YamlSequence? Sequence(YamlNode node, string what)
    {
        if (node is YamlSequence sequence)
        {
            return sequence;
        }

        WrongType(node, what, "a list (items starting with '- ', or [a, b])");
        return null;
    }

    /// <summary>The value as a single value (not a list or mapping), or an error.</summary>
    public YamlScalar? Scalar(YamlNode node, string what)
    {
        if (node is YamlScalar scalar)
        {
            return scalar;
        }

        WrongType(node, what, "a single value");
        return null;
    }

    /// <summary>The value as text that says something: not empty, not only spaces.</summary>
    public string? NonEmptyText(YamlNode node, string what)
    {
        if (Scalar(node, what) is not { } scalar)
        {
            return null;
        }

        if (scalar.IsNull || string.IsNullOrWhiteSpace(scalar.Value))
        {
            Diagnostics.Error(RuleDiagnosticCodes.EmptyValue, $"{Capitalise(what)} is empty. Write it out in words.", scalar.Location);
            return null;
        }

        return scalar.Value.Trim();
    }

    /// <summary>The value as a date written YYYY-MM-DD that exists in the calendar.</summary>
    public DateOnly? Date(YamlNode node, string what)
    {
        if (Scalar(node, what) is not { } scalar)
        {
            return null;
        }

        var text = scalar.Value.Trim();
        if (text.Length == 10 && text[4] == '-' && text[7] == '-' &&
            int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) &&
            int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month) &&
            int.TryParse(text.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day))
        {
            if (year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                return new DateOnly(year, month, day);
            }

            Diagnostics.Error(
                RuleDiagnosticCodes.BadDate,
                $"{Capitalise(what)} '{text}' is not a real date: {DescribeImpossible(year, month, day)}",
                scalar.Location);
            return null;
        }

        Diagnostics.Error(
            RuleDiagnosticCodes.BadDate,
            $"{Capitalise(what)} is {scalar.Describe()}, but a date is written year-month-day, like 2009-07-01.",
            scalar.Location);
        return null;
    }

    /// <summary>A list of non-empty texts, from a list (or, leniently, a single value).</summary>
    public IReadOnlyList<YamlScalar>? TextList(YamlNode node, string what)
    {
        if (Sequence(node, what) is not { } sequence)
        {
            return null;
        }

        var items = new List<YamlScalar>();
        var ok = true;
        foreach (var item in sequence.Items)
        {
            if (Scalar(item, $"each item of {what}") is not { } scalar)
            {
                ok = false;
                continue;
            }

            if (scalar.IsNull || string.IsNullOrWhiteSpace(scalar.Value))
            {
                Diagnostics.Error(RuleDiagnosticCodes.EmptyValue, $"An item of {what} is empty.", scalar.Location);
                ok = false;
                continue;
            }

            items.Add(scalar);
        }

        return ok ? items : null;
    }

    /// <summary>Reports a value of the wrong kind.</summary>
    public void WrongType(YamlNode node, string what, string expected) =>
        Diagnostics.Error(
            RuleDiagnosticCodes.WrongType,
            $"{Capitalise(what)} is {node.Describe()}, but it should be {expected}.",
            node.Location);

    /// <summary>The words for the file's kind, for messages.</summary>
    public string KindOfFile { get; } = kindOfFile;

    /// <summary>Makes the first letter upper case.</summary>
    public static string Capitalise(string words) =>
        words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];

    private static string DescribeImpossible(int year, int month, int day) => year < 1
        ? "there is no year 0."
        : month is < 1 or > 12
        ? string.Create(CultureInfo.InvariantCulture, $"there is no month {month}.")
        : string.Create(
            CultureInfo.InvariantCulture,
            $"{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {year} has {DateTime.DaysInMonth(Math.Max(year, 1), month)} days, so there is no day {day}.");
}
