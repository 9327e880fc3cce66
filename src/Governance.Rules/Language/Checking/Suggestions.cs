namespace Governance.Rules.Language.Checking;

/// <summary>"Did you mean ...?" by edit distance, and short lists of what is valid.</summary>
internal static class Suggestions
{
    /// <summary>The most lists show in full; longer ones are cut short with "and N more".</summary>
    public const int ListLimit = 16;

    /// <summary>The candidate nearest to <paramref name="name"/>, if it is near enough to be a likely slip; else null.</summary>
    public static string? Nearest(string name, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(name);
        string? best = null;
        var bestDistance = int.MaxValue;
        var lowered = name.ToLowerInvariant();
        foreach (var candidate in candidates)
        {
            if (string.Equals(candidate, name, StringComparison.Ordinal) || candidate.StartsWith('$'))
            {
                continue;
            }

            var distance = Distance(lowered, candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        var allowed = Math.Max(1, Math.Min(3, name.Length / 3));
        return best is not null && bestDistance <= allowed ? best : null;
    }

    /// <summary>" Did you mean 'x'?" or an empty string.</summary>
    public static string DidYouMean(string name, IEnumerable<string> candidates) =>
        Nearest(name, candidates) is { } nearest ? $" Did you mean '{nearest}'?" : string.Empty;

    /// <summary>The names quoted and comma-joined, cut short after <see cref="ListLimit"/>.</summary>
    public static string List(IEnumerable<string> names)
    {
        var visible = names.Where(n => !n.StartsWith('$')).ToList();
        var shown = string.Join(", ", visible.Take(ListLimit).Select(n => $"'{n}'"));
        return visible.Count > ListLimit ? $"{shown} and {visible.Count - ListLimit} more" : shown;
    }

    /// <summary>The optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps.</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
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
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
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
