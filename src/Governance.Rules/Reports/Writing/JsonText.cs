using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Governance.Model;

namespace Governance.Rules.Reports.Writing;

/// <summary>
/// Writes JSON documents with an explicit <see cref="Utf8JsonWriter"/>: the order of properties is the order they are
/// written in, and nothing is discovered by reflection. Output is indented with <c>\n</c> line ends on every system.
/// </summary>
internal static class JsonText
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",

        // The output is a file for programs, never HTML: keep names with accents and quotes readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes one JSON document, made by <paramref name="write"/>, and a line end.</summary>
    /// <param name="output">Where the document goes.</param>
    /// <param name="write">Writes the document's one value.</param>
    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        output.Write('\n');
    }

    /// <summary>Writes a list of strings as a property.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property's name.</param>
    /// <param name="values">The strings.</param>
    public static void WriteStrings(this Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a date as <c>yyyy-MM-dd</c>, or <see langword="null"/>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property's name.</param>
    /// <param name="date">The date.</param>
    public static void WriteDate(this Utf8JsonWriter writer, string name, DateOnly? date)
    {
        if (date is { } value)
        {
            writer.WriteString(name, IsoDate.Format(value));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Writes a string property, or <see langword="null"/> when there is no value.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property's name.</param>
    /// <param name="value">The value.</param>
    public static void WriteOptionalString(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>Writes a location's <c>file</c>, <c>line</c> and <c>column</c> properties into the current object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="location">The location; a location with no file writes <see langword="null"/> for the file.</param>
    public static void WriteLocation(this Utf8JsonWriter writer, SourceLocation location)
    {
        if (location.IsKnown)
        {
            writer.WriteString("file", location.File);
        }
        else
        {
            writer.WriteNull("file");
        }

        writer.WriteNumber("line", location.Line);
        writer.WriteNumber("column", location.Column);
    }

    /// <summary>Writes a load diagnostic as an object: code, severity, message, file, line, column.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="diagnostic">The diagnostic.</param>
    public static void WriteDiagnostic(this Utf8JsonWriter writer, Diagnostic diagnostic)
    {
        writer.WriteStartObject();
        writer.WriteString("code", diagnostic.Code);
        writer.WriteString("severity", diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning");
        writer.WriteString("message", diagnostic.Message);
        writer.WriteLocation(diagnostic.Location);
        writer.WriteEndObject();
    }

    /// <summary>Writes the authorities loaded as the <c>authorities</c> property: code, name, kind, recordedAsAt, file.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="authorities">The authorities, in the order they were loaded.</param>
    public static void WriteAuthorities(this Utf8JsonWriter writer, IEnumerable<Authority> authorities)
    {
        writer.WriteStartArray("authorities");
        foreach (var authority in authorities)
        {
            writer.WriteStartObject();
            writer.WriteString("code", authority.Code);
            writer.WriteString("name", authority.Name);
            writer.WriteString("kind", CamelCase(authority.Kind));
            writer.WriteDate("recordedAsAt", authority.RecordedAsAt);
            writer.WriteString("file", authority.Location.File);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes the tool's name and version as the <c>tool</c> property.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="tool">The tool.</param>
    /// <param name="command">The command that wrote the document.</param>
    public static void WriteTool(this Utf8JsonWriter writer, ReportTool tool, string command)
    {
        writer.WriteStartObject("tool");
        writer.WriteString("name", tool.Name);
        writer.WriteString("version", tool.Version);
        writer.WriteString("command", command);
        writer.WriteEndObject();
    }

    /// <summary>An enum value as the authority and rule formats spell it: <c>londonBorough</c>.</summary>
    /// <param name="value">The value.</param>
    public static string CamelCase<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        return name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
    }
}
