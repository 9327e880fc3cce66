using Governance.Rules.Engine;

namespace Governance.Rules.Evaluation.Running;

/// <summary>Turns the engine's trace into the public <see cref="TraceEvent"/>s, describing facts as findings do.</summary>
internal sealed class EngineTraceAdapter(IEvaluationTrace trace) : IEngineTrace
{
    public void ConditionEvaluated(ConditionEvaluatedEvent e) => trace.Record(new TraceEvent
    {
        Kind = TraceEventKind.ConditionEvaluated,
        RuleId = e.Rule.Id,
        Bindings = Describe(e.Bindings),
        Condition = e.Condition.Text,
        ConditionLocation = e.Condition.Location,
        Result = e.Result switch
        {
            ConditionResult.True => true,
            ConditionResult.False => false,
            _ => null,
        },
    });

    public void ActivationCreated(ActivationEvent e) => trace.Record(new TraceEvent
    {
        Kind = TraceEventKind.ActivationCreated,
        RuleId = e.Rule.Id,
        Bindings = Describe(e.Bindings),
    });

    public void RuleFired(ActivationEvent e) => trace.Record(new TraceEvent
    {
        Kind = TraceEventKind.RuleFired,
        RuleId = e.Rule.Id,
        Bindings = Describe(e.Bindings),
    });

    public void FactDerived(FactDerivedEvent e) => trace.Record(new TraceEvent
    {
        Kind = TraceEventKind.FactDerived,
        RuleId = e.Rule.Id,
        Bindings = [],
        Derived = e.Fact.ToString(),
    });

    private static IReadOnlyList<Evidence> Describe(IEnumerable<BoundValue> bindings) => AuthorityFacts.EvidenceOf(bindings);
}
