namespace Governance.Model.InForce;

/// <summary>The one reading of a term of office or membership: from its first day to its last day, both included.</summary>
internal static class Term
{
    /// <summary>
    /// Whether a term covers a date: it started on or before the date (or its start is not recorded) and did not end
    /// before it (or its end is not recorded). The first and last days are both in the term.
    /// </summary>
    /// <param name="start">The first day, if recorded.</param>
    /// <param name="end">The last day, if recorded.</param>
    /// <param name="date">The date.</param>
    public static bool Covers(DateOnly? start, DateOnly? end, DateOnly date) =>
        (start is not { } first || first <= date) && (end is not { } last || date <= last);
}
