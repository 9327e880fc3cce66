namespace Governance.Cli.CommandLine;

/// <summary>Finds the known name nearest to a misspelt one, for "did you mean ...?" hints.</summary>
internal static class Suggestions
{
    /// <summary>
    /// The candidate nearest to <paramref name="written"/> by edit distance, if it is near enough to be a likely
    /// misspelling (at most a third of the word's letters, and at least one, differ); otherwise <see langword="null"/>.
    /// </summary>
    /// <param name="written">What the user wrote.</param>
    /// <param name="candidates">The names that would have been valid.</param>
    public static string? Nearest(string written, IEnumerable<string> candidates)
    {
        var limit = Math.Max(1, written.Length / 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var distance = Distance(written, candidate);
            if (distance <= limit && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>The edit distance between two words, where swapping two neighbouring letters counts as one edit.</summary>
    /// <param name="a">One word.</param>
    /// <param name="b">The other word.</param>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
