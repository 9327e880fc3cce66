using Governance.Rules.Definitions;

namespace Governance.Rules.Engine;

/// <summary>
/// A session's facts: the input facts, indexed by type once per session, and the derived facts by kind. The same
/// input object given twice is one fact; a derived fact equal to one already known is not added again.
/// </summary>
internal sealed class WorkingMemory
{
    private readonly List<object> inputs = [];
    private readonly Dictionary<Type, List<object>> byType = [];
    private readonly Dictionary<string, List<object>> byKind = new(StringComparer.Ordinal);
    private readonly HashSet<DerivedFact> knownDerived = [];
    private readonly List<DerivedFact> derived = [];

    /// <summary>Fills the memory with the input facts.</summary>
    public WorkingMemory(IEnumerable<object> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var fact in facts)
        {
            ArgumentNullException.ThrowIfNull(fact, nameof(facts));
            if (fact is DerivedFact given)
            {
                Remember(given);
            }
            else if (seen.Add(fact))
            {
                inputs.Add(fact);
            }
        }
    }

    /// <summary>Changes every time a fact is added, so cached candidates know when they are stale.</summary>
    public int Generation { get; private set; }

    /// <summary>The facts derived in this session, in the order they were derived.</summary>
    public IReadOnlyList<DerivedFact> Derived => derived;

    /// <summary>The facts of a type: for a model type, the input facts of it or a subtype; for a derived kind, its facts.</summary>
    public IReadOnlyList<object> FactsOf(FactType type)
    {
        if (type.Derived is not null)
        {
            return byKind.TryGetValue(type.Derived.Kind, out var ofKind) ? ofKind : [];
        }

        if (!byType.TryGetValue(type.ClrType, out var ofType))
        {
            ofType = inputs.Where(type.ClrType.IsInstanceOfType).ToList();
            byType.Add(type.ClrType, ofType);
        }

        return ofType;
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
