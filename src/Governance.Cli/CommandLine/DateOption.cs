using System.CommandLine;
using System.Globalization;

namespace Governance.Cli.CommandLine;

/// <summary>An option whose value is a calendar date written <c>yyyy-MM-dd</c>; anything else is a usage error naming the value.</summary>
internal static class DateOption
{
    /// <summary>How dates are written on the command line and in every report: <c>yyyy-MM-dd</c>.</summary>
    public const string Pattern = "yyyy-MM-dd";

    /// <summary>Makes the option.</summary>
    /// <param name="name">The option's name, for example <c>--as-at</c>.</param>
    /// <param name="description">What the option does.</param>
    public static Option<DateOnly?> Create(string name, string description) => new(name)
    {
        Description = description,
        HelpName = Pattern,
        CustomParser = result =>
        {
            var token = result.Tokens.Count == 0 ? string.Empty : result.Tokens[^1].Value;
            if (DateOnly.TryParseExact(token, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            result.AddError($"'{token}' is not a date {name} accepts: {Problem(token)}");
            return null;
        },
    };

    /// <summary>Says what is wrong with a date, in particular a well-formed one that does not exist (2009-02-30).</summary>
    /// <param name="text">What the user wrote.</param>
    internal static string Problem(string text)
    {
        var parts = text.Split('-');
        if (parts.Length == 3 && parts[0].Length == 4 && parts[1].Length == 2 && parts[2].Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            if (month is < 1 or > 12)
            {
                return $"there is no month {month}. Write the date as yyyy-MM-dd, for example 2010-06-30.";
            }

            var monthName = new DateOnly(year, month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture);
            return $"that day does not exist ({monthName} has {DateTime.DaysInMonth(year, month)} days).";
        }

        return "write the date as yyyy-MM-dd, for example 2010-06-30.";
    }
}
