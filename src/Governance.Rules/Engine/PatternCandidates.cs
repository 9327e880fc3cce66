namespace Governance.Rules.Engine;

/// <summary>
/// A fact that passed a pattern's filters, or whose filter threw (the error is reported for each tuple that reaches
/// the fact, so it is never silently a non-match).
/// </summary>
/// <param name="Fact">The fact.</param>
/// <param name="FailedFilter">The filter that threw, if one did.</param>
/// <param name="Error">What it threw.</param>
internal readonly record struct Candidate(object Fact, CompiledCondition? FailedFilter, Exception? Error);

/// <summary>
/// The facts that pass one pattern's filters, computed once per pass of a stratum, and optionally indexed by the
/// pattern's join key.
/// </summary>
internal sealed class PatternCandidates
{
    private readonly Dictionary<ValueKey, List<Candidate>>? byKey;

    /// <summary>Makes the candidates.</summary>
    /// <param name="generation">The working memory's generation they were computed from.</param>
    /// <param name="all">Every candidate.</param>
    /// <param name="byKey">Candidates by their join key, or null when the pattern has no join key.</param>
    /// <param name="unkeyed">Candidates whose key could not be computed, or whose filter threw.</param>
    public PatternCandidates(int generation, IReadOnlyList<Candidate> all, Dictionary<ValueKey, List<Candidate>>? byKey, IReadOnlyList<Candidate> unkeyed)
    {
        Generation = generation;
        All = all;
        this.byKey = byKey;
        Unkeyed = unkeyed;
    }

    /// <summary>The working memory's generation these were computed from.</summary>
    public int Generation { get; }

    /// <summary>Every candidate.</summary>
    public IReadOnlyList<Candidate> All { get; }

    /// <summary>Whether candidates can be looked up by key.</summary>
    public bool IsIndexed => byKey is not null;

    /// <summary>The candidates that are always tried when looking up by key.</summary>
    public IReadOnlyList<Candidate> Unkeyed { get; }

    /// <summary>The candidates whose key equals <paramref name="key"/>.</summary>
    public IReadOnlyList<Candidate> WithKey(object? key) =>
        byKey is not null && byKey.TryGetValue(new ValueKey(key), out var found) ? found : [];
}
