using Governance.Model;
using Governance.Rules.Definitions;
using Governance.Rules.Engine;
using static Governance.Rules.Tests.Engine.RuleKit;

namespace Governance.Rules.Tests.Engine;

public class ResultTests
{
    [Test]
    public void A_match_carries_the_rule_the_bound_names_and_values_in_order_the_facts_the_message_and_the_place()
    {
        var jane = Facts.Officer("jane");
        var dcs = Facts.Post("dcs", PostRole.DirectorOfChildrensServices, jane);
        var dass = Facts.Post("dass", PostRole.DirectorOfAdultSocialServices, jane);
        var rule = Finding(
            "dcs-dass",
            new ListingMessage(),
            Value((Post d, Post a, int n, DateOnly asAt) => a),
            Pattern<Post>("d", Cond((Post d, DateOnly asAt) => d.Role == PostRole.DirectorOfChildrensServices)),
            Pattern<Post>("a", Cond((Post d, Post a, DateOnly asAt) => a.Role == PostRole.DirectorOfAdultSocialServices && a.Holder == d.Holder)),
            Count("n", Pattern<Post>("p", Cond((Post d, Post a, Post p, DateOnly asAt) => p.Holder == d.Holder))));

        var match = Run(rule, dass, jane, dcs).Matches.Should().ContainSingle().Which;

        match.Rule.Should().BeSameAs(rule);
        match.Bindings.Should().Equal(new BoundValue("d", dcs), new BoundValue("a", dass), new BoundValue("n", 2));
        match.Facts.Should().Equal(dcs, dass);
        match.Message.Should().Be("dcs dass 2");
        match.At.Should().BeSameAs(dass);
    }

    [Test]
    public void A_condition_that_throws_is_an_error_for_that_rule_and_tuple_never_a_match_and_other_rules_still_run()
    {
        var vacant = Facts.Post("vacant", PostRole.DirectorOfChildrensServices);
        var held = Facts.Post("held", PostRole.DirectorOfChildrensServices, Facts.Officer("jane"));
        var throwing = Finding("holder-name", Pattern<Post>("p", Cond((Post p, DateOnly asAt) => p.Holder!.Name.Length > 0)));
        var healthy = Finding("any-post", Pattern<Post>("p"));

        var result = Run(Compile(throwing, healthy), [vacant, held]);

        MatchesOf(result, "holder-name").Should().Equal("p=held");
        MatchesOf(result, "any-post").Should().Equal("p=vacant", "p=held");
        var error = result.Errors.Should().ContainSingle().Which;
        error.Rule.Id.Should().Be("holder-name");
        error.ExceptionType.Should().Be(nameof(NullReferenceException));
        error.Bindings.Should().Equal(new BoundValue("p", vacant));
        error.Facts.Should().Equal(vacant);
        error.Location.Should().Be(((PatternElement)throwing.Lhs.Elements[0]).Conditions[0].Location);
        result.Completed.Should().BeTrue();
    }

    [Test]
    public void A_join_condition_that_throws_is_an_error_for_the_tuple_it_threw_on()
    {
        var jane = Facts.Officer("jane");
        var dcs = Facts.Post("dcs", PostRole.DirectorOfChildrensServices, jane);
        var vacant = Facts.Post("vacant", PostRole.Leader);
        var rule = Finding(
            "same-name",
            Pattern<Post>("d", Cond((Post d, DateOnly asAt) => d.Role == PostRole.DirectorOfChildrensServices)),
            Pattern<Post>("o", Cond((Post d, Post o, DateOnly asAt) => o != d && o.Holder!.Name == d.Holder!.Name)));

        var result = Run(rule, dcs, vacant);

        result.Matches.Should().BeEmpty();
        result.Errors.Should().ContainSingle().Which.Bindings.Should().Equal(new BoundValue("d", dcs), new BoundValue("o", vacant));
    }

    [Test]
    public void A_join_s_leading_terms_on_its_own_fact_filter_the_candidates_first_without_changing_answers_or_errors()
    {
        // The leading terms read only 'o' (NRules tests them once per post, before pairing); the last one joins. A post
        // whose leading term throws (the vacant one) must still be paired, so that the error is reported, and a post whose
        // leading term is false (the leader) can never match.
        var jane = Facts.Officer("jane");
        var dcs = Facts.Post("dcs", PostRole.DirectorOfChildrensServices, jane);
        var dass = Facts.Post("dass", PostRole.DirectorOfAdultSocialServices, jane);
        var leader = Facts.Post("leader", PostRole.Leader, jane);
        var vacant = Facts.Post("vacant", PostRole.DirectorOfAdultSocialServices);
        var rule = Finding(
            "dcs-dass-by-name",
            Pattern<Post>("d", Cond((Post d, DateOnly asAt) => d.Role == PostRole.DirectorOfChildrensServices)),
            Pattern<Post>("o", Cond((Post d, Post o, DateOnly asAt) => o.Role == PostRole.DirectorOfAdultSocialServices && o.Holder!.Name.Length > 0 && o.Holder == d.Holder)));

        var result = Run(rule, dcs, dass, leader, vacant);

        result.Matches.Should().ContainSingle().Which.Facts.Should().Equal(dcs, dass);
        result.Errors.Should().ContainSingle().Which.Bindings.Should().Equal(new BoundValue("d", dcs), new BoundValue("o", vacant));
    }

    [Test]
    public void An_error_inside_not_leaves_the_answer_unknown_unless_another_inner_match_decides_it()
    {
        var dcs = Facts.Post("dcs", PostRole.DirectorOfChildrensServices, Facts.Officer("jane"));
        var vacantLeader = Facts.Post("vacant", PostRole.Leader);
        var heldLeader = Facts.Post("leader", PostRole.Leader, Facts.Councillor("cllr"));
        var rule = Finding(
            "no-named-leader",
            Pattern<Post>("d", Cond((Post d, DateOnly asAt) => d.Role == PostRole.DirectorOfChildrensServices)),
            Not(Pattern<Post>("l", Cond((Post d, Post l, DateOnly asAt) => l.Role == PostRole.Leader && l.Holder!.Name.Length > 0))));

        var unknown = Run(rule, dcs, vacantLeader);
        var decided = Run(rule, dcs, vacantLeader, heldLeader);

        unknown.Matches.Should().BeEmpty("the only inner candidate threw, so 'not' cannot be decided");
        unknown.Errors.Should().ContainSingle().Which.Facts.Should().Equal(dcs, vacantLeader);
        decided.Matches.Should().BeEmpty();
        decided.Errors.Should().BeEmpty("a named leader exists, which decides 'not' whatever the vacant post gives");
    }

    [Test]
    public void An_action_that_throws_is_an_error_not_a_match()
    {
        var rule = Finding("bad-message", new ThrowingMessage(), null, Pattern<Post>("p"));
        var post = Facts.Post("p", PostRole.Leader);

        var result = Run(rule, post);

        result.Matches.Should().BeEmpty();
        var error = result.Errors.Should().ContainSingle().Which;
        error.Element.Should().Be("then");
        error.Message.Should().Be("The message cannot be formatted.");
        error.Bindings.Should().Equal(new BoundValue("p", post));
    }

    [Test]
    public void Shuffling_the_facts_and_the_rules_gives_identical_results()
    {
        var people = Enumerable.Range(0, 6).Select(i => Facts.Officer($"o{i}")).ToArray();
        var facts = new List<object>(people);
        for (var i = 0; i < 12; i++)
        {
            facts.Add(Facts.Post($"p{i}", (PostRole)(i % 7), i % 5 == 4 ? null : people[i % 6]));
        }

        RuleDefinition[] rules =
        [
            ForwardChainingTests.HoldsPostRule(),
            ForwardChainingTests.DualRoleRule(),
            ForwardChainingTests.DualRoleFinding(),
            Finding("vacant", Pattern<Post>("p", Cond((Post p, DateOnly asAt) => p.IsVacant))),
            Finding("holder-name", Pattern<Post>("p", Cond((Post p, DateOnly asAt) => p.Holder!.Name.Length > 2))),
            Finding("posts-by-role", Group("g", Pattern<Post>("p"), Value((Post p, DateOnly asAt) => p.Role))),
            Finding("officers", Collect("all", Pattern<Officer>("o"))),
            Finding(
                "same-holder",
                Pattern<Post>("a"),
                Pattern<Post>("b", Cond((Post a, Post b, DateOnly asAt) => b != a && b.Holder == a.Holder))),
        ];
        var expected = Describe(Run(Compile(rules), facts));

        var random = new Random(20100401);
        for (var round = 0; round < 5; round++)
        {
            var shuffledRules = rules.OrderBy(_ => random.Next()).ToArray();
            var shuffledFacts = facts.OrderBy(_ => random.Next()).ToList();

            Describe(Run(Compile(shuffledRules), shuffledFacts)).Should().Be(expected);
        }

        expected.Should().Contain("error holder-name").And.Contain("match dual-role-found").And.Contain("match same-holder");
    }

    [Test]
    public void Derived_facts_are_ordered_by_kind_then_fields()
    {
        var jane = Facts.Officer("jane");
        var first = Facts.Post("first", PostRole.Leader, jane);
        var second = Facts.Post("second", PostRole.ChiefExecutive, jane);
        var raj = Facts.Officer("raj");
        var third = Facts.Post("third", PostRole.ChiefExecutive, raj);

        var result = Run(Compile(ForwardChainingTests.HoldsPostRule(), ForwardChainingTests.DualRoleRule()), [third, second, first]);

        // jane was written before raj, so her facts come first; then by post, in file order.
        result.DerivedFacts.Select(f => Text(f)).Should().Equal(
            "DualRole(jane)", "HoldsPost(jane, first)", "HoldsPost(jane, second)", "HoldsPost(raj, third)");
    }
}
