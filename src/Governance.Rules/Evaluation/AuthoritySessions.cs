using Governance.Model;
using Governance.Rules.Engine;

namespace Governance.Rules.Evaluation;

/// <summary>
/// Runs the compiled rules over authorities, scoped: each authority's facts in a session of their own for the rules
/// about one authority (on every core when there are many, unless a trace is being recorded), then, for the rules
/// across authorities, one session per group of authorities that refer to one another, holding their facts and
/// what the first sessions derived from them. The cost grows with the number of authorities, never with its square,
/// and a pattern of a rule about one authority can never match another council's facts.
/// </summary>
internal static class AuthoritySessions
{
    /// <summary>Below this many authorities the sessions run one after another: starting threads would cost more.</summary>
    private const int ParallelFrom = 8;

    /// <summary>Evaluates the rules over the authorities; the result is in canonical order whatever the order given.</summary>
    /// <param name="rules">The compiled rules.</param>
    /// <param name="authorities">The authorities.</param>
    /// <param name="optionsFor">The options of an authority's session (its date, the rules in force then).</param>
    /// <param name="acrossOptionsFor">The options of a session of authorities that refer to one another.</param>
    /// <param name="oneAtATime">Run the sessions one after another on this thread (for a trace, which then needs no locks and comes in order).</param>
    /// <param name="cancellation">Stops the evaluation between sessions and inside them.</param>
    public static EngineResult Evaluate(
        CompiledRules rules,
        IReadOnlyList<Authority> authorities,
        Func<Authority, EngineOptions> optionsFor,
        Func<IReadOnlyList<Authority>, EngineOptions> acrossOptionsFor,
        bool oneAtATime,
        CancellationToken cancellation)
    {
        var ordered = authorities.OrderBy(a => a.Code, StringComparer.Ordinal).ThenBy(a => a.Location.File, StringComparer.Ordinal).ToList();
        var local = new EngineResult[ordered.Count];
        void RunLocal(int i)
        {
            var options = optionsFor(ordered[i]);
            local[i] = Owned(
                cancellation.IsCancellationRequested
                    ? new EngineResult([], [], [], 0, StopReason.Cancelled)
                    : rules.CreateSession(AuthorityFacts.Of([ordered[i]], rules.MayRead), options).Run(cancellation),
                [ordered[i]]);
        }

        if (ordered.Count >= ParallelFrom && !oneAtATime)
        {
            Parallel.For(0, ordered.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, RunLocal);
        }
        else
        {
            for (var i = 0; i < ordered.Count; i++)
            {
                RunLocal(i);
            }
        }

        var results = new List<EngineResult>(local);
        if (rules.Across is not null)
        {
            var derivedBy = ordered.Select((a, i) => (a, i)).ToDictionary(x => x.a, x => local[x.i].DerivedFacts);
            foreach (var group in LinkedGroups(ordered))
            {
                var options = acrossOptionsFor(group);
                results.Add(Owned(
                    cancellation.IsCancellationRequested
                        ? new EngineResult([], [], [], 0, StopReason.Cancelled)
                        : rules.EvaluateAcross(AuthorityFacts.Of(group, rules.MayRead), group.SelectMany(a => derivedBy[a]), options, cancellation),
                    group));
            }
        }

        return EngineResult.Merge(results, new FactOrder(null));
    }

    /// <summary>A session's result, its stops marked with the authorities it evaluated.</summary>
    private static EngineResult Owned(EngineResult result, IReadOnlyList<Authority> authorities) =>
        result.Stops.Count == 0 ? result : result with { Stops = [.. result.Stops.Select(s => s with { Owner = authorities })] };

    /// <summary>
    /// The authorities grouped by the references between them (a joint post, a represented authority, a district):
    /// two authorities are in one group when one refers to the other, directly or through others in the group.
    /// Groups come in the order of their first authority's code.
    /// </summary>
    /// <param name="authorities">The authorities, ordered by code.</param>
    public static IReadOnlyList<IReadOnlyList<Authority>> LinkedGroups(IReadOnlyList<Authority> authorities)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < authorities.Count; i++)
        {
            index.TryAdd(authorities[i].Code, i);
        }

        var parent = Enumerable.Range(0, authorities.Count).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        for (var i = 0; i < authorities.Count; i++)
        {
            foreach (var reference in References(authorities[i]))
            {
                if (index.TryGetValue(reference.Code, out var j))
                {
                    parent[Root(j)] = Root(i);
                }
            }
        }

        return [.. Enumerable.Range(0, authorities.Count)
            .GroupBy(Root)
            .Select(g => (IReadOnlyList<Authority>)[.. g.Select(i => authorities[i])])];
    }

    private static IEnumerable<AuthorityReference> References(Authority authority) =>
        authority.Districts
            .Concat(authority.Posts.SelectMany(p => p.JointWith))
            .Concat(authority.Boards.SelectMany(b => b.Members).Select(m => m.RepresentedAuthority).OfType<AuthorityReference>());
}
