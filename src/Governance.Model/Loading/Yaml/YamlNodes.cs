using System.Globalization;

namespace Governance.Model.Loading.Yaml;

/// <summary>A node of the small YAML tree the loader builds: a mapping, a sequence or a scalar, with its place.</summary>
internal abstract class YamlNode(SourceLocation location)
{
    /// <summary>Where the node starts.</summary>
    public SourceLocation Location { get; } = location;

    /// <summary>What the node is, in words for a message: "a list", "the text 'abc'".</summary>
    public abstract string Describe();
}

/// <summary>A single value as written.</summary>
internal sealed class YamlScalar(SourceLocation location, string value, bool isPlain) : YamlNode(location)
{
    /// <summary>The value's text.</summary>
    public string Value { get; } = value;

    /// <summary>Whether the value was written without quotes or block indicators (so <c>true</c> is a boolean).</summary>
    public bool IsPlain { get; } = isPlain;

    /// <summary>Whether the value is YAML's null: an empty plain value, <c>~</c> or <c>null</c>.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    /// <summary>The value as a boolean when it is a plain YAML boolean.</summary>
    public bool? AsBoolean => !IsPlain ? null : Value switch
    {
        "true" or "True" or "TRUE" => true,
        "false" or "False" or "FALSE" => false,
        _ => null,
    };

    /// <summary>Whether the value is a plain YAML number.</summary>
    public bool IsNumber => IsPlain && double.TryParse(Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    /// <inheritdoc/>
    public override string Describe()
    {
        if (IsNull)
        {
            return "an empty value";
        }

        if (AsBoolean is { } b)
        {
            return b ? "true" : "false";
        }

        return IsNumber ? $"the number {Shorten(Value)}" : $"the text '{Shorten(Value)}'";
    }

    /// <summary>Shortens a value for a message.</summary>
    /// <param name="text">The value.</param>
    public static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");
}

/// <summary>A list.</summary>
internal sealed class YamlSequence(SourceLocation location) : YamlNode(location)
{
    /// <summary>The items, in order.</summary>
    public List<YamlNode> Items { get; } = [];

    /// <inheritdoc/>
    public override string Describe() => Items.Count == 0 ? "an empty list" : "a list";
}

/// <summary>Keys and values. Keys are unique: the reader reports a repeated key and keeps only the first.</summary>
internal sealed class YamlMapping(SourceLocation location) : YamlNode(location)
{
    /// <summary>The entries, in the order written.</summary>
    public List<YamlEntry> Entries { get; } = [];

    /// <inheritdoc/>
    public override string Describe() => "keys and values (a mapping)";
}

/// <summary>One key and its value.</summary>
/// <param name="Key">The key.</param>
/// <param name="Value">The value.</param>
internal sealed record YamlEntry(YamlScalar Key, YamlNode Value);
