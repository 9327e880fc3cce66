using System.Runtime.InteropServices;

namespace Governance.Rules.LegacyEngine;

/// <summary>
/// A fact whose pattern filter threw. It stays among the pattern's candidates, in its place, so that the error is
/// reported for each tuple that reaches the fact and is never silently a non-match.
/// </summary>
/// <param name="Fact">The fact.</param>
/// <param name="Filter">The filter that threw.</param>
/// <param name="Error">What it threw.</param>
internal sealed record FilterFailure(object Fact, CompiledCondition Filter, Exception Error);

/// <summary>
/// The facts that pass one pattern's filters (and <see cref="FilterFailure"/>s), in the working memory's order,
/// computed once per pass of a stratum; for a pattern with a join key, also grouped by key in one array, so that a
/// lookup is a slice of it.
/// </summary>
internal sealed class PatternCandidates
{
    private readonly List<object> all;
    private readonly Dictionary<ValueKey, int>? groupOfKey;
    private readonly int[] groupStarts;
    private readonly object[] byKey;
    private readonly object[] unkeyed;

    private PatternCandidates(int generation, List<object> all, Dictionary<ValueKey, int>? groupOfKey, int[] groupStarts, object[] byKey, object[] unkeyed)
    {
        Generation = generation;
        this.all = all;
        this.groupOfKey = groupOfKey;
        this.groupStarts = groupStarts;
        this.byKey = byKey;
        this.unkeyed = unkeyed;
    }

    /// <summary>The working memory's generation these were computed from.</summary>
    public int Generation { get; }

    /// <summary>Every candidate. Read it before the working memory changes.</summary>
    public ReadOnlySpan<object> All => CollectionsMarshal.AsSpan(all);

    /// <summary>Whether candidates can be looked up by key.</summary>
    public bool IsIndexed => groupOfKey is not null;

    /// <summary>The candidates that are always tried when looking up by key: those whose key could not be computed, or whose filter threw.</summary>
    public ReadOnlySpan<object> Unkeyed => unkeyed;

    /// <summary>Candidates not grouped by key.</summary>
    /// <param name="generation">The working memory's generation they were computed from.</param>
    /// <param name="all">Every candidate; not copied, so it may be the working memory's own list.</param>
    public static PatternCandidates Ungrouped(int generation, List<object> all) => new(generation, all, null, [], [], []);

    /// <summary>Candidates grouped by key, each group in the order of <paramref name="all"/>.</summary>
    /// <param name="generation">The working memory's generation they were computed from.</param>
    /// <param name="all">Every candidate; not copied.</param>
    /// <param name="keyOf">A candidate's key, or null for a candidate to try whatever the key; called once per candidate.</param>
    public static PatternCandidates Grouped(int generation, List<object> all, Func<object, ValueKey?> keyOf)
    {
        // Number the distinct keys in order of appearance and count each group's candidates...
        var groupOf = new int[all.Count];
        var counts = new List<int>();
        var numbers = new Dictionary<ValueKey, int>();
        var unkeyed = new List<object>();
        for (var i = 0; i < groupOf.Length; i++)
        {
            if (keyOf(all[i]) is not { } key)
            {
                groupOf[i] = -1;
                unkeyed.Add(all[i]);
                continue;
            }

            if (!numbers.TryGetValue(key, out var number))
            {
                number = counts.Count;
                numbers.Add(key, number);
                counts.Add(0);
            }

            groupOf[i] = number;
            counts[number]++;
        }

        // ...then lay the groups out one after another: group g is byKey[starts[g]..starts[g + 1]].
        var starts = new int[counts.Count + 1];
        for (var group = 0; group < counts.Count; group++)
        {
            starts[group + 1] = starts[group] + counts[group];
        }

        var byKey = new object[groupOf.Length - unkeyed.Count];
        var filled = new int[counts.Count];
        for (var i = 0; i < groupOf.Length; i++)
        {
            if (groupOf[i] is var group and >= 0)
            {
                byKey[starts[group] + filled[group]++] = all[i];
            }
        }

        return new PatternCandidates(generation, all, numbers, starts, byKey, [.. unkeyed]);
    }

    /// <summary>The candidates whose key equals <paramref name="key"/>.</summary>
    public ReadOnlySpan<object> WithKey(object? key) =>
        groupOfKey is not null && groupOfKey.TryGetValue(new ValueKey(key), out var group)
            ? byKey.AsSpan(groupStarts[group], groupStarts[group + 1] - groupStarts[group])
            : [];
}
