using Governance.Rules.Definitions;

namespace Governance.Rules.LegacyEngine;

/// <summary>
/// A pattern: binds its slot to each candidate fact that passes the pattern's filters (evaluated once per fact per
/// pass, see <see cref="PatternCandidates"/>) and its join conditions (evaluated per outer tuple).
/// </summary>
internal sealed class PatternNode : MatchNode
{
    /// <summary>Makes the node.</summary>
    public PatternNode(int id, PatternElement element, int slot, IReadOnlyList<CompiledCondition> filters, IReadOnlyList<CompiledCondition> joins, JoinKey? joinKey)
    {
        Id = id;
        Element = element;
        Slot = slot;
        Filters = [.. filters];
        Joins = [.. joins];
        JoinKey = joinKey;
    }

    /// <summary>The pattern's number, unique in the compiled rule set: its index in a session's candidate cache.</summary>
    public int Id { get; }

    /// <summary>The pattern as written.</summary>
    public PatternElement Element { get; }

    /// <summary>The frame slot the pattern binds.</summary>
    public int Slot { get; }

    /// <summary>The conditions over the pattern's own fact only.</summary>
    public CompiledCondition[] Filters { get; }

    /// <summary>The conditions that also read earlier bindings.</summary>
    public CompiledCondition[] Joins { get; }

    /// <summary>An equality in a join by which candidates can be looked up, if there is one.</summary>
    public JoinKey? JoinKey { get; }

    /// <inheritdoc />
    public override bool Match(MatchContext context, Func<bool> next)
    {
        var candidates = context.CandidatesFor(this);
        if (JoinKey is not null && candidates.IsIndexed && context.TryEvaluateKey(JoinKey.Outer, out var key))
        {
            return Visit(candidates.WithKey(key), context, next) && Visit(candidates.Unkeyed, context, next);
        }

        return Visit(candidates.All, context, next);
    }

    private bool Visit(ReadOnlySpan<object> candidates, MatchContext context, Func<bool> next)
    {
        var frame = context.Frame;
        foreach (var candidate in candidates)
        {
            context.ThrowIfCancelled();
            if (candidate is FilterFailure failure)
            {
                frame[Slot] = failure.Fact;
                context.RecordError(failure.Filter.Element.Text, failure.Filter.Element.Location, failure.Error);
                continue;
            }

            frame[Slot] = candidate;
            if (context.TestAll(Joins) && !next())
            {
                frame[Slot] = null;
                return false;
            }
        }

        frame[Slot] = null;
        return true;
    }
}
