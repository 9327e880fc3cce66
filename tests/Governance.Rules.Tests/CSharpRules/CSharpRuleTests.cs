using Governance.Model;
using Governance.Rules.Engine;
using Governance.Rules.Tests.Loading;
using Governance.Rules.Tests.TestRules;
using NRules.Fluent.Dsl;

namespace Governance.Rules.Tests.CSharpRules;

/// <summary>Rules written in C# with NRules.Fluent join a rule set loaded from YAML and report alike.</summary>
public class CSharpRuleTests
{
    [Test]
    public void A_CSharp_rule_and_the_YAML_rules_report_side_by_side()
    {
        var rules = RuleSet.LoadOrThrow(RepositoryFiles.Rules).WithRules([new ChildrensServicesScrutinised()]).RuleSet!;

        var result = rules.Evaluate([TestAuthorities.Metropolitan()]);

        var csharp = result.Findings.Should().ContainSingle(f => f.RuleId == "childrens-services-scrutinised").Which;
        csharp.Message.Should().Be("Metropolitan Council: no overview and scrutiny committee that scrutinises children's services is recorded.");
        csharp.Citation.Should().BeEquivalentTo(new Citation(
            "DCSF-00686-2009", "2009", ["2.6"], "an overview and scrutiny committee may review or scrutinise decisions made or actions taken"));
        csharp.Severity.Should().Be(Severity.Note);
        csharp.AuthorityCode.Should().Be("E08000010");
        csharp.Remedy.Should().StartWith("Record the overview and scrutiny committee");
        csharp.Evidence.Should().ContainSingle().Which.Name.Should().Be("authority");
        result.Findings.Should().Contain(f => f.RuleId == "dcs-dass-combined", "the YAML rules still run in the same sessions");
        rules.Rules.Should().Contain(r => r.Id == "childrens-services-scrutinised" && r.Title == "An overview and scrutiny committee scrutinises children's services");
        result.RulesInForce.Should().Contain("childrens-services-scrutinised");
    }

    [Test]
    public void A_CSharp_rule_without_a_description_or_citing_what_the_catalogue_lacks_is_reported()
    {
        var rules = RuleSet.LoadOrThrow(RepositoryFiles.Rules);

        var undescribed = rules.WithRules([new Undescribed()]);
        var miscited = rules.WithRules([new Miscited()]);
        var taken = rules.WithRules([new TakesAYamlRulesId()]);

        undescribed.Succeeded.Should().BeFalse();
        undescribed.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(EngineDiagnostics.CSharpRuleUndescribed);
        miscited.Diagnostics.Should().ContainSingle().Which.Message.Should().Contain("cites 9.99, which DCSF-00686-2009 does not have");
        taken.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(EngineDiagnostics.DuplicateRuleId);
    }

    [Test]
    public void Adding_CSharp_rules_leaves_the_rule_set_unchanged_and_gives_a_new_version()
    {
        var rules = RuleSet.LoadOrThrow(RepositoryFiles.Rules);

        var extended = rules.WithRules([new ChildrensServicesScrutinised()]).RuleSet!;

        rules.Rules.Should().NotContain(r => r.Id == "childrens-services-scrutinised");
        extended.Version.Should().Be(rules.Version + "+childrens-services-scrutinised");
    }

    [Test]
    public void The_guide_shows_the_rule_this_test_runs()
    {
        var guide = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "csharp-rules.md"));
        var source = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "tests", "Governance.Rules.Tests", "CSharpRules", "ChildrensServicesScrutinised.cs"));
        var rule = source[source.IndexOf("[GuidanceRule(", StringComparison.Ordinal)..].TrimEnd();

        guide.Replace("\r\n", "\n", StringComparison.Ordinal).Should().Contain(rule.Replace("\r\n", "\n", StringComparison.Ordinal));
        guide.Should().Contain("RuleSet.LoadShipped().WithRules([new ChildrensServicesScrutinised()])");
    }

    [Test]
    public void A_CSharp_rule_whose_condition_throws_is_a_rule_error_naming_it_and_the_other_rules_still_report()
    {
        var rules = RuleSet.LoadOrThrow(RepositoryFiles.Rules).WithRules([new ConditionThrows()]).RuleSet!;

        var result = rules.Evaluate([TestAuthorities.Metropolitan()]);

        var error = result.Errors.Should().ContainSingle().Which;
        error.RuleId.Should().Be("condition-throws");
        error.AuthorityCode.Should().Be("E08000010");
        error.Message.Should().Contain("The title is not known.");
        result.Findings.Should().Contain(f => f.RuleId == "dcs-dass-combined", "the YAML rules are still evaluated");
        result.Findings.Should().NotContain(f => f.RuleId == "condition-throws");
    }

    [Test]
    public void A_CSharp_rule_whose_action_throws_is_a_rule_error_naming_it_and_the_other_rules_still_report()
    {
        var rules = RuleSet.LoadOrThrow(RepositoryFiles.Rules).WithRules([new ActionThrows()]).RuleSet!;

        var result = rules.Evaluate([TestAuthorities.Metropolitan()]);

        var error = result.Errors.Should().ContainSingle().Which;
        error.RuleId.Should().Be("action-throws");
        error.Message.Should().Contain("The message cannot be written.");
        result.Findings.Should().Contain(f => f.RuleId == "dcs-dass-combined", "the YAML rules are still evaluated");
    }

    [GuidanceRule("condition-throws", "A condition that throws", "DCSF-00686-2009", "strategic leadership of high quality services", "3.1")]
    private sealed class ConditionThrows : Rule
    {
        public override void Define()
        {
            Post post = null!;
            When().Match(() => post, p => Title(p) == "Director");
            Then().Do(ctx => ctx.ReportFinding("a director"));
        }

        private static string Title(Post post) =>
            post.Role == PostRole.DirectorOfChildrensServices ? throw new InvalidOperationException("The title is not known.") : "none";
    }

    [GuidanceRule("action-throws", "An action that throws", "DCSF-00686-2009", "strategic leadership of high quality services", "3.1")]
    private sealed class ActionThrows : Rule
    {
        public override void Define()
        {
            Post post = null!;
            When().Match(() => post, p => p.Role == PostRole.DirectorOfChildrensServices);
            Then().Do(ctx => Fail());
        }

        private static void Fail() => throw new InvalidOperationException("The message cannot be written.");
    }

    private sealed class Undescribed : Rule
    {
        public override void Define()
        {
            When().Match<Post>();
            Then().Do(ctx => ctx.ReportFinding("a post"));
        }
    }

    [GuidanceRule("miscited", "Cites a paragraph that does not exist", "DCSF-00686-2009", "nothing", "9.99")]
    private sealed class Miscited : Rule
    {
        public override void Define()
        {
            When().Match<Post>();
            Then().Do(ctx => ctx.ReportFinding("a post"));
        }
    }

    [GuidanceRule("dcs-dass-combined", "Takes the id of a YAML rule", "DCSF-00686-2009", "it is not recommended", "3.13")]
    private sealed class TakesAYamlRulesId : Rule
    {
        public override void Define()
        {
            When().Match<Post>();
            Then().Do(ctx => ctx.ReportFinding("a post"));
        }
    }
}
