using Governance.Model;
using Governance.Rules.Loading;

namespace Governance.Rules.Tests.Loading;

public sealed class ShippedRulesTests
{
    [Test]
    public void The_shipped_rule_set_loads_and_compiles_without_problems()
    {
        var files = RuleFilesLoader.LoadFolder(RepositoryFiles.Rules);

        files.Diagnostics.Should().BeEmpty();
        files.Rules.Select(r => r.Id).Should().OnlyHaveUniqueItems()
            .And.Contain("dcs-appointed", "dcs-dass-combined", "one-lead-member", "two-tier-area", "lscb-annual-report");
        files.DerivedKinds.Should().ContainSingle().Which.Kind.Should().Be("TwoTierArea");
        files.Fingerprint.Should().MatchRegex("^sha256:[0-9a-f]{16}$");

        var ruleSet = RuleSetCompiler.ToRuleSet(files);

        ruleSet.Diagnostics.Should().BeEmpty();
        ruleSet.RuleSet!.Version.Should().Be(files.Fingerprint);
        ruleSet.RuleSet.Documents.Should().ContainSingle().Which.Id.Should().Be("DCSF-00686-2009");
    }

    [Test]
    public void The_rule_the_Wigan_sample_departs_from_is_the_advisory_rule_citing_paragraph_3_13()
    {
        var files = RuleFilesLoader.LoadFolder(RepositoryFiles.Rules);

        var rule = files.MetadataOf("dcs-dass-combined")!;

        rule.Obligation.Should().Be(Obligation.Advisory, "3.13 says a combined post is 'not recommended', which is advice, not a 'should'");
        rule.Citation.Paragraphs.Should().Equal("3.13");
        rule.Citation.Edition.Should().Be("2009");
        rule.Location.Should().Be(new SourceLocation(Path.Combine(RepositoryFiles.Rules, "dcs", "dcs-dass-combined.yaml"), 2, 1));
        File.ReadAllText(Path.Combine(RepositoryFiles.Root, "samples", "authorities", "wigan.yaml")).Should().Contain("ruleId: dcs-dass-combined");
    }

    [Test]
    public void Effective_periods_default_to_what_the_rule_cites()
    {
        var files = RuleFilesLoader.LoadFolder(RepositoryFiles.Rules);

        files.MetadataOf("dcs-appointed")!.Effective.Should().Be(new EffectivePeriod(new DateOnly(2008, 1, 1), new DateOnly(2012, 4, 2)));
        files.MetadataOf("one-lead-member")!.Effective.Should().Be(new EffectivePeriod(new DateOnly(2008, 3, 21), new DateOnly(2012, 4, 2)));
        files.MetadataOf("dcs-on-lscb")!.Effective.Should().Be(new EffectivePeriod(new DateOnly(2009, 7, 1), new DateOnly(2012, 4, 2)), "no 'effective' is written: the guidance's period applies");
    }
}

public sealed class ShippedRulesOnSampleAuthoritiesTests
{
    [Test]
    public void Wigan_combined_DCS_and_DASS_is_found_and_shown_as_departed()
    {
        var ruleSet = RuleSetCompiler.Load(RepositoryFiles.Rules).RuleSet!;
        var wigan = Governance.Model.Loading.AuthorityLoader.LoadFileOrThrow(Path.Combine(RepositoryFiles.Root, "samples", "authorities", "wigan.yaml"));

        var result = ruleSet.Evaluate([wigan]);

        result.Errors.Should().BeEmpty();
        result.Findings.Where(f => f.RuleId == "dcs-dass-combined").Should().ContainSingle()
            .Which.Status.Should().Be(FindingStatus.Departed);
    }
}
