using System.Linq.Expressions;
using Governance.Model;
using Governance.Model.Loading;
using Governance.Rules.Definitions;
using static Governance.Rules.Tests.Engine.RuleKit;

namespace Governance.Rules.Tests.Evaluation.Running;

/// <summary>
/// Evaluating a rule set against authorities loaded from real YAML: findings, comply-or-explain departures, effective
/// dates, rule errors, limits. Rules are built by hand here; the shipped YAML rules are tested elsewhere.
/// </summary>
public class EvaluatorTests
{
    private const string Wigan = """
        code: E08000010
        name: Wigan Metropolitan Borough Council
        kind: metropolitanDistrict
        recordedAsAt: 2010-03-31
        people:
          - id: lomax
            name: Alison Lomax
            type: officer
        posts:
          - id: dcs
            role: directorOfChildrensServices
            holder: lomax
          - id: dass
            role: directorOfAdultSocialServices
            holder: lomax
        """;

    private static readonly Expression<Func<Post, DateOnly, bool>> IsDcs = (dcs, asAt) => dcs.Role == PostRole.DirectorOfChildrensServices;

    [Test]
    public void Evaluate_MatchingRule_FindingCarriesRuleCitationAuthorityEvidenceAndRemedy()
    {
        var ruleSet = RuleSetOf((DcsRule("dcs-found"), Info("dcs-found", Obligation.Should)));

        var result = ruleSet.Evaluate([Load(Wigan)]);

        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.RuleId.Should().Be("dcs-found");
        finding.Severity.Should().Be(Severity.Warning);
        finding.Status.Should().Be(FindingStatus.Open);
        finding.AuthorityCode.Should().Be("E08000010");
        finding.AuthorityName.Should().Be("Wigan Metropolitan Borough Council");
        finding.Citation.Paragraphs.Should().Equal("3.13");
        finding.Remedy.Should().Be("Do something about dcs-found.");
        finding.Location.Should().Be(new SourceLocation("wigan.yaml", 10, 5));
        finding.Evidence.Should().ContainSingle().Which.Should().Be(
            new Evidence("dcs", "Director of Children's Services (Alison Lomax)", new SourceLocation("wigan.yaml", 10, 5)));
        result.HasFailures.Should().BeTrue();
    }

    [TestCase(Obligation.Must, Severity.Error)]
    [TestCase(Obligation.Should, Severity.Warning)]
    [TestCase(Obligation.Advisory, Severity.Note)]
    public void Evaluate_Obligation_DecidesSeverity(Obligation obligation, Severity expected)
    {
        var ruleSet = RuleSetOf((DcsRule("r"), Info("r", obligation)));

        ruleSet.Evaluate([Load(Wigan)]).Findings.Single().Severity.Should().Be(expected);
    }

    [Test]
    public void Evaluate_ResultRecordsAsAtVersionDocumentsAndRulesInForce()
    {
        var ruleSet = RuleSetOf((DcsRule("r"), Info("r", Obligation.Should)));

        var result = ruleSet.Evaluate([Load(Wigan)]);

        result.AsAt.Should().Be(new DateOnly(2010, 3, 31), "the default as-at date is the date the file is recorded as at");
        result.RuleSetVersion.Should().Be("test-version");
        result.Documents.Should().ContainSingle().Which.Id.Should().Be("DCSF-00686-2009");
        result.RulesInForce.Should().Equal("r");
        result.AuthoritiesEvaluated.Should().Equal("E08000010");
        result.Complete.Should().BeTrue();
        result.Notices.Should().BeEmpty();
    }

    [Test]
    public void Evaluate_ValidDeparture_TurnsShouldFindingIntoDeparted()
    {
        var ruleSet = RuleSetOf((DcsRule("dcs-dass-combined"), Info("dcs-dass-combined", Obligation.Should)));

        var result = ruleSet.Evaluate([Load(Wigan + Departure("dcs-dass-combined", reviewBy: "2011-07-16"))]);

        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.Status.Should().Be(FindingStatus.Departed);
        finding.IsFailing.Should().BeFalse();
        finding.Departure!.Reasons.Should().Be("One director for all of the council's people services.");
        finding.Departure.DecidedBy.Should().Be("Cabinet");
        finding.Departure.Location.Line.Should().Be(17);
        result.HasFailures.Should().BeFalse();
    }

    [Test]
    public void Evaluate_IgnoringDepartures_ShowsEveryFindingOpen()
    {
        var ruleSet = RuleSetOf((DcsRule("dcs-dass-combined"), Info("dcs-dass-combined", Obligation.Should)));

        var result = ruleSet.Evaluate(
            [Load(Wigan + Departure("dcs-dass-combined", reviewBy: "2011-07-16"))],
            new EvaluationOptions { IgnoreDepartures = true });

        result.Findings.Should().ContainSingle().Which.Status.Should().Be(FindingStatus.Open);
        result.DeparturesIgnored.Should().BeTrue();
    }

    [Test]
    public void Evaluate_DepartureFromARuleRestingOnTheAct_IsAnErrorAndTheFindingStaysOpen()
    {
        var ruleSet = RuleSetOf((DcsRule("dcs-appointed"), Info("dcs-appointed", Obligation.Must) with { RestsOnLegislation = true }));

        var result = ruleSet.Evaluate([Load(Wigan + Departure("dcs-appointed"))]);

        result.Findings.Should().HaveCount(2);
        result.Findings.Should().ContainSingle(f => f.RuleId == "dcs-appointed").Which.Status.Should().Be(FindingStatus.Open);
        var departureFinding = result.Findings.Single(f => f.RuleId == "departure-from-legal-requirement");
        departureFinding.Severity.Should().Be(Severity.Error);
        departureFinding.Message.Should().Contain("only the statutory guidance can be departed from");
        departureFinding.Citation.Paragraphs.Should().Equal("1.12");
        departureFinding.Location.Line.Should().Be(17, "it points at the departure's rule id");
    }

    [Test]
    public void Evaluate_DepartureFromTheGuidancesOwnMust_IsDeparted()
    {
        var ruleSet = RuleSetOf((DcsRule("dcs-on-senior-management-team"), Info("dcs-on-senior-management-team", Obligation.Must)));

        var result = ruleSet.Evaluate([Load(Wigan + Departure("dcs-on-senior-management-team"))]);

        var finding = result.Findings.Should().ContainSingle().Which;
        finding.Severity.Should().Be(Severity.Error);
        finding.Status.Should().Be(FindingStatus.Departed);
    }

    [Test]
    public void Evaluate_DepartureWithEmptyReasons_IsAFindingAndDoesNotExcuse()
    {
        var ruleSet = RuleSetOf((DcsRule("dcs-dass-combined"), Info("dcs-dass-combined", Obligation.Should)));

        var result = ruleSet.Evaluate([Load(Wigan + Departure("dcs-dass-combined", reasons: "\"  \""))]);

        result.Findings.Should().Contain(f => f.RuleId == "departure-without-reasons" && f.Location.Line == 18);
        result.Findings.Single(f => f.RuleId == "dcs-dass-combined").Status.Should().Be(FindingStatus.Open);
    }

    [Test]
    public void Evaluate_DepartureNamingUnknownRule_IsAFindingWithSuggestion()
    {
        var ruleSet = RuleSetOf((DcsRule("dcs-dass-combined"), Info("dcs-dass-combined", Obligation.Should)));

        var result = ruleSet.Evaluate([Load(Wigan + Departure("dcs-das-combined"))]);

        result.Findings.Single(f => f.RuleId == "departure-unknown-rule").Message
            .Should().Contain("'dcs-das-combined'").And.Contain("did you mean 'dcs-dass-combined'?");
    }

    [TestCase("2010-03-30", true)]
    [TestCase("2010-03-31", false)]
    [TestCase("2010-04-01", false)]
    public void Evaluate_DepartureReviewDate_IsOverdueOnlyFromTheDayAfter(string reviewBy, bool overdue)
    {
        var ruleSet = RuleSetOf((DcsRule("dcs-dass-combined"), Info("dcs-dass-combined", Obligation.Should)));

        var result = ruleSet.Evaluate([Load(Wigan + Departure("dcs-dass-combined", reviewBy: reviewBy))]);

        result.Findings.Any(f => f.RuleId == "departure-review-overdue" && f.Severity == Severity.Note).Should().Be(overdue);
        result.Findings.Single(f => f.RuleId == "dcs-dass-combined").Status
            .Should().Be(FindingStatus.Departed, "the guidance sets no review date: a passed one is the tool's own reminder");
    }

    [Test]
    public void Evaluate_DepartureDecidedAfterAsAt_DoesNotYetExcuse()
    {
        var ruleSet = RuleSetOf((DcsRule("dcs-dass-combined"), Info("dcs-dass-combined", Obligation.Should)));

        var result = ruleSet.Evaluate(
            [Load(Wigan + Departure("dcs-dass-combined"))],
            new EvaluationOptions { AsAt = new DateOnly(2009, 7, 10) });

        result.Findings.Should().ContainSingle().Which.Status.Should().Be(FindingStatus.Open);
    }

    [Test]
    public void Evaluate_RuleOutsideItsEffectiveDates_IsNotEvaluatedAndSaysSo()
    {
        var ruleSet = RuleSetOf(
            (DcsRule("early"), Info("early", Obligation.Should) with { EffectiveUntil = new DateOnly(2009, 12, 31) }),
            (DcsRule("current"), Info("current", Obligation.Should) with { EffectiveFrom = new DateOnly(2010, 1, 1) }));

        var result = ruleSet.Evaluate([Load(Wigan)]);

        result.Findings.Select(f => f.RuleId).Should().Equal("current");
        result.RulesInForce.Should().Equal("current");
        result.Notices.Should().ContainSingle().Which.Should().Contain("1 of 2 rules are not in force as at 2010-03-31");
    }

    [Test]
    public void Evaluate_WhereNoRuleIsInForce_SaysSoPlainly()
    {
        var ruleSet = RuleSetOf((DcsRule("r"), Info("r", Obligation.Must) with { EffectiveFrom = new DateOnly(2008, 1, 1) }));

        var result = ruleSet.Evaluate([Load(Wigan)], new EvaluationOptions { AsAt = new DateOnly(2007, 6, 1) });

        result.Findings.Should().BeEmpty();
        result.RulesInForce.Should().BeEmpty();
        result.Notices.Should().ContainSingle().Which.Should().StartWith("No rule is in force as at 2007-06-01: nothing was checked.");
    }

    [Test]
    public void Evaluate_RuleThatThrows_IsARuleErrorNeverAFinding()
    {
        Expression<Func<Post, DateOnly, bool>> throws = (dcs, asAt) => dcs.Holder!.Name.Length / (dcs.Id.Length - 3) > 0;
        var rule = Finding("divides", Pattern<Post>("dcs", IsDcs, throws));
        var ruleSet = RuleSetOf((rule, Info("divides", Obligation.Must)));

        var result = ruleSet.Evaluate([Load(Wigan)]);

        result.Findings.Should().BeEmpty();
        var error = result.Errors.Should().ContainSingle().Subject;
        error.RuleId.Should().Be("divides");
        error.AuthorityCode.Should().Be("E08000010");
        error.Message.Should().Contain("divide by zero");
    }

    [Test]
    public void Evaluate_FindingAtAnAuthoritysSection_PointsAtThatSectionsKey()
    {
        Expression<Func<Authority, DateOnly, object>> posts = (a, asAt) => a.Posts;
        var rule = Finding("at-posts", new ListingMessage(), posts, Pattern<Authority>("a"));
        var ruleSet = RuleSetOf((rule, Info("at-posts", Obligation.Should)));

        var finding = ruleSet.Evaluate([Load(Wigan)]).Findings.Single();

        finding.Location.Should().Be(new SourceLocation("wigan.yaml", 9, 1));
    }

    [Test]
    public void Evaluate_FiringLimitReached_IsReportedIncomplete()
    {
        Expression<Func<Person, DateOnly, bool>> any = (p, asAt) => true;
        var ruleSet = RuleSetOf(
            (Finding("posts", Pattern<Post>("p")), Info("posts", Obligation.Advisory)),
            (Finding("people", Pattern<Person>("p", any)), Info("people", Obligation.Advisory)));

        var result = ruleSet.Evaluate([Load(Wigan)], new EvaluationOptions { MaxFirings = 2 });

        result.Complete.Should().BeFalse();
        result.StoppedBecause.Should().Contain("limit of 2 rule firings");
    }

    [Test]
    public void Evaluate_Cancelled_Throws()
    {
        var ruleSet = RuleSetOf((DcsRule("r"), Info("r", Obligation.Should)));
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        var act = () => ruleSet.Evaluate([Load(Wigan)], null, cancellation.Token);

        act.Should().Throw<OperationCanceledException>();
    }

    [Test]
    public void Evaluate_NoAuthoritiesAndNoAsAt_IsMisuse()
    {
        var ruleSet = RuleSetOf((DcsRule("r"), Info("r", Obligation.Should)));

        var act = () => ruleSet.Evaluate([]);

        act.Should().Throw<ArgumentException>();
    }

    private static RuleDefinition DcsRule(string id) => Finding(id, Pattern<Post>("dcs", IsDcs));

    private static RuleInfo Info(string id, Obligation obligation) => new()
    {
        Id = id,
        Title = $"Title of {id}",
        Citation = new Citation("DCSF-00686-2009", "2009", ["3.13"], "a quote"),
        Obligation = obligation,
        Remedy = $"Do something about {id}.",
    };

    private static RuleSet RuleSetOf(params (RuleDefinition Definition, RuleInfo Info)[] rules)
    {
        var document = new GuidanceDocument
        {
            Id = "DCSF-00686-2009",
            Title = "The Roles and Responsibilities of the Lead Member for Children's Services and the Director of Children's Services",
            Edition = "2009",
            InForceFrom = new DateOnly(2009, 7, 1),
        };
        var result = RuleSetCompiler.Compile(rules, [document], "test-version", [], Rules.Guidance.Catalogue.GuidanceCatalogue.Empty);
        result.Diagnostics.Should().BeEmpty();
        return result.RuleSet!;
    }

    private static Authority Load(string yaml)
    {
        // A fragment: each test holds only what it is about, not the sections every whole file must have (GOV151).
        var result = AuthorityLoader.LoadFragment(yaml, "wigan.yaml");
        result.Diagnostics.Should().BeEmpty();
        return result.Authorities.Single();
    }

    private static string Departure(string ruleId, string reasons = "One director for all of the council's people services.", string? reviewBy = null) =>
        $"""

        departures:
          - ruleId: {ruleId}
            reasons: {reasons}
            decidedBy: Cabinet
            decidedOn: 2009-07-16
        {(reviewBy is null ? string.Empty : $"    reviewBy: {reviewBy}")}
        """;
}
