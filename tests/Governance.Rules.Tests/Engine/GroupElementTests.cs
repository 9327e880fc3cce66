using Governance.Model;
using static Governance.Rules.Tests.Engine.RuleKit;

namespace Governance.Rules.Tests.Engine;

public class GroupElementTests
{
    private static readonly Officer Jane = Facts.Officer("jane");
    private static readonly Officer Raj = Facts.Officer("raj");

    [Test]
    public void Not_matches_when_the_inner_elements_have_no_match()
    {
        var dcs = Facts.Post("dcs", PostRole.DirectorOfChildrensServices, Jane);
        var leader = Facts.Post("leader", PostRole.Leader);
        var rule = Finding(
            "no-lead-member",
            Pattern<Post>("dcs", Cond((Post dcs, DateOnly asAt) => dcs.Role == PostRole.DirectorOfChildrensServices)),
            Not(Pattern<Post>("lm", Cond((Post dcs, Post lm, DateOnly asAt) => lm.Role == PostRole.LeadMemberForChildrensServices))));

        Run(rule, dcs, leader).Matches.Should().ContainSingle();
        Run(rule, dcs, leader, Facts.Post("lm", PostRole.LeadMemberForChildrensServices)).Matches.Should().BeEmpty();
    }

    [Test]
    public void Exists_gives_one_activation_however_many_inner_matches()
    {
        var dcs = Facts.Post("dcs", PostRole.DirectorOfChildrensServices, Jane);
        var rule = Finding(
            "has-supporting-members",
            Pattern<Post>("dcs", Cond((Post dcs, DateOnly asAt) => dcs.Role == PostRole.DirectorOfChildrensServices)),
            Exists(Pattern<Post>("s", Cond((Post dcs, Post s, DateOnly asAt) => s.Role == PostRole.SupportingMember))));

        var none = Run(rule, dcs);
        var three = Run(rule, dcs, Facts.Post("s1", PostRole.SupportingMember), Facts.Post("s2", PostRole.SupportingMember), Facts.Post("s3", PostRole.SupportingMember));

        none.Matches.Should().BeEmpty();
        three.Matches.Should().ContainSingle().Which.Bindings.Select(b => b.Name).Should().Equal("dcs");
        three.Firings.Should().Be(1);
    }

    [Test]
    public void All_matches_when_every_base_match_satisfies_the_conditions()
    {
        var councillors = new[] { Facts.Councillor("c1"), Facts.Councillor("c2") };
        var rule = Finding(
            "every-supporting-member-is-a-councillor",
            All(
                Pattern<Post>("s", Cond((Post s, DateOnly asAt) => s.Role == PostRole.SupportingMember)),
                Pattern<Councillor>("c", Cond((Post s, Councillor c, DateOnly asAt) => s.Holder == c))));

        var allHeld = Run(rule, [.. councillors, Facts.Post("s1", PostRole.SupportingMember, councillors[0]), Facts.Post("s2", PostRole.SupportingMember, councillors[1])]);
        var oneByOfficer = Run(rule, [.. councillors, Facts.Post("s1", PostRole.SupportingMember, councillors[0]), Facts.Post("s2", PostRole.SupportingMember, Jane)]);
        var noBase = Run(rule, [.. councillors]);

        allHeld.Matches.Should().ContainSingle();
        oneByOfficer.Matches.Should().BeEmpty();
        noBase.Matches.Should().ContainSingle("'all' over no base matches holds, as not(base and not(rest)) does");
    }

    [Test]
    public void Or_branches_are_independent_and_a_tuple_reached_by_both_is_one_activation()
    {
        var both = Facts.Councillor("both", executive: true);
        var executiveOnly = Facts.Councillor("exec", executive: true);
        var lead = Facts.Councillor("lead");
        var neither = Facts.Councillor("none");
        var leadPost = Facts.Post("lm", PostRole.LeadMemberForChildrensServices, lead);
        var bothPost = Facts.Post("lm2", PostRole.LeadMemberForChildrensServices, both);
        var rule = Finding(
            "executive-or-lead-member",
            Or(
                [Pattern<Councillor>("c", Cond((Councillor c, DateOnly asAt) => c.IsExecutiveMember))],
                [
                    Pattern<Post>("p", Cond((Post p, DateOnly asAt) => p.Role == PostRole.LeadMemberForChildrensServices)),
                    Pattern<Councillor>("c", Cond((Post p, Councillor c, DateOnly asAt) => p.Holder == c)),
                ]),
            Check(Cond((Councillor c, DateOnly asAt) => c.Id != "ignored")));

        var result = Run(rule, both, executiveOnly, lead, neither, leadPost, bothPost);

        MatchesOf(result, "executive-or-lead-member").Should().Equal("c=both", "c=exec", "c=lead");
        result.Firings.Should().Be(3);
    }

    [Test]
    public void Check_filters_tuples_by_a_condition_over_the_names_bound_so_far()
    {
        var dcs = Facts.Post("dcs", PostRole.DirectorOfChildrensServices, Jane);
        var chief = Facts.Post("chief", PostRole.ChiefExecutive, Raj);
        var sameHolder = Facts.Post("chief2", PostRole.ChiefExecutive, Jane);
        var rule = Finding(
            "dcs-is-chief-executive",
            Pattern<Post>("d", Cond((Post d, DateOnly asAt) => d.Role == PostRole.DirectorOfChildrensServices)),
            Pattern<Post>("c", Cond((Post d, Post c, DateOnly asAt) => c.Role == PostRole.ChiefExecutive)),
            Check(Cond((Post d, Post c, DateOnly asAt) => d.Holder == c.Holder)));

        MatchesOf(Run(rule, dcs, chief, sameHolder), "dcs-is-chief-executive").Should().Equal("d=dcs c=chief2");
    }

    [Test]
    public void Names_bound_inside_not_and_exists_see_the_outer_bindings_but_are_not_part_of_the_tuple()
    {
        var dcs = Facts.Post("dcs", PostRole.DirectorOfChildrensServices, Jane);
        var dass = Facts.Post("dass", PostRole.DirectorOfAdultSocialServices, Jane);
        var rule = Finding(
            "dcs-with-a-second-role",
            Pattern<Post>("d", Cond((Post d, DateOnly asAt) => d.Role == PostRole.DirectorOfChildrensServices)),
            Exists(Pattern<Post>("other", Cond((Post d, Post other, DateOnly asAt) => other != d && other.Holder == d.Holder))));

        var result = Run(rule, dcs, dass);

        result.Matches.Should().ContainSingle().Which.Bindings.Should().ContainSingle().Which.Value.Should().BeSameAs(dcs);
    }
}
