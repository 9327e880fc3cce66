using Governance.Model;
using Governance.Rules.Engine;
using static Governance.Rules.Tests.Engine.RuleKit;

namespace Governance.Rules.Tests.Engine;

public class TraceTests
{
    [Test]
    public void A_trace_records_conditions_evaluated_with_their_results_activations_firings_and_derived_facts()
    {
        var jane = Facts.Officer("jane");
        var dcs = Facts.Post("dcs", PostRole.DirectorOfChildrensServices, jane);
        var leader = Facts.Post("leader", PostRole.Leader, jane);
        var isDcs = Cond((Post p, DateOnly asAt) => p.Role == PostRole.DirectorOfChildrensServices);
        var trace = new RecordingTrace();
        var rules = Compile(Finding("dcs", Pattern<Post>("p", isDcs)), ForwardChainingTests.HoldsPostRule());

        rules.Evaluate([dcs, leader], new EngineOptions { AsAt = AsAt, Trace = trace });

        trace.Conditions.Should().Contain(e => e.Condition.Expression == isDcs && e.Result == ConditionResult.False
            && e.Bindings.Single().Value == leader);
        trace.Conditions.Should().Contain(e => e.Condition.Expression == isDcs && e.Result == ConditionResult.True
            && e.Bindings.Single().Value == dcs);
        trace.Events.Should().Contain("activation dcs p=dcs").And.Contain("fired dcs p=dcs")
            .And.Contain("derived holds-post HoldsPost(jane, dcs)").And.Contain("derived holds-post HoldsPost(jane, leader)");
        trace.Events.IndexOf("activation dcs p=dcs").Should().BeLessThan(trace.Events.IndexOf("fired dcs p=dcs"));
    }

    [Test]
    public void A_trace_records_a_condition_that_threw_as_an_error()
    {
        var vacant = Facts.Post("vacant", PostRole.Leader);
        var trace = new RecordingTrace();
        var rules = Compile(Finding("named", Pattern<Post>("p", Cond((Post p, DateOnly asAt) => p.Holder!.Name.Length > 0))));

        rules.Evaluate([vacant], new EngineOptions { AsAt = AsAt, Trace = trace });

        trace.Conditions.Should().ContainSingle().Which.Result.Should().Be(ConditionResult.Error);
    }

    private sealed class RecordingTrace : IEngineTrace
    {
        public List<ConditionEvaluatedEvent> Conditions { get; } = [];

        public List<string> Events { get; } = [];

        public void ConditionEvaluated(ConditionEvaluatedEvent e) => Conditions.Add(e);

        public void ActivationCreated(ActivationEvent e) => Events.Add($"activation {e.Rule.Id} {Bindings(e.Bindings)}");

        public void RuleFired(ActivationEvent e) => Events.Add($"fired {e.Rule.Id} {Bindings(e.Bindings)}");

        public void FactDerived(FactDerivedEvent e) => Events.Add($"derived {e.Rule.Id} {Text(e.Fact)}");
    }
}
