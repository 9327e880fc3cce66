using Governance.Model;
using Governance.Rules.Definitions;
using Governance.Rules.Engine;
using static Governance.Rules.Tests.Engine.RuleKit;

namespace Governance.Rules.Tests.Engine;

public class AggregateTests
{
    private static PatternElement LeadMemberPosts() =>
        Pattern<Post>("p", Cond((Post p, DateOnly asAt) => p.Role == PostRole.LeadMemberForChildrensServices));

    [Test]
    public void Count_of_nothing_is_a_match_binding_zero()
    {
        var rule = Finding("lead-members", Count("n", LeadMemberPosts()));

        var result = Run(rule, Facts.Post("leader", PostRole.Leader));

        result.Matches.Should().ContainSingle().Which.Bindings.Should().Equal(new BoundValue("n", 0));
    }

    [Test]
    public void Count_binds_the_number_of_matches_and_a_check_can_test_it()
    {
        var rule = Finding(
            "more-than-one-lead-member",
            Count("n", LeadMemberPosts()),
            Check(Cond((int n, DateOnly asAt) => n > 1)));

        var one = Run(rule, Facts.Post("lm1", PostRole.LeadMemberForChildrensServices));
        var two = Run(rule, Facts.Post("lm1", PostRole.LeadMemberForChildrensServices), Facts.Post("lm2", PostRole.LeadMemberForChildrensServices));

        one.Matches.Should().BeEmpty();
        two.Matches.Should().ContainSingle().Which.Bindings[0].Value.Should().Be(2);
    }

    [Test]
    public void Collect_of_nothing_is_a_match_binding_an_empty_typed_list()
    {
        var rule = Finding("lead-members", Collect("all", LeadMemberPosts()));

        var result = Run(rule, Facts.Post("leader", PostRole.Leader));

        var bound = result.Matches.Should().ContainSingle().Which.Bindings.Should().ContainSingle().Which.Value;
        bound.Should().BeAssignableTo<IReadOnlyList<Post>>().Which.Should().BeEmpty();
    }

    [Test]
    public void Collect_binds_the_matches_in_canonical_order_whatever_the_input_order()
    {
        var first = Facts.Post("lm1", PostRole.LeadMemberForChildrensServices);
        var second = Facts.Post("lm2", PostRole.LeadMemberForChildrensServices);
        var rule = Finding(
            "lead-members",
            Collect("all", LeadMemberPosts()),
            Check(Cond((IReadOnlyList<Post> all, DateOnly asAt) => all.Count == 2)));

        var result = Run(rule, second, first);

        result.Matches.Should().ContainSingle().Which.Bindings[0].Value.Should().BeAssignableTo<IReadOnlyList<Post>>()
            .Which.Should().Equal(first, second);
    }

    [Test]
    public void Aggregates_join_to_outer_bindings()
    {
        var jane = Facts.Officer("jane");
        var raj = Facts.Officer("raj");
        var rule = Finding(
            "posts-per-officer",
            Pattern<Officer>("o"),
            Count("n", Pattern<Post>("p", Cond((Officer o, Post p, DateOnly asAt) => p.Holder == o))));

        var result = Run(rule, jane, raj, Facts.Post("a", PostRole.ChiefExecutive, jane), Facts.Post("b", PostRole.DirectorOfChildrensServices, jane));

        MatchesOf(result, "posts-per-officer").Should().Equal("o=jane n=2", "o=raj n=0");
    }

    [Test]
    public void Group_gives_one_activation_per_group_in_canonical_key_order()
    {
        var jane = Facts.Officer("jane");
        var raj = Facts.Officer("raj");
        var posts = new object[]
        {
            Facts.Post("c", PostRole.ChiefExecutive, raj),
            Facts.Post("a", PostRole.DirectorOfChildrensServices, jane),
            Facts.Post("b", PostRole.DirectorOfAdultSocialServices, jane),
            Facts.Post("v", PostRole.Leader),
        };
        var rule = Finding(
            "posts-by-holder",
            Group(
                "g",
                Pattern<Post>("p", Cond((Post p, DateOnly asAt) => !p.IsVacant)),
                Value((Post p, DateOnly asAt) => p.Holder!.Id)),
            Check(Cond((FactGroup<string, Post> g, DateOnly asAt) => g.Count >= 1)));

        var result = Run(rule, [.. posts.AsEnumerable().Reverse()]);

        MatchesOf(result, "posts-by-holder").Should().Equal("g=jane:[a, b]", "g=raj:[c]");
        var group = (FactGroup<string, Post>)result.Matches[0].Bindings[0].Value!;
        group.Key.Should().Be("jane");
        group.Count.Should().Be(2);
    }

    [Test]
    public void Group_of_nothing_gives_no_activation()
    {
        var rule = Finding(
            "posts-by-role",
            Group("g", Pattern<Post>("p"), Value((Post p, DateOnly asAt) => p.Role)));

        Run(rule, Facts.Officer("jane")).Matches.Should().BeEmpty();
    }
}
