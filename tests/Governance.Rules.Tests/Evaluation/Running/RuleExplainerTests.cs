using Governance.Model;
using Governance.Model.Loading;
using Governance.Rules.Tests.Loading;
using Governance.Rules.Guidance.Catalogue;
using Governance.Rules.Tests.Engine;

namespace Governance.Rules.Tests.Evaluation.Running;

/// <summary>Why a rule did or did not fire for an authority, explained from the evaluation's trace, on the sample files.</summary>
public class RuleExplainerTests
{
    private static readonly RuleSet Rules = RuleSet.LoadOrThrow(RepositoryFiles.Rules);

    private static Authority Sample(string name) =>
        AuthorityLoader.LoadFileOrThrow(Path.Combine(RepositoryFiles.Root, "samples", "authorities", name));

    [Test]
    public void A_rule_that_fires_gives_its_findings_with_their_evidence_the_date_and_the_catalogue_s_quote()
    {
        var derby = Sample("derby.yaml");

        var explanation = Rules.Explain(derby, "dcs-on-senior-management-team");

        explanation.Outcome.Should().Be(ExplanationOutcome.Fired);
        explanation.AsAt.Should().Be(derby.RecordedAsAt);
        explanation.AsAtGiven.Should().BeFalse();
        explanation.InForce.Should().BeTrue();
        explanation.Rule.Citation.Paragraphs.Should().Equal("3.5");
        explanation.CitedItems.Should().ContainSingle().Which.Quote.Should().StartWith("The DCS must be a member of the local authority senior management");
        var finding = explanation.Findings.Should().ContainSingle().Subject;
        finding.Status.Should().Be(FindingStatus.Open);
        finding.Evidence.Should().ContainSingle(e => e.Name == "dcs" && e.Description.Contains("Yvonne Ashcombe", StringComparison.Ordinal));
        explanation.Activations.Should().ContainSingle();
        explanation.StoppedAt.Should().BeNull();
        var condition = explanation.Conditions.Should().ContainSingle().Subject;
        condition.Pattern.Should().Be("dcs: Post");
        condition.Held.Should().Be(1);
        condition.Failed.Should().BeGreaterThan(0, "the other posts of the file were tested too");
    }

    [Test]
    public void A_departed_finding_carries_the_departure_that_applied()
    {
        var explanation = Rules.Explain(Sample("wigan.yaml"), "dcs-dass-combined");

        explanation.Outcome.Should().Be(ExplanationOutcome.Fired);
        var finding = explanation.Findings.Should().ContainSingle().Subject;
        finding.Status.Should().Be(FindingStatus.Departed);
        finding.Departure!.DecidedBy.Should().Be("Cabinet");
        explanation.Departures.Should().ContainSingle().Which.Location.Should().Be(finding.Departure.Location);
        explanation.DepartureProblems.Should().BeEmpty();
    }

    [Test]
    public void A_rule_that_does_not_fire_says_which_condition_never_held_and_for_which_facts()
    {
        var explanation = Rules.Explain(Sample("kingston-upon-thames.yaml"), "dcs-on-senior-management-team");

        explanation.Outcome.Should().Be(ExplanationOutcome.DidNotFire);
        explanation.Findings.Should().BeEmpty();
        explanation.Activations.Should().BeEmpty();
        var stopped = explanation.StoppedAt!;
        stopped.Place.Should().Be(ConditionPlace.Required);
        stopped.Held.Should().Be(0);
        stopped.Location.File.Should().EndWith("dcs-on-senior-management-team.yaml");
        stopped.Evaluations.Should().Contain(e => e.Bindings.Any(b => b.Description.Contains("Felicity Harcourt", StringComparison.Ordinal)),
            "Kingston's DCS was tested, and is on the senior management team");
    }

    [Test]
    public void A_rule_blocked_by_a_not_says_which_not_and_what_it_found()
    {
        var explanation = Rules.Explain(Sample("derby.yaml"), "dcs-appointed");

        explanation.Outcome.Should().Be(ExplanationOutcome.DidNotFire);
        var stopped = explanation.StoppedAt!;
        stopped.Place.Should().Be(ConditionPlace.InsideNot);
        stopped.PlaceLocation.Line.Should().BeGreaterThan(0);
        stopped.Evaluations.Where(e => e.Result == true).Should().ContainSingle()
            .Which.Bindings.Should().Contain(b => b.Description.Contains("Yvonne Ashcombe", StringComparison.Ordinal));
    }

    [Test]
    public void A_date_before_the_rule_is_in_force_says_it_was_not_in_force_with_the_notices_about_the_file()
    {
        var derby = Sample("derby.yaml");
        var before = Rules.Rules.Single(r => r.Id == "dcs-on-senior-management-team").EffectiveFrom!.Value.AddDays(-1);

        var explanation = Rules.Explain(derby, "dcs-on-senior-management-team", new EvaluationOptions { AsAt = before });

        explanation.Outcome.Should().Be(ExplanationOutcome.NotInForce);
        explanation.InForce.Should().BeFalse();
        explanation.AsAt.Should().Be(before);
        explanation.AsAtGiven.Should().BeTrue();
        explanation.Findings.Should().BeEmpty();
        explanation.Notices.Should().Contain(n => n.Contains("who held the posts before then is not recorded", StringComparison.Ordinal));
    }

    [Test]
    public void A_rule_that_fails_at_run_time_is_a_rule_error_with_the_error()
    {
        var divides = RuleKit.Finding("fails-at-run-time", RuleKit.Pattern<Post>("post", RuleKit.Cond<Post>((post, asAt) => post.Id.Length / (post.Id.Length - post.Id.Length) > 0)));
        var info = new RuleInfo
        {
            Id = "fails-at-run-time",
            Title = "A rule whose condition divides by zero",
            Citation = new Citation("DCSF-00686-2009", "2009", ["3.5"], "a quote"),
            Obligation = Obligation.Should,
        };
        var compiled = RuleSetCompiler.Compile([(divides, info)], Rules.Documents, "test-version", [], GuidanceCatalogue.Empty);
        compiled.Diagnostics.Should().BeEmpty();
        var rules = compiled.RuleSet!;

        var explanation = rules.Explain(Sample("derby.yaml"), "fails-at-run-time");

        explanation.Outcome.Should().Be(ExplanationOutcome.RuleError);
        explanation.Errors.Should().NotBeEmpty().And.OnlyContain(e => e.RuleId == "fails-at-run-time" && e.Message.Contains("divide by zero", StringComparison.Ordinal));
        explanation.Conditions.Should().ContainSingle().Which.Errors.Should().Be(explanation.Errors.Count);
        explanation.Findings.Should().BeEmpty();
    }

    [Test]
    public void An_unknown_rule_id_is_a_misuse()
    {
        var explain = () => Rules.Explain(Sample("derby.yaml"), "no-such-rule");

        explain.Should().Throw<ArgumentException>().WithMessage("*no-such-rule*");
    }
}
