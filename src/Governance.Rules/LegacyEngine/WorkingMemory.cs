using Governance.Rules.Definitions;

namespace Governance.Rules.LegacyEngine;

/// <summary>
/// A session's facts: the input facts, indexed once per session by the model types the rules match, and the derived
/// facts by kind. An input fact of a type no rule matches is not kept. The same input object given twice is one
/// fact; a derived fact equal to one already known is not added again.
/// </summary>
internal sealed class WorkingMemory
{
    private readonly Dictionary<Type, List<object>> byType = [];
    private readonly Dictionary<string, List<object>> byKind = new(StringComparer.Ordinal);
    private readonly HashSet<DerivedFact> knownDerived = [];
    private readonly List<DerivedFact> derived = [];

    /// <summary>Fills the memory with the input facts.</summary>
    /// <param name="facts">Model objects and, optionally, derived facts.</param>
    /// <param name="typesRead">The model types patterns match; facts are indexed under each type they are an instance of.</param>
    public WorkingMemory(IEnumerable<object> facts, IReadOnlyList<Type> typesRead)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(typesRead);
        foreach (var type in typesRead)
        {
            byType.TryAdd(type, []);
        }

        // Which of the lists each runtime type goes into, worked out once per runtime type.
        var listsFor = new Dictionary<Type, List<object>[]>();
        var seen = new HashSet<object>(facts.TryGetNonEnumeratedCount(out var count) ? count : 0, ReferenceEqualityComparer.Instance);
        foreach (var fact in facts)
        {
            ArgumentNullException.ThrowIfNull(fact, nameof(facts));
            if (fact is DerivedFact given)
            {
                Remember(given);
                continue;
            }

            var runtimeType = fact.GetType();
            if (!listsFor.TryGetValue(runtimeType, out var lists))
            {
                lists = ListsFor(runtimeType);
                listsFor.Add(runtimeType, lists);
            }

            if (lists.Length > 0 && seen.Add(fact))
            {
                foreach (var list in lists)
                {
                    list.Add(fact);
                }
            }
        }
    }

    /// <summary>The lists a fact of the runtime type goes into: those of the types read that it is an instance of.</summary>
    private List<object>[] ListsFor(Type runtimeType) =>
        [.. byType.Where(entry => entry.Key.IsAssignableFrom(runtimeType)).Select(entry => entry.Value)];

    /// <summary>Changes every time a fact is added, so cached candidates know when they are stale.</summary>
    public int Generation { get; private set; }

    /// <summary>The facts derived in this session, in the order they were derived.</summary>
    public IReadOnlyList<DerivedFact> Derived => derived;

    /// <summary>
    /// The facts of a type, in the order given: for a model type, the input facts of it or a subtype; for a derived
    /// kind, its facts.
    /// </summary>
    /// <exception cref="InvalidOperationException">The model type is not one the memory was made to index.</exception>
    /// <returns>The memory's own list, to be read and never changed.</returns>
    public List<object> FactsOf(FactType type)
    {
        if (type.Derived is not null)
        {
            return byKind.TryGetValue(type.Derived.Kind, out var ofKind) ? ofKind : [];
        }

        return byType.TryGetValue(type.ClrType, out var ofType)
            ? ofType
            : throw new InvalidOperationException($"The working memory does not index {type.ClrType.Name}: no pattern of the rule set matches it.");
    }

    /// <summary>Adds a derived fact unless an equal one is known.</summary>
    /// <returns>Whether the fact was new.</returns>
    public bool AddDerived(DerivedFact fact)
    {
        if (!Remember(fact))
        {
            return false;
        }

        derived.Add(fact);
        return true;
    }

    private bool Remember(DerivedFact fact)
    {
        if (!knownDerived.Add(fact))
        {
            return false;
        }

        if (!byKind.TryGetValue(fact.Kind, out var ofKind))
        {
            ofKind = [];
            byKind.Add(fact.Kind, ofKind);
        }

        ofKind.Add(fact);
        Generation++;
        return true;
    }
}
