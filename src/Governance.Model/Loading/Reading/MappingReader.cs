using System.Collections.Frozen;
using Governance.Reading;
using Governance.Reading.Yaml;

namespace Governance.Model.Loading.Reading;

/// <summary>
/// Reads the keys of one mapping of an authority file: reports keys the format does not have (with "did you
/// mean"), missing required keys (at the mapping), and values of the wrong type; records where each member was
/// written, keyed by the model's property name.
/// </summary>
internal sealed class MappingReader
{
    private readonly YamlMapping mapping;
    private readonly Dictionary<string, YamlEntry> entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceLocation> memberLocations = new(StringComparer.Ordinal);

    /// <summary>Starts reading a mapping and reports its unknown keys.</summary>
    /// <param name="mapping">The mapping.</param>
    /// <param name="element">What the mapping is, for messages: "a post", "the authority".</param>
    /// <param name="keys">The keys this element may have.</param>
    /// <param name="bag">Where problems are reported.</param>
    /// <param name="misplaced">Keys that belong to a related element, with the message to give when one is found here.</param>
    public MappingReader(
        YamlMapping mapping,
        string element,
        IReadOnlyCollection<string> keys,
        DiagnosticBag bag,
        IReadOnlyDictionary<string, string>? misplaced = null)
    {
        this.mapping = mapping;
        Element = element;
        Bag = bag;
        foreach (var entry in mapping.Entries)
        {
            var key = entry.Key.Value;
            if (keys.Contains(key, StringComparer.Ordinal))
            {
                entries[key] = entry;
            }
            else if (misplaced is not null && misplaced.TryGetValue(key, out var message))
            {
                bag.Error(DiagnosticCodes.KeyForOtherPersonType, message, entry.Key.Location);
            }
            else
            {
                bag.Error(
                    DiagnosticCodes.UnknownKey,
                    $"'{YamlScalar.Shorten(key)}' is not a key of {element}.{Suggestions.DidYouMean(key, keys)} Valid keys: {string.Join(", ", keys)}.",
                    entry.Key.Location);
            }
        }
    }

    /// <summary>What the mapping is, for messages.</summary>
    public string Element { get; }

    /// <summary>Where problems are reported.</summary>
    public DiagnosticBag Bag { get; }

    /// <summary>Where the mapping starts (its first key).</summary>
    public SourceLocation Location => mapping.Location;

    /// <summary>Where each member read so far was written, by property name.</summary>
    public IReadOnlyDictionary<string, SourceLocation> MemberLocations =>
        memberLocations.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Whether the key is written (with any value, even an empty one).</summary>
    /// <param name="key">The key.</param>
    public bool Has(string key) => entries.ContainsKey(key);

    /// <summary>Where the key is written, or where the mapping starts.</summary>
    /// <param name="key">The key.</param>
    public SourceLocation KeyLocation(string key) => entries.TryGetValue(key, out var entry) ? entry.Key.Location : Location;

    /// <summary>The value of a key, recording the member's location; reports a missing required key.</summary>
    /// <param name="key">The key.</param>
    /// <param name="required">Whether the key must be written.</param>
    /// <param name="expected">What the value should be, for the missing-key message.</param>
    /// <param name="member">The model's property name, when it is not the key in PascalCase; empty for none.</param>
    public YamlNode? Value(string key, bool required = false, string expected = "", string? member = null)
    {
        if (entries.TryGetValue(key, out var entry))
        {
            member ??= YamlNames.MemberName(key);
            if (member.Length > 0)
            {
                memberLocations[member] = entry.Key.Location;
            }

            return entry.Value;
        }

        if (required)
        {
            var what = expected.Length > 0 ? $" ({expected})" : string.Empty;
            Bag.Error(
                DiagnosticCodes.MissingKey,
                $"{Values.Capitalise(Element)} is missing the required key '{key}'{what}.",
                Location);
        }

        return null;
    }

    /// <summary>Text.</summary>
    public string? Text(string key, bool required = false) =>
        Value(key, required, "text") is { } node ? Values.Text(node, $"'{key}'", required, Bag) : null;

    /// <summary>A date.</summary>
    public DateOnly? Date(string key, bool required = false) =>
        Value(key, required, "a date, YYYY-MM-DD") is { } node ? Values.Date(node, $"'{key}'", required, Bag) : null;

    /// <summary>true or false; <see langword="false"/> when absent or wrong.</summary>
    public bool Boolean(string key) =>
        Value(key) is { } node && (Values.Boolean(node, $"'{key}'", Bag) ?? false);

    /// <summary>An enum value.</summary>
    public T? Enum<T>(string key, bool required = false)
        where T : struct, System.Enum =>
        Value(key, required, "one of " + string.Join(", ", YamlNames.ValuesOf<T>().Select(p => p.Key))) is { } node
            ? Values.Enum<T>(node, $"'{key}'", required, Bag)
            : null;

    /// <summary>A mapping; <see langword="null"/> when absent, empty or not a mapping.</summary>
    public YamlMapping? Mapping(string key, string expected)
    {
        switch (Value(key))
        {
            case null:
            case YamlScalar { IsNull: true }:
                return null;
            case YamlMapping nested:
                return nested;
            case { } other:
                Bag.Error(DiagnosticCodes.WrongType, $"'{key}' should be {expected}, but it is {other.Describe()}.", other.Location);
                return null;
        }
    }

    /// <summary>The items of a list; empty when absent, empty, or not a list.</summary>
    public IReadOnlyList<YamlNode> List(string key, string expected)
    {
        switch (Value(key))
        {
            case null:
            case YamlScalar { IsNull: true }:
                return [];
            case YamlSequence sequence:
                return sequence.Items;
            case { } other:
                Bag.Error(
                    DiagnosticCodes.WrongType,
                    $"'{key}' should be a list of {expected}, but it is {other.Describe()}. Write each item on its own line starting with '- ', or as [a, b].",
                    other.Location);
                return [];
        }
    }

    /// <summary>The items of a list, each as a mapping; an item that is not a mapping is reported and left out.</summary>
    /// <param name="key">The key of the list.</param>
    /// <param name="itemName">What one item is, with its article: "a person".</param>
    /// <param name="plural">What the items are: "people".</param>
    public IReadOnlyList<YamlMapping> Mappings(string key, string itemName, string plural)
    {
        var result = new List<YamlMapping>();
        foreach (var item in List(key, plural))
        {
            if (item is YamlMapping itemMapping)
            {
                result.Add(itemMapping);
            }
            else
            {
                Bag.Error(
                    DiagnosticCodes.WrongType,
                    $"Each item of '{key}' should be {itemName}, written as keys and values, but this one is {item.Describe()}.",
                    item.Location);
            }
        }

        return result;
    }

    /// <summary>Reads 'start' and 'end', reporting an end before the start.</summary>
    /// <param name="what">What the term is, for messages: "A membership".</param>
    public (DateOnly? Start, DateOnly? End) Term(string what)
    {
        var start = Date("start");
        var end = Date("end");
        if (start is { } s && end is { } e && e < s)
        {
            Bag.Error(
                DiagnosticCodes.EndBeforeStart,
                $"'end' ({Values.Iso(e)}) is before 'start' ({Values.Iso(s)}). {what} cannot end before it starts.",
                KeyLocation("end"));
        }

        return (start, end);
    }
}
