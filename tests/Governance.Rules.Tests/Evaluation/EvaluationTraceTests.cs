using System.Collections.Concurrent;
using Governance.Model.Loading;
using Governance.Rules.Tests.Loading;

namespace Governance.Rules.Tests.Evaluation;

/// <summary>The public trace of an evaluation, which an explanation of a finding is built from.</summary>
public class EvaluationTraceTests
{
    [Test]
    public void Trace_RecordsTheConditionsActivationAndFiringBehindAFinding()
    {
        var trace = new RecordingTrace();
        var derby = AuthorityLoader.LoadFileOrThrow(Path.Combine(RepositoryFiles.Root, "samples", "authorities", "derby.yaml"));

        RuleSet.LoadOrThrow(RepositoryFiles.Rules).Evaluate([derby], new EvaluationOptions { Trace = trace });

        var events = trace.Events.Where(e => e.RuleId == "dcs-on-senior-management-team").ToList();
        events.Should().Contain(e => e.Kind == TraceEventKind.ConditionEvaluated && e.Result == true && e.Condition != null
                                     && e.ConditionLocation.File.EndsWith("dcs-on-senior-management-team.yaml", StringComparison.Ordinal));
        events.Should().Contain(e => e.Kind == TraceEventKind.ConditionEvaluated && e.Result == false);
        events.Should().ContainSingle(e => e.Kind == TraceEventKind.ActivationCreated)
            .Which.Bindings.Should().Contain(b => b.Name == "dcs" && b.Location.File.EndsWith("derby.yaml", StringComparison.Ordinal));
        events.Should().ContainSingle(e => e.Kind == TraceEventKind.RuleFired);
    }

    [Test]
    public void Trace_RecordsFactsDerivedForOtherRules()
    {
        var trace = new RecordingTrace();
        var nottinghamshire = AuthorityLoader.LoadFileOrThrow(Path.Combine(RepositoryFiles.Root, "samples", "authorities", "nottinghamshire.yaml"));

        RuleSet.LoadOrThrow(RepositoryFiles.Rules).Evaluate([nottinghamshire], new EvaluationOptions { Trace = trace });

        trace.Events.Should().Contain(e => e.Kind == TraceEventKind.FactDerived && e.Derived!.StartsWith("TwoTierArea(", StringComparison.Ordinal));
    }

    private sealed class RecordingTrace : IEvaluationTrace
    {
        private readonly ConcurrentQueue<TraceEvent> events = new();

        public IReadOnlyList<TraceEvent> Events => [.. events];

        public void Record(TraceEvent traceEvent) => events.Enqueue(traceEvent);
    }
}
