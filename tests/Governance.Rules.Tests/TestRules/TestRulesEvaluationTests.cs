using Governance.Rules.Engine;
using Governance.Rules.Loading;
using Governance.Rules.Tests.Loading;

namespace Governance.Rules.Tests.TestRules;

/// <summary>The test rules, loaded by the real loader, compiled by the real engine and run against small authorities.</summary>
public sealed class TestRulesEvaluationTests
{
    private static readonly DateOnly AsAt = new(2010, 3, 31);

    private static EngineResult Evaluate(DateOnly asAt, bool onlyRulesInForce = false)
    {
        var catalogue = GuidanceCatalogueLoader.LoadFolder(RepositoryFiles.GuidanceFolder).Catalogue;
        var loaded = RuleFilesLoader.LoadFolder(RepositoryFiles.TestRules, catalogue);
        loaded.Diagnostics.Should().BeEmpty();
        var compilation = RuleCompiler.Compile(loaded.Definitions);
        compilation.Diagnostics.Should().BeEmpty();
        var facts = TestAuthorities.Facts(TestAuthorities.Metropolitan(), TestAuthorities.Partner(), TestAuthorities.County());
        var options = new EngineOptions
        {
            AsAt = asAt,
            IsActive = onlyRulesInForce ? rule => loaded.MetadataOf(rule.Id)!.Effective.Contains(asAt) : null,
        };
        var result = compilation.Rules!.Evaluate(facts, options);
        result.Errors.Should().BeEmpty();
        return result;
    }

    private static IEnumerable<string> MessagesOf(EngineResult result, string ruleId) =>
        result.Matches.Where(m => m.Rule.Id == ruleId).Select(m => m.Message);

    [Test]
    public void One_condition_finds_the_DCS_who_is_not_on_the_senior_management_team()
    {
        MessagesOf(Evaluate(AsAt), "dcs-on-senior-management-team").Should().Equal(
            "Metropolitan Council: the Director of Children's Services is not recorded as a member of the senior management team.");
    }

    [Test]
    public void A_join_finds_the_person_holding_both_posts()
    {
        MessagesOf(Evaluate(AsAt), "dcs-also-dass").Should().Equal("Alex Director holds both the DCS and the DASS posts.");
        MessagesOf(Evaluate(AsAt), "dcs-dass-combined").Should().Equal("Metropolitan Council: Alex Director is both DCS and DASS.");
    }

    [Test]
    public void Negation_finds_the_DCS_with_no_LSCB_membership_and_not_the_one_with_it()
    {
        MessagesOf(Evaluate(AsAt), "dcs-on-lscb").Should().Equal(
            "Metropolitan Council: the DCS, Alex Director, is not a member of the Local Safeguarding Children Board.");
    }

    [Test]
    public void A_count_finds_two_statutory_Lead_Members()
    {
        MessagesOf(Evaluate(AsAt), "one-lead-member").Should().Equal(
            "Metropolitan Council records 2 statutory Lead Members for Children's Services; only one person can hold the role.");
    }

    [Test]
    public void A_join_across_authorities_finds_the_joint_DCS_the_partner_does_not_record()
    {
        MessagesOf(Evaluate(AsAt), "joint-dcs-recorded-by-both").Should().Equal(
            "Metropolitan Council records a joint DCS with Partner Council, but Partner Council records no joint DCS with Metropolitan Council.");
    }

    [Test]
    public void Chaining_derives_the_two_tier_area_and_finds_the_board_without_district_councils()
    {
        var result = Evaluate(AsAt);

        result.DerivedFacts.Should().ContainSingle().Which.Kind.Should().Be("TwoTierArea");
        MessagesOf(result, "district-councils-on-childrens-trust-board").Should().Equal(
            "Shire County Council: no district council is represented on the Shire Children's Trust Board, although the area has 2 district councils.");
    }

    [Test]
    public void A_date_finds_the_authority_with_no_DCS_in_post_as_at_the_date()
    {
        MessagesOf(Evaluate(AsAt), "dcs-appointed").Should().Equal("Shire County Council has no Director of Children's Services in post on 2010-03-31.");
        MessagesOf(Evaluate(new DateOnly(2007, 12, 31)), "dcs-appointed").Should().Equal(
            ["Metropolitan Council has no Director of Children's Services in post on 2007-12-31.",
             "Shire County Council has no Director of Children's Services in post on 2007-12-31."],
            "the Metropolitan DCS started on 2008-01-01 and the engine is not told the rule's period here");
        MessagesOf(Evaluate(new DateOnly(2007, 12, 31), onlyRulesInForce: true), "dcs-appointed").Should().BeEmpty(
            "s18(1) has effect only from the appointed day, 1 January 2008");
    }
}
