using Governance.Model;
using Governance.Rules.Engine;
using static Governance.Rules.Tests.Engine.RuleKit;

namespace Governance.Rules.Tests.Engine;

/// <summary>
/// The work the engine does grows linearly with the number of authorities: counted as conditions evaluated, which is
/// deterministic, rather than timed.
/// </summary>
public class EfficiencyTests
{
    [TestCase(10)]
    [TestCase(100)]
    public void Filters_run_once_per_fact_and_an_equality_join_looks_candidates_up_instead_of_trying_them_all(int authorities)
    {
        var isDcs = Cond((Post dcs, DateOnly asAt) => dcs.Role == PostRole.DirectorOfChildrensServices);
        var isDass = Cond((Post dcs, Post dass, DateOnly asAt) => dass.Role == PostRole.DirectorOfAdultSocialServices);
        var sameHolder = Cond((Post dcs, Post dass, DateOnly asAt) => dass.Holder == dcs.Holder);
        var rule = Finding("dcs-dass", Pattern<Post>("dcs", isDcs), Pattern<Post>("dass", isDass, sameHolder));
        var facts = new List<object>();
        for (var i = 0; i < authorities; i++)
        {
            var director = Facts.Officer($"d{i}");
            facts.Add(Facts.Post($"dcs{i}", PostRole.DirectorOfChildrensServices, director));
            facts.Add(Facts.Post($"dass{i}", PostRole.DirectorOfAdultSocialServices, i % 2 == 0 ? director : Facts.Officer($"a{i}")));
            facts.Add(Facts.Post($"chief{i}", PostRole.ChiefExecutive, Facts.Officer($"c{i}")));
        }

        var trace = new CountingTrace();
        var result = Compile(rule).Evaluate(facts, new EngineOptions { AsAt = AsAt, Trace = trace });

        result.Matches.Should().HaveCount((authorities + 1) / 2);
        trace.Count(isDcs).Should().Be(3 * authorities);
        trace.Count(isDass).Should().Be(3 * authorities, "a filter runs once per fact, not once per outer tuple");
        trace.Count(sameHolder).Should().Be(authorities / 2 + (authorities % 2), "only the DASS post with the same holder is tried");
    }

    private sealed class CountingTrace : IEngineTrace
    {
        private readonly Dictionary<System.Linq.Expressions.LambdaExpression, int> counts = [];

        public int Count(System.Linq.Expressions.LambdaExpression condition) => counts.GetValueOrDefault(condition);

        public void ConditionEvaluated(ConditionEvaluatedEvent e) => counts[e.Condition.Expression] = Count(e.Condition.Expression) + 1;

        public void ActivationCreated(ActivationEvent e)
        {
        }

        public void RuleFired(ActivationEvent e)
        {
        }

        public void FactDerived(FactDerivedEvent e)
        {
        }
    }
}
