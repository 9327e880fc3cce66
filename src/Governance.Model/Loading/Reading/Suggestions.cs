namespace Governance.Model.Loading.Reading;

/// <summary>Finds the candidate a misspelt word was probably meant to be, for "did you mean ...?".</summary>
internal static class Suggestions
{
    // Bounds that keep suggestion cost small whatever a hostile file holds.
    private const int MaxWordLength = 64;
    private const int MaxCandidates = 2000;

    /// <summary>The closest candidate (ignoring case) within a small edit distance, or <see langword="null"/>.</summary>
    /// <param name="word">What was written.</param>
    /// <param name="candidates">The valid words.</param>
    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        if (word.Length == 0 || word.Length > MaxWordLength)
        {
            return null;
        }

        var threshold = Math.Clamp(word.Length / 3, 1, 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates.Take(MaxCandidates))
        {
            if (candidate.Length > MaxWordLength || Math.Abs(candidate.Length - word.Length) > threshold)
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

    /// <summary>The optimal-string-alignment distance, ignoring case: insertions, deletions, substitutions, swaps.</summary>
    internal static int Distance(string a, string b)
    {
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
}
