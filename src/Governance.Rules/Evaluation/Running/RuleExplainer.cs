using System.Collections.Concurrent;
using Governance.Model;
using Governance.Rules.Definitions;

namespace Governance.Rules.Evaluation.Running;

/// <summary>
/// Explains one rule for one authority: evaluates the authority with a trace, and maps the trace back onto the rule's
/// own conditions, in the order the rule writes them (<see cref="Explanation"/>).
/// </summary>
internal static class RuleExplainer
{
    public static Explanation Explain(RuleSet ruleSet, Authority authority, string ruleId, EvaluationOptions options, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(authority);
        ArgumentNullException.ThrowIfNull(ruleId);
        var rule = ruleSet.Rules.FirstOrDefault(r => r.Id == ruleId)
            ?? throw new ArgumentException($"No rule has the id '{ruleId}'.", nameof(ruleId));

        var trace = new Recorder();
        var result = ruleSet.Evaluate([authority], options with { Trace = trace }, cancellation);
        var asAt = options.AsAt ?? authority.RecordedAsAt;
        var events = trace.Events.Where(e => e.RuleId == ruleId).ToList();

        var derives = ruleSet.Rules.Where(r => r.Derives is not null).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var errors = result.Errors.Where(e => e.RuleId == ruleId || derives.Contains(e.RuleId)).ToList();
        var findings = result.Findings.Where(f => f.RuleId == ruleId).ToList();
        var derived = events.Where(e => e.Kind == TraceEventKind.FactDerived).Select(e => e.Derived!).ToList();
        var recorded = authority.Departures.Where(d => d.RuleId == ruleId).ToList();
        var departureNames = recorded.Select(d => (d.ToString(), d.Location)).ToHashSet();
        var inForce = rule.IsEffectiveOn(asAt);

        var outcome = !inForce ? ExplanationOutcome.NotInForce
            : errors.Any(e => e.RuleId == ruleId) ? ExplanationOutcome.RuleError
            : findings.Count > 0 || derived.Count > 0 || events.Any(e => e.Kind == TraceEventKind.RuleFired) ? ExplanationOutcome.Fired
            : ExplanationOutcome.DidNotFire;

        var definition = ruleSet.Compiled.Rules.FirstOrDefault(d => d.Id == ruleId);
        var alternatives = new HashSet<ConditionTrace>();
        var conditions = definition is null ? [] : Conditions(definition, events, alternatives);
        return new Explanation
        {
            Rule = rule,
            CitedItems = [.. rule.Citation.Paragraphs.Select(p => ruleSet.Documents
                    .FirstOrDefault(d => d.Id == rule.Citation.Document)?.Items.FirstOrDefault(i => i.Number == p))
                .OfType<GuidanceItem>()],
            AuthorityCode = authority.Code,
            AuthorityName = authority.Name,
            AuthorityLocation = authority.Location,
            AsAt = asAt,
            AsAtGiven = options.AsAt is not null,
            InForce = inForce,
            Outcome = outcome,
            Findings = findings,
            Derived = derived,
            Departures = [.. recorded.Select(d => new DepartureRecord(d.Reasons, d.DecidedBy, d.DecidedOn, d.ReviewBy, d.Location))],
            DepartureProblems = [.. result.Findings.Where(f => RuleSet.DepartureChecks.Any(c => c.Id == f.RuleId)
                                                            && f.Evidence.Any(e => departureNames.Contains((e.Description, e.Location))))],
            Errors = errors,
            Conditions = conditions,
            StoppedAt = outcome == ExplanationOutcome.DidNotFire ? StoppedAt(conditions, alternatives) : null,
            Activations = [.. events.Where(e => e.Kind == TraceEventKind.ActivationCreated)],
            Notices = [.. result.Notices.Where(n => n.Contains($"({authority.Code})", StringComparison.Ordinal)
                                                  || n.StartsWith("No catalogued guidance", StringComparison.Ordinal))],
        };
    }

    /// <summary>The rule's conditions in written order, each with the trace's evaluations of it.</summary>
    private static List<ConditionTrace> Conditions(RuleDefinition definition, List<TraceEvent> events, HashSet<ConditionTrace> alternatives)
    {
        var inOr = false;
        var evaluations = events.Where(e => e.Kind == TraceEventKind.ConditionEvaluated).ToList();
        var conditions = new List<ConditionTrace>();
        void Add(ConditionElement condition, string? pattern, ConditionPlace place, SourceLocation placeLocation)
        {
            var trace = new ConditionTrace
            {
            Text = condition.Text,
            Location = condition.Location,
            Pattern = pattern,
            Place = place,
            PlaceLocation = placeLocation,
            Evaluations = [.. evaluations.Where(e => e.Condition == condition.Text && e.ConditionLocation == condition.Location)],
            };
            conditions.Add(trace);
            if (inOr)
            {
                alternatives.Add(trace);
            }
        }

        void Walk(RuleElement element, ConditionPlace place, SourceLocation placeLocation)
        {
            switch (element)
            {
                case PatternElement pattern:
                    foreach (var condition in pattern.Conditions)
                    {
                        Add(condition, $"{pattern.Binding}: {pattern.Type.Name}", place, placeLocation);
                    }

                    break;
                case CheckElement check:
                    Add(check.Condition, null, place, placeLocation);
                    break;
                case AndElement and:
                    and.Elements.ToList().ForEach(e => Walk(e, place, placeLocation));
                    break;
                case OrElement or:
                    var outer = inOr;
                    inOr = true;
                    or.Branches.ToList().ForEach(b => Walk(b, place, placeLocation));
                    inOr = outer;
                    break;
                case NotElement not:
                    Walk(not.Source, place == ConditionPlace.Required ? ConditionPlace.InsideNot : place, place == ConditionPlace.Required ? not.Location : placeLocation);
                    break;
                case ExistsElement exists:
                    Walk(exists.Source, place, placeLocation);
                    break;
                case ForAllElement forAll:
                    var inner = place == ConditionPlace.Required ? ConditionPlace.InsideForAll : place;
                    var at = place == ConditionPlace.Required ? forAll.Location : placeLocation;
                    Walk(forAll.Base, inner, at);
                    forAll.Conditions.ToList().ForEach(c => Walk(c, inner, at));
                    break;
                case AggregateElement aggregate:
                    var counts = aggregate.Kind != AggregateKind.Group && place == ConditionPlace.Required;
                    Walk(aggregate.Source, counts ? ConditionPlace.InsideAggregate : place, counts ? aggregate.Location : placeLocation);
                    break;
            }
        }

        Walk(definition.Lhs, ConditionPlace.Required, SourceLocation.None);
        return conditions;
    }

    /// <summary>Where a rule that did not fire stopped (<see cref="Explanation.StoppedAt"/>); conditions of an <c>or</c> are alternatives, so never the reason alone.</summary>
    private static ConditionTrace? StoppedAt(List<ConditionTrace> conditions, HashSet<ConditionTrace> alternatives) =>
        conditions.FirstOrDefault(c => c.Place == ConditionPlace.Required && c.Held == 0 && !alternatives.Contains(c))
        ?? conditions
            .Where(c => c.Place == ConditionPlace.InsideNot && !alternatives.Contains(c))
            .GroupBy(c => c.PlaceLocation)
            .Where(g => g.All(c => c.Held > 0))
            .Select(g => g.Last())
            .FirstOrDefault();

    /// <summary>Records every event of an evaluation; sessions may run at once, so it is thread-safe.</summary>
    private sealed class Recorder : IEvaluationTrace
    {
        private readonly ConcurrentQueue<TraceEvent> events = new();

        public IEnumerable<TraceEvent> Events => events;

        public void Record(TraceEvent traceEvent) => events.Enqueue(traceEvent);
    }
}
