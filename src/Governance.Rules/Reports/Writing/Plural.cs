using System.Globalization;

namespace Governance.Rules.Reports.Writing;

/// <summary>Counts in words: <c>1 file</c>, <c>2 files</c>.</summary>
internal static class Plural
{
    /// <summary>The count and the noun, made plural unless the count is one.</summary>
    /// <param name="count">How many.</param>
    /// <param name="singular">The noun for one, for example <c>file</c>.</param>
    /// <param name="plural">The noun for several, when it is not the singular with an <c>s</c>.</param>
    public static string Of(int count, string singular, string? plural = null) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural ?? singular + "s");
}
