using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Governance.Model;
using Governance.Rules.Definitions;
using Governance.Rules.Engine;
using static Governance.Rules.Tests.Engine.RuleKit;

namespace Governance.Rules.Tests.Engine;

public class SessionTests
{
    private static readonly FactType Counter = Kind("Counter", ("n", typeof(int)));

    private static CompiledRules RunawayRules() => Compile(
        Derive("seed", Counter, [Pattern<Post>("p")], ("n", Value((Post p, DateOnly asAt) => 0))),
        Derive("increment", Counter, [Pattern("c", Counter)], ("n", Value((DerivedFact c, DateOnly asAt) => (int)c.Get("n")! + 1))));

    [Test]
    public void A_rule_set_that_would_derive_forever_stops_at_the_firing_cap_and_says_so()
    {
        var result = RunawayRules().Evaluate([Facts.Post("p", PostRole.Leader)], new EngineOptions { AsAt = AsAt, MaxFirings = 50 });

        result.Completed.Should().BeFalse();
        result.StoppedBecause.Should().Be(StopReason.FiringLimitReached);
        result.Firings.Should().Be(50);
        result.DerivedFacts.Should().HaveCount(50);
    }

    [Test]
    public void A_session_that_needs_exactly_the_cap_completes()
    {
        var rules = Compile(Finding("posts", Pattern<Post>("p")));

        var result = rules.Evaluate([Facts.Post("a", PostRole.Leader), Facts.Post("b", PostRole.Leader)], new EngineOptions { AsAt = AsAt, MaxFirings = 2 });

        result.Completed.Should().BeTrue();
        result.Matches.Should().HaveCount(2);
    }

    [Test]
    public void The_default_cap_is_generous_but_finite()
    {
        new EngineOptions { AsAt = AsAt }.MaxFirings.Should().Be(100_000);
    }

    [Test]
    public void A_cancelled_token_stops_the_session_and_the_result_says_cancelled()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        var result = RunawayRules().Evaluate([Facts.Post("p", PostRole.Leader)], new EngineOptions { AsAt = AsAt }, cancellation.Token);

        result.StoppedBecause.Should().Be(StopReason.Cancelled);
        result.Completed.Should().BeFalse();
        result.Firings.Should().Be(0);
    }

    [Test]
    public void Cancelling_during_evaluation_stops_promptly()
    {
        using var cancellation = new CancellationTokenSource();
        var evaluations = new StrongBox<int>();
        var rule = Finding(
            "pairs",
            Pattern<Officer>("a"),
            Pattern<Officer>("b", Cond((Officer a, Officer b, DateOnly asAt) => a != b && CountAndCancel(evaluations, cancellation))));
        var officers = Enumerable.Range(0, 200).Select(i => (object)Facts.Officer($"o{i}")).ToList();

        var result = Compile(rule).Evaluate(officers, new EngineOptions { AsAt = AsAt }, cancellation.Token);

        result.StoppedBecause.Should().Be(StopReason.Cancelled);
        evaluations.Value.Should().Be(10, "the session checks the token before trying each candidate");
        result.Matches.Should().BeEmpty();
    }

    [Test]
    public void Rules_not_in_force_are_skipped_and_the_facts_they_would_derive_are_absent()
    {
        var jane = Facts.Officer("jane");
        var facts = new object[] { Facts.Post("dcs", PostRole.DirectorOfChildrensServices, jane), Facts.Post("dass", PostRole.DirectorOfAdultSocialServices, jane) };
        var rules = Compile(ForwardChainingTests.HoldsPostRule(), ForwardChainingTests.DualRoleRule(), ForwardChainingTests.DualRoleFinding());

        var result = rules.Evaluate(facts, new EngineOptions { AsAt = AsAt, IsActive = rule => rule.Id != "dual-role" });

        result.Matches.Should().BeEmpty();
        result.DerivedFacts.Should().OnlyContain(f => f.Kind == "HoldsPost").And.HaveCount(2);
    }

    [Test]
    public void One_compiled_rule_set_evaluated_from_many_threads_gives_the_same_results_as_sequential_runs()
    {
        var rules = Compile(
            ForwardChainingTests.HoldsPostRule(),
            ForwardChainingTests.DualRoleRule(),
            ForwardChainingTests.DualRoleFinding(),
            Finding("posts-by-role", Group("g", Pattern<Post>("p"), Value((Post p, DateOnly asAt) => p.Role))),
            Finding("no-dcs", Not(Pattern<Post>("p", Cond((Post p, DateOnly asAt) => p.Role == PostRole.DirectorOfChildrensServices)))));
        var factSets = Enumerable.Range(0, 16).Select(FactSet).ToList();
        var sequential = factSets.Select(facts => Describe(Run(rules, facts))).ToList();

        var parallel = new ConcurrentDictionary<int, string>();
        Parallel.For(0, factSets.Count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = Describe(Run(rules, factSets[i])));

        Enumerable.Range(0, factSets.Count).Select(i => parallel[i]).Should().Equal(sequential);
        sequential.Distinct().Should().HaveCountGreaterThan(1, "the fact sets differ, so their results should too");
    }

    [Test]
    public void A_session_runs_once()
    {
        var session = Compile(Finding("posts", Pattern<Post>("p"))).CreateSession([], new EngineOptions { AsAt = AsAt });
        session.Run();

        var again = () => session.Run();

        again.Should().Throw<InvalidOperationException>();
    }

    [Test]
    public void The_evaluation_date_is_passed_to_conditions_as_asAt()
    {
        var rule = Finding("started-before", Pattern<Post>("p", Cond((Post p, DateOnly asAt) => p.Start < asAt)));
        var post = new Post { Id = "p", Role = PostRole.Leader, Start = new DateOnly(2010, 1, 1), Location = At(900) };

        Compile(rule).Evaluate([post], new EngineOptions { AsAt = new DateOnly(2010, 6, 1) }).Matches.Should().ContainSingle();
        Compile(rule).Evaluate([post], new EngineOptions { AsAt = new DateOnly(2009, 6, 1) }).Matches.Should().BeEmpty();
    }

    private static bool CountAndCancel(StrongBox<int> evaluations, CancellationTokenSource cancellation)
    {
        if (++evaluations.Value == 10)
        {
            cancellation.Cancel();
        }

        return true;
    }

    private static List<object> FactSet(int seed)
    {
        var people = Enumerable.Range(0, 3 + (seed % 4)).Select(i => Facts.Officer($"s{seed}o{i}")).ToArray();
        var facts = new List<object>(people);
        for (var i = 0; i < 4 + seed; i++)
        {
            facts.Add(Facts.Post($"s{seed}p{i}", (PostRole)((i + seed) % 7), people[(i * seed) % people.Length]));
        }

        return facts;
    }
}
