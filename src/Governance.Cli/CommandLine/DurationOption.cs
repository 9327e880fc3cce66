using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Governance.Cli.CommandLine;

/// <summary>
/// An option whose value is a length of time: a number with a unit (<c>500ms</c>, <c>60s</c>, <c>5m</c>, <c>1h</c>; a
/// number alone is seconds), or <c>none</c> (or <c>0</c>) for no limit. Anything else is a usage error naming the value.
/// </summary>
internal static partial class DurationOption
{
    /// <summary>Makes the option.</summary>
    /// <param name="name">The option's name, for example <c>--timeout</c>.</param>
    /// <param name="description">What the option does.</param>
    /// <param name="defaultValue">The value when the option is not given.</param>
    /// <returns>The option; its value is null for no limit.</returns>
    public static Option<TimeSpan?> Create(string name, string description, TimeSpan defaultValue) => new(name)
    {
        Description = description,
        HelpName = "duration",
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result =>
        {
            var token = result.Tokens.Count == 0 ? string.Empty : result.Tokens[^1].Value;
            if (TryParse(token, out var value))
            {
                return value;
            }

            result.AddError($"'{token}' is not a length of time {name} accepts: write a number with a unit, as in 500ms, 60s, 5m or 1h, or 'none' for no limit.");
            return null;
        },
    };

    /// <summary>Reads a length of time; <paramref name="value"/> is null for no limit.</summary>
    /// <param name="text">What the user wrote.</param>
    /// <param name="value">The length of time, or null for no limit.</param>
    /// <returns>Whether the text is a length of time.</returns>
    internal static bool TryParse(string text, out TimeSpan? value)
    {
        value = null;
        if (string.Equals(text, "none", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var match = Duration().Match(text);
        if (!match.Success || !double.TryParse(match.Groups["number"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        var seconds = match.Groups["unit"].Value switch
        {
            "ms" => number / 1000,
            "m" => number * 60,
            "h" => number * 3600,
            _ => number,
        };
        if (seconds > TimeSpan.FromDays(1).TotalSeconds)
        {
            return false;
        }

        value = seconds == 0 ? null : TimeSpan.FromSeconds(seconds);
        return seconds == 0 || value >= TimeSpan.FromMilliseconds(1);
    }

    [GeneratedRegex(@"^(?<number>[0-9]+(\.[0-9]+)?)(?<unit>ms|s|m|h)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Duration();
}
