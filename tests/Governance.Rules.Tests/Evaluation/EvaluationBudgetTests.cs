using System.Text;
using Governance.Model;
using Governance.Model.Loading;
using NRules.Fluent.Dsl;

namespace Governance.Rules.Tests.Evaluation;

/// <summary>
/// The budgets that bound an evaluation (time, partial matches, derived facts): a rule that would run without end, or
/// gather more matches than memory holds, stops within its budget, and the result says which rule, with a stable code.
/// The budgets here are small so that every test finishes fast; none of them times anything.
/// </summary>
public class EvaluationBudgetTests
{
    private const string Cite = """
        cites: { document: DCSF-00686-2009, paragraphs: ["3.1"], quote: strategic leadership of high quality services }
        """;

    [Test]
    public void A_three_pattern_cartesian_join_stops_at_the_budget_of_partial_matches_naming_the_rule()
    {
        var rules = Rules(EveryThreePostsRule());

        // 400 posts: 64 million triples, more than the memory would hold as activations.
        var result = rules.Evaluate([Generated(posts: 400)], new EvaluationOptions { MaxMatches = 20_000 });

        result.Complete.Should().BeFalse();
        result.StoppedBecause.Should().Contain("20,000 partial matches");
        var error = result.Errors.Should().ContainSingle().Which;
        error.Code.Should().Be("GOV538");
        error.RuleId.Should().Be("every-three-posts");
        error.AuthorityCode.Should().Be("E08000010");
        error.Location.File.Should().Be("local/cartesian.yaml");
        error.Message.Should().Contain("no condition relating them");
        error.ToString().Should().StartWith("local/cartesian.yaml:1:1: rule error GOV538 every-three-posts: The rule made more than 20,000 partial matches");
        result.Findings.Count.Should().BeLessThanOrEqualTo(20_000);
    }

    [Test]
    public void A_cartesian_join_inside_not_stops_at_the_budget_of_partial_matches()
    {
        var rules = Rules(("inside-not.yaml", $"""
            id: no-three-posts
            title: No three posts
            {Cite}
            obligation: advisory
            when:
              - la: Authority
              - not:
                  - p: Post
                  - q: Post
                  - r: Post where r != p and r != q
            then:
              finding: "{"{la.name}"} has no three posts."
            """));

        var result = rules.Evaluate([Generated(posts: 400)], new EvaluationOptions { MaxMatches = 20_000 });

        result.Complete.Should().BeFalse();
        var error = result.Errors.Should().ContainSingle().Which;
        error.Code.Should().Be("GOV538");
        error.RuleId.Should().Be("no-three-posts");
        result.Findings.Should().BeEmpty("a rule under not that never finished matching has not held");
    }

    [Test]
    public void An_endless_derivation_stops_at_the_budget_of_derived_facts_naming_the_rule()
    {
        var rules = Rules(
            ("counter-seed.yaml", $"""
                id: counter-seed
                title: A counter starts at nought
                {Cite}
                when:
                  - la: Authority
                then:
                  derive:
                    fact: Counter
                    with:
                      n: 0
                """),
            ("counter-step.yaml", $"""
                id: counter-step
                title: A counter counts on for ever
                {Cite}
                when:
                  - c: Counter
                then:
                  derive:
                    fact: Counter
                    with:
                      n: c.n + 1
                """));

        var result = rules.Evaluate([Generated(posts: 1)], new EvaluationOptions { MaxDerivedFacts = 500 });

        result.Complete.Should().BeFalse();
        result.StoppedBecause.Should().Contain("500 derived facts");
        var error = result.Errors.Should().ContainSingle().Which;
        error.Code.Should().Be("GOV539");
        error.RuleId.Should().Be("counter-step");
        error.Location.File.Should().Be("local/counter-step.yaml");
    }

    [Test]
    public void An_evaluation_past_its_time_limit_stops_with_an_incomplete_result_rather_than_an_exception()
    {
        var rules = Rules(EveryThreePostsRule("c.holder != b.holder"));

        // One person holds every post, so the last condition never holds: 64 million evaluations, only 160,000 partial
        // matches. A millisecond is far less than those evaluations take: only the time limit can stop it.
        var result = rules.Evaluate([Generated(posts: 400)], new EvaluationOptions { TimeLimit = TimeSpan.FromMilliseconds(1) });

        result.Complete.Should().BeFalse();
        result.StoppedBecause.Should().Contain("time limit of 1ms");
        result.Errors.Should().ContainSingle().Which.Code.Should().Be("GOV537");
    }

    [Test]
    public void The_caller_cancelling_still_throws_whatever_the_budgets()
    {
        var rules = Rules();
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        var act = () => rules.Evaluate([Generated(posts: 1)], new EvaluationOptions { TimeLimit = TimeSpan.FromMinutes(1) }, cancellation.Token);

        act.Should().Throw<OperationCanceledException>();
    }

    [Test]
    public void The_default_budgets_are_generous_and_the_shipped_rules_stay_well_within_them()
    {
        var options = new EvaluationOptions();
        options.TimeLimit.Should().Be(TimeSpan.FromMinutes(5));
        options.MaxMatches.Should().Be(EvaluationOptions.DefaultMaxMatches);
        options.MaxDerivedFacts.Should().Be(EvaluationOptions.DefaultMaxDerivedFacts);

        var samples = AuthorityLoader.LoadFolder(Path.Combine(Loading.RepositoryFiles.Root, "samples", "authorities"));
        var result = RuleSet.LoadShipped().Evaluate(samples.Authorities, new EvaluationOptions { MaxMatches = 2_000, MaxDerivedFacts = 100 });

        result.Complete.Should().BeTrue("the shipped rules make a few hundred partial matches per authority");
        result.Errors.Should().BeEmpty();
    }

    [TestCase(0, 1)]
    [TestCase(1, 0)]
    public void A_budget_below_one_is_misuse(int maxMatches, int maxDerivedFacts)
    {
        var act = () => Rules().Evaluate([Generated(posts: 1)], new EvaluationOptions { MaxMatches = maxMatches, MaxDerivedFacts = maxDerivedFacts });

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test]
    public void A_CSharp_rule_that_inserts_without_end_stops_at_the_budget_of_derived_facts()
    {
        var rules = Rules().WithRules([new CounterStarts(), new CountsForEver()]).RuleSet!;

        var result = rules.Evaluate([Generated(posts: 1)], new EvaluationOptions { MaxDerivedFacts = 300 });

        result.Complete.Should().BeFalse();
        var error = result.Errors.Should().ContainSingle().Which;
        error.Code.Should().Be("GOV539");
        error.RuleId.Should().Be("counts-for-ever");
    }

    [Test]
    public void A_CSharp_rule_joining_every_three_posts_stops_at_the_time_limit()
    {
        var rules = Rules().WithRules([new EveryThreePosts()]).RuleSet!;

        var result = rules.Evaluate([Generated(posts: 400)], new EvaluationOptions { TimeLimit = TimeSpan.FromMilliseconds(1) });

        result.Complete.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Code.Should().Be("GOV537");
    }

    [Test]
    public void A_CSharp_rule_joining_every_three_posts_stops_at_the_budget_of_partial_matches_naming_the_rule()
    {
        var rules = Rules().WithRules([new EveryThreePosts()]).RuleSet!;

        var result = rules.Evaluate([Generated(posts: 400)], new EvaluationOptions { MaxMatches = 20_000 });

        result.Complete.Should().BeFalse();
        result.StoppedBecause.Should().Contain("20,000 partial matches");
        var error = result.Errors.Should().ContainSingle().Which;
        error.Code.Should().Be("GOV538");
        error.RuleId.Should().Be("every-three-posts-in-csharp");
    }

    /// <summary>The guidance catalogue and the rules given, as a rule set loaded from YAML.</summary>
    private static RuleSet Rules(params (string Name, string Text)[] rules) =>
        Loading.CatalogueRules.Load(rules.Select(r => RuleSetFile.FromText($"local/{r.Name}", r.Text)));

    /// <summary>A rule that joins every three posts, the last with the condition given (or none).</summary>
    private static (string Name, string Text) EveryThreePostsRule(string? lastCondition = null) => ("cartesian.yaml", $"""
        id: every-three-posts
        title: Every three posts
        {Cite}
        obligation: advisory
        when:
          - a: Post
          - b: Post
          - c: Post{(lastCondition is null ? string.Empty : " where " + lastCondition)}
        then:
          finding: "Three posts."
        """);

    /// <summary>An authority whose one officer holds as many posts as asked.</summary>
    private static Authority Generated(int posts)
    {
        var yaml = new StringBuilder("""
            code: E08000010
            name: Wigan Metropolitan Borough Council
            kind: metropolitanDistrict
            recordedAsAt: 2010-03-31
            people:
              - { id: lomax, name: Alison Lomax, type: officer }
            posts:

            """);
        for (var i = 0; i < posts; i++)
        {
            yaml.Append("  - { id: p").Append(i).Append(", role: supportingMember, holder: lomax }\n");
        }

        var loaded = AuthorityLoader.LoadFragment(yaml.ToString(), "generated.yaml");
        loaded.Diagnostics.Should().BeEmpty();
        return loaded.Authorities.Single();
    }

    private sealed record Step(int N);

    [GuidanceRule("counter-starts", "A counter starts at nought", "DCSF-00686-2009", "strategic leadership of high quality services", "3.1")]
    private sealed class CounterStarts : Rule
    {
        public override void Define()
        {
            Authority authority = null!;
            When().Match(() => authority);
            Then().Do(ctx => ctx.Insert(new Step(0)));
        }
    }

    [GuidanceRule("counts-for-ever", "Counts for ever", "DCSF-00686-2009", "strategic leadership of high quality services", "3.1")]
    private sealed class CountsForEver : Rule
    {
        public override void Define()
        {
            Step step = null!;
            When().Match(() => step);
            Then().Do(ctx => ctx.Insert(new Step(step.N + 1)));
        }
    }

    [GuidanceRule("every-three-posts-in-csharp", "Every three posts", "DCSF-00686-2009", "strategic leadership of high quality services", "3.1", Obligation = Obligation.Advisory)]
    private sealed class EveryThreePosts : Rule
    {
        public override void Define()
        {
            Post a = null!;
            Post b = null!;
            Post c = null!;
            When()
                .Match(() => a)
                .Match(() => b, p => p != a)
                .Match(() => c, p => p != b);
            Then().Do(ctx => ctx.ReportFinding("Three posts."));
        }
    }
}
