using System.Linq.Expressions;
using Governance.Model;
using Governance.Rules.Definitions;
using Governance.Rules.Engine;
using static Governance.Rules.Tests.Engine.RuleKit;

namespace Governance.Rules.Tests.Engine;

/// <summary>
/// A join on a key (<c>dass: Post where role == DirectorOfAdultSocialServices and holder == dcs.holder</c>), in a session
/// with many facts, looks its facts up by key instead of trying every pair: the work, counted in steps rather than
/// timed, grows with the facts, and the answers, errors included, are those of the plain join. Most tests here index
/// every session, whatever its size.
/// </summary>
public class KeyedJoinTests
{
    private static readonly LambdaExpression IsDcs = Cond((Post dcs, DateOnly asAt) => dcs.Role == PostRole.DirectorOfChildrensServices);

    [TestCase(100)]
    [TestCase(1_000)]
    public void A_DCS_is_tried_only_against_the_posts_its_holder_holds_not_every_post(int directors)
    {
        var sameHolder = Cond((Post dcs, Post dass, DateOnly asAt) => dass.Role == PostRole.DirectorOfAdultSocialServices && dass.Holder == dcs.Holder);
        var rule = Finding("dcs-dass", Pattern<Post>("dcs", IsDcs), Pattern<Post>("dass", sameHolder));
        var facts = DirectorsOfBoth(directors);

        var (keyed, plain) = RunBothWays(rule, facts);

        keyed.Matches.Should().HaveCount(directors / 10);
        keyed.MatchingSteps.Should().BeLessThanOrEqualTo(5L * directors, "each post's kind is tested once (and once more for an error), and each DCS against the DASS post its holder holds, if any");
        plain.MatchingSteps.Should().BeGreaterThanOrEqualTo((long)directors * directors, "the plain join tries every DCS against every DASS post");
    }

    [Test]
    public void A_key_of_several_parts_pairs_on_all_of_them()
    {
        // As combined-dcs-dass-integrated-second-tier writes it: every post of the session shares the authority.
        var sameAuthorityAndHolder = Cond((Post dcs, Post dass, DateOnly asAt) =>
            dass.Role == PostRole.DirectorOfAdultSocialServices && dass.Id.Length == dcs.Id.Length && dass.Holder == dcs.Holder);
        var rule = Finding("dcs-dass", Pattern<Post>("dcs", IsDcs), Pattern<Post>("dass", sameAuthorityAndHolder));
        var facts = DirectorsOfBoth(1_000);

        var (keyed, _) = RunBothWays(rule, facts);

        keyed.MatchingSteps.Should().BeLessThanOrEqualTo(5_000L, "the holder narrows the candidates even though the first key does not");
    }

    [TestCase(false)]
    [TestCase(true)]
    public void A_key_on_the_authority_is_looked_up_only_where_a_session_holds_many_authorities(bool acrossAuthorities)
    {
        var scope = acrossAuthorities ? RuleScope.AcrossAuthorities : RuleScope.Authority;
        var keyed = acrossAuthorities;
        var ofTheAuthority = Cond((Authority la, Post p, DateOnly asAt) => p.Role == PostRole.DirectorOfChildrensServices && p.Authority == la);
        var rule = Finding("dcs-of-each", Pattern<Authority>("la"), Pattern<Post>("p", ofTheAuthority)) with { Scope = scope };

        var translated = RuleTranslator.Translate(rule, [], keyedJoins: true);

        var post = translated.Holds.Single().Nodes.OfType<PatternNode>().Single(n => n.Name == "p");
        (post.Source is KeyedSource).Should().Be(keyed, "in a rule about one authority the authority is one fact: a key on it narrows nothing");
    }

    [Test]
    public void A_missing_key_pairs_with_a_missing_key_as_the_language_compares_them()
    {
        var unmanaged = Facts.Post("dcs", PostRole.DirectorOfChildrensServices, Facts.Officer("jo"));
        var alsoUnmanaged = Facts.Post("chief", PostRole.ChiefExecutive, Facts.Officer("al"));
        var boss = Facts.Post("boss", PostRole.ChiefExecutive, Facts.Officer("kim"));
        var managed = Facts.Post("managed", PostRole.ChiefExecutive, Facts.Officer("lee"), reportsTo: boss);
        var sameManager = Cond((Post dcs, Post other, DateOnly asAt) => other.Role == PostRole.ChiefExecutive && other.ReportsTo == dcs.ReportsTo);
        var rule = Finding("same-manager", Pattern<Post>("dcs", IsDcs), Pattern<Post>("other", sameManager));

        var (keyed, plain) = RunBothWays(rule, [unmanaged, alsoUnmanaged, boss, managed]);

        MatchesOf(keyed, "same-manager").Should().BeEquivalentTo("dcs=dcs other=chief", "dcs=dcs other=boss");
        Describe(keyed).Should().Be(Describe(plain));
    }

    [Test]
    public void A_fact_whose_key_throws_is_still_tried_and_its_error_reported()
    {
        // A vacant DASS post has no holder, so its side of the key throws: the condition's answer for it is unknown.
        var jo = Facts.Officer("jo");
        var facts = new object[]
        {
            Facts.Post("dcs", PostRole.DirectorOfChildrensServices, jo),
            Facts.Post("dass", PostRole.DirectorOfAdultSocialServices, jo),
            Facts.Post("vacant-dass", PostRole.DirectorOfAdultSocialServices),
        };
        var sameName = Cond((Post dcs, Post dass, DateOnly asAt) => dass.Role == PostRole.DirectorOfAdultSocialServices && dass.Holder!.Name == dcs.Holder!.Name);
        var rule = Finding("dcs-dass-by-name", Pattern<Post>("dcs", IsDcs), Pattern<Post>("dass", sameName));

        var (keyed, plain) = RunBothWays(rule, facts);

        MatchesOf(keyed, "dcs-dass-by-name").Should().Equal("dcs=dcs dass=dass");
        keyed.Errors.Should().ContainSingle().Which.Bindings.Select(b => Text(b.Value)).Should().Contain("vacant-dass");
        Describe(keyed).Should().Be(Describe(plain));
    }

    [Test]
    public void A_tuple_whose_key_throws_is_tried_against_every_fact_and_its_error_reported()
    {
        var facts = new object[]
        {
            Facts.Post("vacant-dcs", PostRole.DirectorOfChildrensServices),
            Facts.Post("dass", PostRole.DirectorOfAdultSocialServices, Facts.Officer("jo")),
        };
        var sameName = Cond((Post dcs, Post dass, DateOnly asAt) => dass.Role == PostRole.DirectorOfAdultSocialServices && dass.Holder!.Name == dcs.Holder!.Name);
        var rule = Finding("dcs-dass-by-name", Pattern<Post>("dcs", IsDcs), Pattern<Post>("dass", sameName));

        var (keyed, plain) = RunBothWays(rule, facts);

        keyed.Matches.Should().BeEmpty();
        keyed.Errors.Should().ContainSingle();
        Describe(keyed).Should().Be(Describe(plain));
    }

    [Test]
    public void A_filter_that_is_false_before_a_key_that_throws_leaves_the_fact_out_as_and_does()
    {
        // "role == DASS and holder.name == dcs.holder.name": a vacant chief executive's post is false at the first term.
        var facts = new object[]
        {
            Facts.Post("dcs", PostRole.DirectorOfChildrensServices, Facts.Officer("jo")),
            Facts.Post("vacant-chief", PostRole.ChiefExecutive),
        };
        var sameName = Cond((Post dcs, Post dass, DateOnly asAt) => dass.Role == PostRole.DirectorOfAdultSocialServices && dass.Holder!.Name == dcs.Holder!.Name);
        var rule = Finding("dcs-dass-by-name", Pattern<Post>("dcs", IsDcs), Pattern<Post>("dass", sameName));

        var (keyed, plain) = RunBothWays(rule, facts);

        keyed.Errors.Should().BeEmpty();
        Describe(keyed).Should().Be(Describe(plain));
    }

    [Test]
    public void Under_not_and_in_a_count_the_candidates_are_looked_up_by_key_too()
    {
        var otherPost = Cond((Post dcs, Post other, DateOnly asAt) => other.Holder == dcs.Holder && other.Role != PostRole.DirectorOfChildrensServices);
        var holdsNothingElse = Finding("holds-nothing-else", Pattern<Post>("dcs", IsDcs), Not(Pattern<Post>("other", otherPost)));
        var countOthers = Cond((Post dcs, Post other, DateOnly asAt) => other.Holder == dcs.Holder && other.Role != PostRole.DirectorOfChildrensServices);
        var holdsHowMany = Finding("holds-how-many", Pattern<Post>("dcs", IsDcs), Count("n", Pattern<Post>("other", countOthers)));
        var facts = DirectorsOfBoth(1_000);

        var (keyedNot, plainNot) = RunBothWays(holdsNothingElse, facts);
        var (keyedCount, plainCount) = RunBothWays(holdsHowMany, facts);

        keyedNot.Matches.Should().HaveCount(900);
        Describe(keyedNot).Should().Be(Describe(plainNot));
        keyedNot.MatchingSteps.Should().BeLessThanOrEqualTo(5_000L);
        keyedCount.Matches.Select(m => m.Bindings[^1].Value).Should().HaveCount(1_000).And.Contain(1).And.Contain(0);
        Describe(keyedCount).Should().Be(Describe(plainCount));
        keyedCount.MatchingSteps.Should().BeLessThanOrEqualTo(5_000L);
    }

    [Test]
    public void A_session_is_indexed_from_the_size_the_options_give_and_by_default_only_when_it_is_far_larger_than_an_authority()
    {
        var sameHolder = Cond((Post dcs, Post dass, DateOnly asAt) => dass.Role == PostRole.DirectorOfAdultSocialServices && dass.Holder == dcs.Holder);
        var compiled = Compile(Finding("dcs-dass", Pattern<Post>("dcs", IsDcs), Pattern<Post>("dass", sameHolder)));
        var options = new EngineOptions { AsAt = AsAt };

        var ordinary = Run(compiled, DirectorsOfBoth(100), options);
        var large = Run(compiled, DirectorsOfBoth(1_000), options);
        var justBelow = Run(compiled, DirectorsOfBoth(500), options with { IndexJoinsFrom = 1_001 });
        var justAt = Run(compiled, DirectorsOfBoth(500), options with { IndexJoinsFrom = 1_000 });

        EngineOptions.DefaultIndexJoinsFrom.Should().Be(2_000);
        ordinary.MatchingSteps.Should().BeGreaterThanOrEqualTo(100L * 100, "200 facts: the plain joins");
        large.MatchingSteps.Should().BeLessThanOrEqualTo(5L * 1_000, "2,000 facts: the joins by key");
        justBelow.MatchingSteps.Should().BeGreaterThanOrEqualTo(500L * 500);
        justAt.MatchingSteps.Should().BeLessThanOrEqualTo(5L * 500);
        Describe(justAt).Should().Be(Describe(justBelow));
    }

    [Test]
    public void While_a_trace_is_recorded_every_pair_is_tried_so_an_explanation_counts_them()
    {
        var sameHolder = Cond((Post dcs, Post dass, DateOnly asAt) => dass.Role == PostRole.DirectorOfAdultSocialServices && dass.Holder == dcs.Holder);
        var rule = Finding("dcs-dass", Pattern<Post>("dcs", IsDcs), Pattern<Post>("dass", sameHolder));
        var traced = new EngineOptions { AsAt = AsAt, Trace = new SilentTrace(), IndexJoinsFrom = 0 };

        var result = Run(Compile(rule), DirectorsOfBoth(100), traced);

        result.MatchingSteps.Should().BeGreaterThanOrEqualTo(100L * 200);
    }

    [Test]
    public void A_rule_set_with_rules_written_in_CSharp_joins_every_pair_because_those_rules_may_insert_model_facts()
    {
        var yaml = Loading.CatalogueRules.Load([RuleSetFile.FromText("local/dcs-dass.yaml", """
            id: dcs-dass
            title: DCS and DASS
            cites: { document: DCSF-00686-2009, paragraphs: ["3.13"], quote: it is not recommended without a strong justification }
            obligation: advisory
            when:
              - dcs: Post where role == DirectorOfChildrensServices
              - dass: Post where role == DirectorOfAdultSocialServices and holder == dcs.holder
            then:
              finding: "{dcs.holder.name} is both."
            """)]);
        var withCSharp = yaml.WithRules([new InsertsNothing()]).RuleSet!;

        var keyed = Run(yaml.Compiled, DirectorsOfBoth(100), Indexed);
        var plain = Run(withCSharp.Compiled, DirectorsOfBoth(100), Indexed);

        keyed.Matches.Should().HaveCount(10);
        plain.Matches.Should().HaveCount(10);
        keyed.MatchingSteps.Should().BeLessThanOrEqualTo(500L);
        plain.MatchingSteps.Should().BeGreaterThanOrEqualTo(100L * 100);
    }

    /// <summary>Evaluates a rule with its joins looked up by key (whatever the session's size), and with plain joins.</summary>
    private static (EngineResult Keyed, EngineResult Plain) RunBothWays(RuleDefinition rule, IReadOnlyList<object> facts)
    {
        var compiled = Compile(rule);
        return (Run(compiled, facts, Indexed), Run(compiled, facts, NotIndexed));
    }

    private static EngineOptions Indexed => new() { AsAt = AsAt, IndexJoinsFrom = 0 };

    private static EngineOptions NotIndexed => new() { AsAt = AsAt, IndexJoinsFrom = int.MaxValue };

    /// <summary>A DCS and a DASS post for each number, held by different people except for every tenth.</summary>
    private static List<object> DirectorsOfBoth(int directors)
    {
        var facts = new List<object>();
        for (var i = 0; i < directors; i++)
        {
            var director = Facts.Officer($"director-{i}");
            var adults = i % 10 == 0 ? director : Facts.Officer($"adults-{i}");
            facts.Add(Facts.Post($"dcs-{i}", PostRole.DirectorOfChildrensServices, director));
            facts.Add(Facts.Post($"dass-{i}", PostRole.DirectorOfAdultSocialServices, adults));
        }

        return facts;
    }

    private sealed class SilentTrace : IEngineTrace
    {
        public void ConditionEvaluated(ConditionEvaluatedEvent e)
        {
        }

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

    [GuidanceRule("inserts-nothing", "Inserts nothing", "DCSF-00686-2009", "strategic leadership of high quality services", "3.1")]
    private sealed class InsertsNothing : NRules.Fluent.Dsl.Rule
    {
        public override void Define()
        {
            Authority authority = null!;
            When().Match(() => authority, a => a.Code == "none");
            Then().Do(ctx => ctx.Halt());
        }
    }
}
