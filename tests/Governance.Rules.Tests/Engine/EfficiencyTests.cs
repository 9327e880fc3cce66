using Governance.Model;
using Governance.Rules.Definitions;
using Governance.Rules.Engine;
using Governance.Rules.Evaluation.Running;
using static Governance.Rules.Tests.Engine.RuleKit;

namespace Governance.Rules.Tests.Engine;

/// <summary>
/// The work the engine does grows linearly with the number of authorities: counted as conditions evaluated, which is
/// deterministic, rather than timed. NRules tests a join's condition on every pair of candidates in a session, so the
/// work stays linear because each authority is its own session: a join never pairs one council's posts with another's.
/// </summary>
public class EfficiencyTests
{
    [TestCase(10)]
    [TestCase(100)]
    public void Filters_run_once_per_fact_and_a_join_pairs_only_the_facts_of_one_authority(int authorities)
    {
        var isDcs = Cond((Post dcs, DateOnly asAt) => dcs.Role == PostRole.DirectorOfChildrensServices);
        var isDass = Cond((Post dcs, Post dass, DateOnly asAt) => dass.Role == PostRole.DirectorOfAdultSocialServices);
        var sameHolder = Cond((Post dcs, Post dass, DateOnly asAt) => dass.Holder == dcs.Holder);
        var rule = Finding("dcs-dass", Pattern<Post>("dcs", isDcs), Pattern<Post>("dass", isDass, sameHolder));

        var trace = new CountingTrace();
        var result = EvaluatePerAuthority(rule, DirectorsAndChiefs(authorities), trace);

        result.Matches.Should().HaveCount((authorities + 1) / 2);
        trace.Count(isDcs).Should().Be(3 * authorities);
        trace.Count(isDass).Should().Be(3 * authorities, "a filter runs once per fact, not once per outer tuple");
        trace.Count(sameHolder).Should().Be(authorities, "each DCS is tried against the one DASS post of its own authority");
    }

    [TestCase(10)]
    [TestCase(100)]
    public void A_join_written_as_one_condition_with_other_terms_tries_only_the_posts_of_the_same_authority(int authorities)
    {
        // As the shipped rules write it: "Post where role == DirectorOfAdultSocialServices and holder == dcs.holder".
        var isDcs = Cond((Post dcs, DateOnly asAt) => dcs.Role == PostRole.DirectorOfChildrensServices);
        var dassWithSameHolder = Cond((Post dcs, Post dass, DateOnly asAt) => dass.Role == PostRole.DirectorOfAdultSocialServices && dass.Holder == dcs.Holder);
        var rule = Finding("dcs-dass", Pattern<Post>("dcs", isDcs), Pattern<Post>("dass", dassWithSameHolder));

        var trace = new CountingTrace();
        var result = EvaluatePerAuthority(rule, DirectorsAndChiefs(authorities), trace);

        result.Matches.Should().HaveCount((authorities + 1) / 2);
        trace.Count(dassWithSameHolder).Should().Be(3 * authorities, "each DCS is tried against the three posts of its own authority, never every post");
    }

    [TestCase(10)]
    [TestCase(100)]
    public void Not_tries_only_the_candidates_of_the_same_authority(int authorities)
    {
        // "not: Post where holder == dcs.holder and role != DirectorOfChildrensServices": each DCS holds two other posts.
        var isDcs = Cond((Post dcs, DateOnly asAt) => dcs.Role == PostRole.DirectorOfChildrensServices);
        var otherPostOfHolder = Cond((Post dcs, Post other, DateOnly asAt) => other.Holder == dcs.Holder && other.Role != PostRole.DirectorOfChildrensServices);
        var rule = Finding("dcs-holds-nothing-else", Pattern<Post>("dcs", isDcs), Not(Pattern<Post>("other", otherPostOfHolder)));
        var councils = Enumerable.Range(0, authorities).Select(i =>
        {
            var director = Facts.Officer($"d{i}");
            return Council(i, director, Facts.Post($"dcs{i}", PostRole.DirectorOfChildrensServices, director), Facts.Post($"dass{i}", PostRole.DirectorOfAdultSocialServices, director), Facts.Post($"chief{i}", PostRole.ChiefExecutive, director));
        }).ToList();

        var trace = new CountingTrace();
        var result = EvaluatePerAuthority(rule, councils, trace);

        result.Matches.Should().BeEmpty();
        trace.Count(otherPostOfHolder).Should().Be(3 * authorities, "each DCS is tried against the three posts of its own authority");
    }

    [Test]
    public void Facts_of_types_no_pattern_matches_are_not_inserted_and_each_fact_given_twice_is_inserted_once_in_canonical_order()
    {
        var jane = Facts.Officer("jane");
        var councillor = Facts.Councillor("cllr");
        var dcs = Facts.Post("dcs", PostRole.DirectorOfChildrensServices, jane);
        var leader = Facts.Post("leader", PostRole.Leader, councillor);
        var rules = Compile(Finding("posts", Pattern<Post>("p")));

        var inserted = SessionFacts.Prepare([leader, jane, councillor, dcs, leader, jane], rules.MayRead, new FactOrder(null));

        inserted.Should().Equal(dcs, leader);
    }

    [Test]
    public void A_compiled_rule_set_knows_the_model_types_its_patterns_match_including_nested_ones()
    {
        var rule = Finding(
            "dcs-with-lead-member",
            Pattern<Post>("dcs"),
            Not(Pattern<Person>("p")),
            Count("n", Pattern<Officer>("o")));

        var compiled = Compile(rule);

        compiled.ModelTypesRead.Should().BeEquivalentTo([typeof(Post), typeof(Person), typeof(Officer)]);
        compiled.MayRead(typeof(Councillor)).Should().BeTrue("a pattern over Person matches councillors");
        compiled.MayRead(typeof(Governance.Model.ModelElement)).Should().BeTrue("an element declared as a base type may be a post");
        compiled.MayRead(typeof(Board)).Should().BeFalse();
    }

    private static EngineResult EvaluatePerAuthority(RuleDefinition rule, IReadOnlyList<Authority> authorities, CountingTrace trace)
    {
        var options = new EngineOptions { AsAt = AsAt, Trace = trace };
        return AuthoritySessions.Evaluate(Compile(rule), authorities, _ => options, _ => options, oneAtATime: true, CancellationToken.None);
    }

    private static List<Authority> DirectorsAndChiefs(int authorities) =>
        [.. Enumerable.Range(0, authorities).Select(i =>
        {
            var director = Facts.Officer($"d{i}");
            var dass = i % 2 == 0 ? director : Facts.Officer($"a{i}");
            var chief = Facts.Officer($"c{i}");
            return Council(
                i,
                director,
                Facts.Post($"dcs{i}", PostRole.DirectorOfChildrensServices, director),
                Facts.Post($"dass{i}", PostRole.DirectorOfAdultSocialServices, dass),
                Facts.Post($"chief{i}", PostRole.ChiefExecutive, chief));
        })];

    private static Authority Council(int i, Person director, params Post[] posts) => new()
    {
        Code = $"E{i:D8}",
        Name = $"Council {i}",
        Kind = AuthorityKind.MetropolitanDistrict,
        RecordedAsAt = AsAt,
        People = [.. posts.Select(p => p.Holder!).Prepend(director).Distinct()],
        Posts = posts,
        Location = At(i),
    };

    private sealed class CountingTrace : IEngineTrace
    {
        private readonly Dictionary<System.Linq.Expressions.LambdaExpression, int> counts = [];

        public int Count(System.Linq.Expressions.LambdaExpression condition) => counts.GetValueOrDefault(condition);

        public void ConditionEvaluated(ConditionEvaluatedEvent e) => counts[e.Condition.Expression] = Count(e.Condition.Expression) + 1;

        public void ActivationCreated(ActivationEvent e)
        {
        }

        public void RuleFired(ActivationEvent e)
        {
        }

        public void FactDerived(FactDerivedEvent e)
        {
        }
    }
}
