namespace Governance.Rules.LegacyEngine;

/// <summary>
/// A compiled element of a rule's left-hand side. It finds each way it matches given the values already bound in the
/// context's frame, binding its own names in the frame and calling the continuation once per match.
/// </summary>
internal abstract class MatchNode
{
    /// <summary>Finds the node's matches.</summary>
    /// <param name="context">The session's matching state: the frame, candidates, conditions, errors.</param>
    /// <param name="next">Called once per match, with the node's bindings in the frame; returns false to stop searching.</param>
    /// <returns>False when a continuation asked to stop; true when the search ran to its end.</returns>
    public abstract bool Match(MatchContext context, Func<bool> next);
}

/// <summary>Elements matched in order (<c>and</c>).</summary>
internal sealed class AndNode(IReadOnlyList<MatchNode> children) : MatchNode
{
    /// <inheritdoc />
    public override bool Match(MatchContext context, Func<bool> next)
    {
        if (children.Count == 0)
        {
            return next();
        }

        // The continuation after each child, made once per call rather than once per match of each child.
        var after = next;
        for (var i = children.Count - 1; i > 0; i--)
        {
            var child = children[i];
            var then = after;
            after = () => child.Match(context, then);
        }

        return children[0].Match(context, after);
    }
}

/// <summary>Independent branches (<c>or</c>). Tuples reached by two branches are merged when activations are made.</summary>
internal sealed class OrNode(IReadOnlyList<MatchNode> branches) : MatchNode
{
    /// <inheritdoc />
    public override bool Match(MatchContext context, Func<bool> next)
    {
        foreach (var branch in branches)
        {
            if (!branch.Match(context, next))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>
/// <c>not</c> (when <paramref name="negated"/>) or <c>exists</c>: searches the inner elements until one match is
/// found, then continues at most once. An inner match decides the answer even if other inner candidates threw (their
/// errors are dropped); with no inner match, an inner error leaves the answer unknown, so the errors stand and the
/// outer tuple goes no further.
/// </summary>
internal sealed class ExistenceNode(MatchNode inner, bool negated) : MatchNode
{
    /// <inheritdoc />
    public override bool Match(MatchContext context, Func<bool> next)
    {
        var mark = context.ErrorMark;
        var found = context.FindFirst(inner);

        if (found)
        {
            context.DiscardErrorsSince(mark);
        }
        else if (context.ErrorMark > mark)
        {
            return true;
        }

        return found == negated || next();
    }
}

/// <summary>A condition over the names bound so far (<c>check</c>).</summary>
internal sealed class CheckNode(CompiledCondition condition) : MatchNode
{
    /// <inheritdoc />
    public override bool Match(MatchContext context, Func<bool> next) => !context.Test(condition) || next();
}
