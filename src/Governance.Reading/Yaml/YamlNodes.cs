using System.Globalization;
using Governance.Model;
using Governance.Reading.Text;
using YamlDotNet.Core;

namespace Governance.Reading.Yaml;

/// <summary>A node of the small YAML tree the loaders build: a mapping, a sequence or a scalar, with its place.</summary>
internal abstract class YamlNode(SourceLocation location)
{
    /// <summary>Where the node starts.</summary>
    public SourceLocation Location { get; } = location;

    /// <summary>What the node is, in words for a message: "a list", "the text 'abc'".</summary>
    public abstract string Describe();
}

/// <summary>A single value as written, with enough of its source to place any character of it exactly.</summary>
internal sealed class YamlScalar : YamlNode
{
    private readonly SourceLines source;
    private readonly int startIndex;
    private readonly int endIndex;
    private ScalarOffsetMap? map;

    /// <summary>Makes a scalar node.</summary>
    /// <param name="source">The file's text and line table.</param>
    /// <param name="value">The value as YAML reads it.</param>
    /// <param name="style">How the value was written.</param>
    /// <param name="startIndex">The index in the text where the scalar starts (its quote or block indicator, if any).</param>
    /// <param name="endIndex">The index in the text just after the scalar.</param>
    public YamlScalar(SourceLines source, string value, ScalarStyle style, int startIndex, int endIndex)
        : base(source.LocationOf(startIndex))
    {
        this.source = source;
        Value = value;
        Style = style;
        this.startIndex = startIndex;
        this.endIndex = endIndex;
    }

    /// <summary>The value's text.</summary>
    public string Value { get; }

    /// <summary>How the value was written: plain, quoted, literal or folded.</summary>
    public ScalarStyle Style { get; }

    /// <summary>Whether the value was written without quotes or block indicators (so <c>true</c> is a boolean).</summary>
    public bool IsPlain => Style == ScalarStyle.Plain;

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

    /// <summary>The place of the character at an offset within <see cref="Value"/> (the end of the value for an offset past it).</summary>
    /// <param name="offset">A 0-based offset within the value.</param>
    public SourceLocation LocationAt(int offset)
    {
        map ??= ScalarOffsetMap.Build(source.Text, startIndex, endIndex, Style, Value);
        return source.LocationOf(map.SourceIndexOf(offset));
    }

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

    /// <summary>Shortens a value for a message, on one line.</summary>
    /// <param name="text">The value.</param>
    public static string Shorten(string text)
    {
        var oneLine = text.Replace('\n', ' ');
        return oneLine.Length <= 60 ? oneLine : string.Concat(oneLine.AsSpan(0, 57), "...");
    }
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

    /// <summary>The entry of a key, or <see langword="null"/>.</summary>
    /// <param name="key">The key.</param>
    public YamlEntry? Find(string key) =>
        Entries.Find(e => string.Equals(e.Key.Value, key, StringComparison.Ordinal));

    /// <inheritdoc/>
    public override string Describe() => "keys and values (a mapping)";
}

/// <summary>One key and its value.</summary>
/// <param name="Key">The key.</param>
/// <param name="Value">The value.</param>
internal sealed record YamlEntry(YamlScalar Key, YamlNode Value);

/// <summary>One document of a file: its top-level mapping, and whether reading it already found errors.</summary>
/// <param name="Root">The top-level mapping.</param>
/// <param name="HasErrors">Whether reading the document reported errors (a repeated key, a tag, ...).</param>
internal sealed record YamlDocument(YamlMapping Root, bool HasErrors);
