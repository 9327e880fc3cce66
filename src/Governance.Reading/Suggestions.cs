namespace Governance.Reading;

/// <summary>
/// "Did you mean ...?" by edit distance, and short lists of what is valid: for authority files, rule files and the
/// condition language alike. Names starting with '$' are hidden (the condition language's own bindings): they are
/// never suggested or listed.
/// </summary>
internal static class Suggestions
{
    /// <summary>The most a list shows in full; a longer one is cut short with "and N more".</summary>
    public const int ListLimit = 24;

    // Bounds that keep suggestion cost small whatever a hostile file holds.
    private const int MaxWordLength = 64;
    private const int MaxCandidates = 2000;

    /// <summary>
    /// The closest candidate (ignoring case) within a small edit distance, or <see langword="null"/>: never the word
    /// itself, never a hidden name.
    /// </summary>
    /// <param name="word">What was written.</param>
    /// <param name="candidates">The valid words.</param>
    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length == 0 || word.Length > MaxWordLength)
        {
            return null;
        }

        var threshold = Math.Clamp(word.Length / 3, 1, 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates.Take(MaxCandidates))
        {
            if (candidate.Length > MaxWordLength ||
                Math.Abs(candidate.Length - word.Length) > threshold ||
                IsHidden(candidate) ||
                string.Equals(candidate, word, StringComparison.Ordinal))
            {
                continue;
            }

            var distance = Distance(word, candidate);
            if (distance <= threshold && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>" Did you mean 'x'?" when there is a close candidate, otherwise empty.</summary>
    /// <param name="word">What was written.</param>
    /// <param name="candidates">The valid words.</param>
    public static string DidYouMean(string word, IEnumerable<string> candidates) =>
        Closest(word, candidates) is { } best ? $" Did you mean '{best}'?" : string.Empty;

    /// <summary>The names quoted and comma-joined, hidden names left out, cut short after <see cref="ListLimit"/>.</summary>
    /// <param name="names">The names.</param>
    public static string List(IEnumerable<string> names)
    {
        var visible = names.Where(n => !IsHidden(n)).ToList();
        var shown = string.Join(", ", visible.Take(ListLimit).Select(n => $"'{n}'"));
        return visible.Count > ListLimit ? $"{shown} and {visible.Count - ListLimit} more" : shown;
    }

    /// <summary>The optimal-string-alignment distance, ignoring case: insertions, deletions, substitutions, swaps.</summary>
    /// <param name="a">One word.</param>
    /// <param name="b">The other.</param>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToUpperInvariant(a[i - 1]) == char.ToUpperInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 &&
                    char.ToUpperInvariant(a[i - 1]) == char.ToUpperInvariant(b[j - 2]) &&
                    char.ToUpperInvariant(a[i - 2]) == char.ToUpperInvariant(b[j - 1]))
                {
                    current[j] = Math.Min(current[j], previous2[j - 2] + 1);
                }
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }

    private static bool IsHidden(string name) => name.StartsWith('$');
}
