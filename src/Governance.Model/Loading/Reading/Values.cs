using System.Globalization;
using System.Text.RegularExpressions;
using Governance.Reading;
using Governance.Reading.Yaml;

namespace Governance.Model.Loading.Reading;

/// <summary>
/// Converts single YAML nodes to the values of the model (text, dates, enum values), reporting what is wrong.
/// Each method returns <see langword="null"/> for a value that is absent, empty or wrong.
/// </summary>
internal static partial class Values
{
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    /// <summary>
    /// Text. Any single value is accepted as text, as written; a list or mapping is not. Quoted text holding nothing
    /// but spaces is not a value: it is reported, not taken as absent. Text holding a control character is refused at
    /// the character, so that nothing read from the file can forge a line of a report or drive a terminal.
    /// </summary>
    /// <param name="node">The node.</param>
    /// <param name="what">What the value is, for messages, such as "'name'".</param>
    /// <param name="required">Whether an empty value is an error.</param>
    /// <param name="bag">Where problems are reported.</param>
    /// <param name="longText">
    /// Whether the value is long text, such as a departure's <c>reasons</c>: it may hold line breaks, and blank long
    /// text is empty text, which the rules judge, rather than a mistake.
    /// </param>
    public static string? Text(YamlNode node, string what, bool required, DiagnosticBag bag, bool longText = false)
    {
        if (Scalar(node, what, "text", bag) is not { } scalar)
        {
            return null;
        }

        if (scalar.IsNull || string.IsNullOrWhiteSpace(scalar.Value))
        {
            if (required)
            {
                bag.Error(DiagnosticCodes.EmptyValue, $"{Capitalise(what)} is empty; write the text it needs.", node.Location);
            }
            else if (!scalar.IsNull && !longText)
            {
                bag.Error(
                    DiagnosticCodes.BlankValue,
                    $"{Capitalise(what)} is quoted text with nothing in it but spaces, which is not a value. Write the value, or leave the key out (or write null) if there is none.",
                    node.Location);
            }

            return null;
        }

        if (ControlCharacter(scalar.Value, longText) is { } index)
        {
            bag.Error(
                DiagnosticCodes.ControlCharacter,
                $"{Capitalise(what)} holds {NameOf(scalar.Value[index])} here. Text in an authority file cannot hold control characters" +
                (longText ? " other than tabs and line breaks" : " other than tabs") + ": remove it.",
                scalar.LocationAt(index));
            return null;
        }

        return scalar.Value;
    }

    /// <summary>
    /// The index of the first control character in the text (C0 and C1 controls and DEL, and the Unicode line and
    /// paragraph separators) other than a tab, and a line break in long text; <see langword="null"/> when there is none.
    /// </summary>
    private static int? ControlCharacter(string text, bool lineBreaks)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((char.IsControl(c) || c is '\u2028' or '\u2029') && c != '\t' && !(lineBreaks && c == '\n'))
            {
                return i;
            }
        }

        return null;
    }

    private static string NameOf(char control) => control switch
    {
        '\n' => "a line break (U+000A)",
        '\r' => "a carriage return (U+000D)",
        '\u001B' => "an escape character (U+001B)",
        '\0' => "a null character (U+0000)",
        '\u2028' => "a line separator (U+2028)",
        '\u2029' => "a paragraph separator (U+2029)",
        _ => string.Create(CultureInfo.InvariantCulture, $"the control character U+{(int)control:X4}"),
    };

    /// <summary>A date written <c>YYYY-MM-DD</c>, as a YAML date or a string.</summary>
    /// <param name="node">The node.</param>
    /// <param name="what">What the value is, for messages.</param>
    /// <param name="required">Whether an empty value is an error.</param>
    /// <param name="bag">Where problems are reported.</param>
    public static DateOnly? Date(YamlNode node, string what, bool required, DiagnosticBag bag)
    {
        if (Scalar(node, what, "a date (YYYY-MM-DD)", bag) is not { } scalar)
        {
            return null;
        }

        if (scalar.IsNull)
        {
            if (required)
            {
                bag.Error(DiagnosticCodes.EmptyValue, $"{Capitalise(what)} is empty; write a date as YYYY-MM-DD, for example 2009-04-01.", node.Location);
            }

            return null;
        }

        var match = DateForm().Match(scalar.Value);
        if (!match.Success)
        {
            bag.Error(
                DiagnosticCodes.NotADate,
                $"{Capitalise(what)} should be a date written YYYY-MM-DD, for example 2009-04-01, but it is {scalar.Describe()}.",
                node.Location);
            return null;
        }

        var year = int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups[2].ValueSpan, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups[3].ValueSpan, CultureInfo.InvariantCulture);
        string? impossible = null;
        if (year < 1)
        {
            impossible = "there is no year 0000";
        }
        else if (month is < 1 or > 12)
        {
            impossible = string.Create(CultureInfo.InvariantCulture, $"there is no month {month:00} (months run from 01 to 12)");
        }
        else if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            impossible = string.Create(
                CultureInfo.InvariantCulture,
                $"{MonthNames[month - 1]} {year} has {DateTime.DaysInMonth(year, month)} days");
        }

        if (impossible is not null)
        {
            bag.Error(
                DiagnosticCodes.ImpossibleDate,
                $"{Capitalise(what)} is '{scalar.Value}', which is not a real date: {impossible}.",
                node.Location);
            return null;
        }

        return new DateOnly(year, month, day);
    }

    /// <summary>true or false, written without quotes.</summary>
    /// <param name="node">The node.</param>
    /// <param name="what">What the value is, for messages.</param>
    /// <param name="bag">Where problems are reported.</param>
    public static bool? Boolean(YamlNode node, string what, DiagnosticBag bag)
    {
        if (Scalar(node, what, "true or false", bag) is not { } scalar || scalar.IsNull)
        {
            return null;
        }

        if (scalar.AsBoolean is { } value)
        {
            return value;
        }

        bag.Error(
            DiagnosticCodes.WrongType,
            $"{Capitalise(what)} should be true or false (without quotes), but it is {scalar.Describe()}.",
            node.Location);
        return null;
    }

    /// <summary>One of an enum's values, by its camelCase name.</summary>
    /// <typeparam name="T">The enum.</typeparam>
    /// <param name="node">The node.</param>
    /// <param name="what">What the value is, for messages.</param>
    /// <param name="required">Whether an empty value is an error.</param>
    /// <param name="bag">Where problems are reported.</param>
    public static T? Enum<T>(YamlNode node, string what, bool required, DiagnosticBag bag)
        where T : struct, System.Enum
    {
        var names = YamlNames.ValuesOf<T>().Select(p => p.Key).ToArray();
        var valid = string.Join(", ", names);
        if (Scalar(node, what, $"one of {valid}", bag) is not { } scalar)
        {
            return null;
        }

        if (scalar.IsNull)
        {
            if (required)
            {
                bag.Error(DiagnosticCodes.EmptyValue, $"{Capitalise(what)} is empty; write one of: {valid}.", node.Location);
            }

            return null;
        }

        if (YamlNames.TryParse<T>(scalar.Value, out var value))
        {
            return value;
        }

        bag.Error(
            DiagnosticCodes.UnknownEnumValue,
            $"{Capitalise(what)} is '{YamlScalar.Shorten(scalar.Value)}', which is not a valid value.{Suggestions.DidYouMean(scalar.Value, names)} Valid values: {valid}.",
            node.Location);
        return null;
    }

    /// <summary>The node as a single value, or a wrong-type error naming what was expected.</summary>
    /// <param name="node">The node.</param>
    /// <param name="what">What the value is, for messages.</param>
    /// <param name="expected">What was expected, for example "text" or "a date (YYYY-MM-DD)".</param>
    /// <param name="bag">Where problems are reported.</param>
    public static YamlScalar? Scalar(YamlNode node, string what, string expected, DiagnosticBag bag)
    {
        if (node is YamlScalar scalar)
        {
            return scalar;
        }

        bag.Error(
            DiagnosticCodes.WrongType,
            $"{Capitalise(what)} should be {expected}, but it is {node.Describe()}.",
            node.Location);
        return null;
    }

    /// <summary>A date as the file writes it: YYYY-MM-DD.</summary>
    /// <param name="date">The date.</param>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The text with its first letter in upper case.</summary>
    /// <param name="text">The text.</param>
    public static string Capitalise(string text) =>
        text.Length == 0 || !char.IsLower(text[0]) ? text : string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1));

    [GeneratedRegex(@"^([0-9]{4})-([0-9]{2})-([0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex DateForm();
}
