using System.Globalization;

namespace Governance.Rules.Reports.Writing;

/// <summary>Dates as every output of the tool writes them, and as <c>--as-at</c> reads them: <c>yyyy-MM-dd</c>.</summary>
internal static class IsoDate
{
    /// <summary>The pattern, for example <c>2010-06-30</c>.</summary>
    public const string Pattern = "yyyy-MM-dd";

    /// <summary>The date written <c>yyyy-MM-dd</c>.</summary>
    /// <param name="date">The date.</param>
    public static string Format(DateOnly date) => date.ToString(Pattern, CultureInfo.InvariantCulture);
}
