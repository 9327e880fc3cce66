using Governance.Model;
using Governance.Rules.Engine;
using static Governance.Rules.Tests.Engine.RuleKit;

namespace Governance.Rules.Tests.Engine;

/// <summary>
/// The work the engine does grows linearly with the number of authorities: counted as conditions evaluated, which is
/// deterministic, rather than timed.
/// </summary>
public class EfficiencyTests
{
    [TestCase(10)]
    [TestCase(100)]
    public void Filters_run_once_per_fact_and_an_equality_join_looks_candidates_up_instead_of_trying_them_all(int authorities)
    {
        var isDcs = Cond((Post dcs, DateOnly asAt) => dcs.Role == PostRole.DirectorOfChildrensServices);
        var isDass = Cond((Post dcs, Post dass, DateOnly asAt) => dass.Role == PostRole.DirectorOfAdultSocialServices);
        var sameHolder = Cond((Post dcs, Post dass, DateOnly asAt) => dass.Holder == dcs.Holder);
        var rule = Finding("dcs-dass", Pattern<Post>("dcs", isDcs), Pattern<Post>("dass", isDass, sameHolder));
        var facts = new List<object>();
        for (var i = 0; i < authorities; i++)
        {
            var director = Facts.Officer($"d{i}");
            facts.Add(Facts.Post($"dcs{i}", PostRole.DirectorOfChildrensServices, director));
            facts.Add(Facts.Post($"dass{i}", PostRole.DirectorOfAdultSocialServices, i % 2 == 0 ? director : Facts.Officer($"a{i}")));
            facts.Add(Facts.Post($"chief{i}", PostRole.ChiefExecutive, Facts.Officer($"c{i}")));
        }

        var trace = new CountingTrace();
        var result = Compile(rule).Evaluate(facts, new EngineOptions { AsAt = AsAt, Trace = trace });

        result.Matches.Should().HaveCount((authorities + 1) / 2);
        trace.Count(isDcs).Should().Be(3 * authorities);
        trace.Count(isDass).Should().Be(3 * authorities, "a filter runs once per fact, not once per outer tuple");
        trace.Count(sameHolder).Should().Be(authorities / 2 + (authorities % 2), "only the DASS post with the same holder is tried");
    }

    [TestCase(10)]
    [TestCase(100)]
    public void A_join_written_as_one_condition_with_other_terms_looks_candidates_up_by_its_equality(int authorities)
    {
        // As the shipped rules write it: "Post where role == DirectorOfAdultSocialServices and holder == dcs.holder".
        var isDcs = Cond((Post dcs, DateOnly asAt) => dcs.Role == PostRole.DirectorOfChildrensServices);
        var dassWithSameHolder = Cond((Post dcs, Post dass, DateOnly asAt) => dass.Role == PostRole.DirectorOfAdultSocialServices && dass.Holder == dcs.Holder);
        var rule = Finding("dcs-dass", Pattern<Post>("dcs", isDcs), Pattern<Post>("dass", dassWithSameHolder));
        var facts = DirectorsAndChiefs(authorities);

        var trace = new CountingTrace();
        var result = Compile(rule).Evaluate(facts, new EngineOptions { AsAt = AsAt, Trace = trace });

        result.Matches.Should().HaveCount((authorities + 1) / 2);
        trace.Count(dassWithSameHolder).Should().Be(authorities + ((authorities + 1) / 2), "each DCS is tried against its own post and the DASS post it shares a holder with, never every post");
    }

    [TestCase(10)]
    [TestCase(100)]
    public void Not_tries_only_candidates_with_the_key_and_stops_at_the_first_match(int authorities)
    {
        // "not: Post where holder == dcs.holder and role != DirectorOfChildrensServices": each DCS holds two other posts.
        var isDcs = Cond((Post dcs, DateOnly asAt) => dcs.Role == PostRole.DirectorOfChildrensServices);
        var otherPostOfHolder = Cond((Post dcs, Post other, DateOnly asAt) => other.Holder == dcs.Holder && other.Role != PostRole.DirectorOfChildrensServices);
        var rule = Finding("dcs-holds-nothing-else", Pattern<Post>("dcs", isDcs), Not(Pattern<Post>("other", otherPostOfHolder)));
        var facts = new List<object>();
        for (var i = 0; i < authorities; i++)
        {
            var director = Facts.Officer($"d{i}");
            facts.Add(Facts.Post($"dcs{i}", PostRole.DirectorOfChildrensServices, director));
            facts.Add(Facts.Post($"dass{i}", PostRole.DirectorOfAdultSocialServices, director));
            facts.Add(Facts.Post($"chief{i}", PostRole.ChiefExecutive, director));
        }

        var trace = new CountingTrace();
        var result = Compile(rule).Evaluate(facts, new EngineOptions { AsAt = AsAt, Trace = trace });

        result.Matches.Should().BeEmpty();
        trace.Count(otherPostOfHolder).Should().Be(2 * authorities, "the DCS post itself, then the DASS post decides; the third is never tried");
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

    private static List<object> DirectorsAndChiefs(int authorities)
    {
        var facts = new List<object>();
        for (var i = 0; i < authorities; i++)
        {
            var director = Facts.Officer($"d{i}");
            facts.Add(Facts.Post($"dcs{i}", PostRole.DirectorOfChildrensServices, director));
            facts.Add(Facts.Post($"dass{i}", PostRole.DirectorOfAdultSocialServices, i % 2 == 0 ? director : Facts.Officer($"a{i}")));
            facts.Add(Facts.Post($"chief{i}", PostRole.ChiefExecutive, Facts.Officer($"c{i}")));
        }

        return facts;
    }

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
