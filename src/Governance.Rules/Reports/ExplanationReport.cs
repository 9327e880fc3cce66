using Governance.Rules.Reports.Writing;

namespace Governance.Rules.Reports;

/// <summary>
/// Writes an <see cref="Explanation"/> as text for an analyst: the rule and what it cites, the date judged and whether
/// the rule was in force on it, then in plain words whether it fired and why (its findings and any departure, or the
/// condition where it stopped), and the notices about the authority. With details, each condition of the rule follows,
/// with how often it held and the facts it was evaluated against, then each set of facts that matched the whole rule.
/// Line ends are <c>\n</c>; text from the files is escaped.
/// </summary>
public static class ExplanationReport
{
    private const string Indent = "  ";

    /// <summary>How many facts the plain account lists for a condition before saying how many more there are.</summary>
    private const int FactsShown = 5;

    /// <summary>Writes the explanation as text.</summary>
    /// <param name="explanation">The explanation.</param>
    /// <param name="output">Where the text goes.</param>
    /// <param name="details">Whether to add every condition's evaluations and every activation (the command's <c>--verbose</c>).</param>
    public static void WriteText(Explanation explanation, TextWriter output, bool details = false)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        ArgumentNullException.ThrowIfNull(output);
        void Line(string text) => output.Write(text + "\n");
        var rule = explanation.Rule;

        Line(LineText.Escape($"{rule.Id}: {rule.Title}"));
        Line(LineText.Escape($"{Indent}Cites {rule.Citation}" + (rule.Obligation is { } obligation ? $" ({obligation.ToString().ToLowerInvariant()}" +
                                                                     (rule.MayBeDepartedFrom ? ", may be departed from with reasons)" : ")") : string.Empty) + ":"));
        if (explanation.CitedItems.Count == 0)
        {
            Line($"{Indent}{Indent}\"{LineText.OneLine(rule.Citation.Quote)}\"");
        }

        foreach (var item in explanation.CitedItems)
        {
            Line($"{Indent}{Indent}{LineText.Escape(item.Number)}: \"{LineText.OneLine(item.Quote)}\"");
        }

        Line(LineText.Escape($"{explanation.AuthorityName} ({explanation.AuthorityCode}), {explanation.AuthorityLocation.File}, judged as at {IsoDate.Format(explanation.AsAt)}" +
                             (explanation.AsAtGiven ? " (the date given)." : " (the date its file is recorded as at).")));
        Line((explanation.InForce ? "The rule is in force on that date" : "The rule was not in force on that date") + $" ({Effective(rule)}).");
        Line(string.Empty);

        switch (explanation.Outcome)
        {
            case ExplanationOutcome.NotInForce:
                Line("So it was not evaluated, and made no finding.");
                break;
            case ExplanationOutcome.RuleError:
                Line("The rule failed: it neither passed nor made a finding.");
                break;
            case ExplanationOutcome.Fired:
                WriteFired(explanation, Line);
                break;
            default:
                WriteNotFired(explanation, Line);
                break;
        }

        foreach (var error in explanation.Errors)
        {
            Line(LineText.Escape($"{Indent}{error}"));
        }

        WriteDepartures(explanation, Line);
        if (explanation.Notices.Count > 0)
        {
            Line(string.Empty);
            foreach (var notice in explanation.Notices)
            {
                Line(LineText.Escape($"Notice: {notice}"));
            }
        }

        if (details && explanation.Outcome != ExplanationOutcome.NotInForce)
        {
            WriteDetails(explanation, Line);
        }
    }

    private static void WriteFired(Explanation explanation, Action<string> line)
    {
        if (explanation.Findings.Count == 0)
        {
            line($"It fired and derived {Plural.Of(explanation.Derived.Count, "fact")} for other rules:");
            foreach (var fact in explanation.Derived)
            {
                line(LineText.Escape($"{Indent}{fact}"));
            }

            return;
        }

        line($"It fired: {Plural.Of(explanation.Findings.Count, "finding")}.");
        foreach (var finding in explanation.Findings)
        {
            line(LineText.Escape($"{Indent}{finding.Location}: {finding.Severity.ToString().ToLowerInvariant()}" +
                                 $"{(finding.Status == FindingStatus.Departed ? " (departed)" : string.Empty)}: {finding.Message}"));
            foreach (var evidence in finding.Evidence)
            {
                line(LineText.Escape($"{Indent}{Indent}{evidence.Name} = {evidence.Description} at {evidence.Location}"));
            }

            if (finding.Departure is { } departure)
            {
                line(LineText.Escape($"{Indent}{Indent}The authority's departure applies, so the finding does not fail a check: " +
                                     $"decided by {departure.DecidedBy} on {IsoDate.Format(departure.DecidedOn)} ({departure.Location})."));
            }
        }
    }

    private static void WriteNotFired(Explanation explanation, Action<string> line)
    {
        if (explanation.StoppedAt is not { } stopped)
        {
            line(explanation.Conditions.Count == 0
                ? "It did not fire: no set of facts matched its conditions."
                : "It did not fire: each of its conditions held for some facts, but never all of them together for one set of facts.");
            return;
        }

        var condition = LineText.Escape($"'{stopped.Text}' ({stopped.Location})");
        if (stopped.Place == ConditionPlace.InsideNot)
        {
            line(LineText.Escape($"It did not fire: the 'not' at {stopped.PlaceLocation} found what it rules out: {condition} held for:"));
            WriteFacts(stopped.Evaluations.Where(e => e.Result == true).ToList(), line);
        }
        else if (stopped.Evaluations.Count == 0)
        {
            var what = stopped.Pattern is { } pattern ? $"no {pattern[(pattern.IndexOf(':', StringComparison.Ordinal) + 2)..]} fact" : "nothing";
            line($"It did not fire: {what} reached {condition}, so the conditions before it found nothing to match.");
        }
        else
        {
            line($"It did not fire: {condition} was evaluated {Plural.Of(stopped.Evaluations.Count, "time")} and never held, for:");
            WriteFacts(stopped.Evaluations, line);
        }
    }

    private static void WriteFacts(IReadOnlyList<TraceEvent> evaluations, Action<string> line)
    {
        foreach (var evaluation in evaluations.Take(FactsShown))
        {
            line($"{Indent}{Bindings(evaluation)}");
        }

        if (evaluations.Count > FactsShown)
        {
            line($"{Indent}and {Plural.Of(evaluations.Count - FactsShown, "other")} (--verbose lists them all)");
        }
    }

    private static void WriteDepartures(Explanation explanation, Action<string> line)
    {
        var applied = explanation.Findings.Select(f => f.Departure).OfType<DepartureRecord>().Select(d => d.Location).ToHashSet();
        foreach (var departure in explanation.Departures.Where(d => !applied.Contains(d.Location)))
        {
            line(LineText.Escape($"The authority records a departure from this rule ({departure.Location}), decided by {departure.DecidedBy} on {IsoDate.Format(departure.DecidedOn)}; " +
                                 (explanation.DepartureProblems.Count > 0 ? "it is not valid:" : "it applied to no finding.")));
        }

        foreach (var problem in explanation.DepartureProblems)
        {
            line(LineText.Escape($"{Indent}{problem.Location}: {problem.RuleId}: {problem.Message}"));
        }
    }

    private static void WriteDetails(Explanation explanation, Action<string> line)
    {
        line(string.Empty);
        line("Conditions, in the order the rule writes them:");
        if (explanation.Conditions.Count == 0)
        {
            line($"{Indent}(none traced: the rule has no conditions the trace can show)");
        }

        foreach (var condition in explanation.Conditions)
        {
            var where = condition.Place switch
            {
                ConditionPlace.InsideNot => $" [inside the 'not' at {condition.PlaceLocation}]",
                ConditionPlace.InsideForAll => $" [inside the 'forall' at {condition.PlaceLocation}]",
                ConditionPlace.InsideAggregate => $" [counted or collected at {condition.PlaceLocation}]",
                _ => string.Empty,
            };
            line(LineText.Escape($"{Indent}{(condition.Pattern is { } pattern ? pattern + " where " : "check ")}{condition.Text} ({condition.Location}){where}"));
            line($"{Indent}{Indent}held {condition.Held}, did not hold {condition.Failed}" + (condition.Errors > 0 ? $", failed with an error {condition.Errors}" : string.Empty));
            foreach (var evaluation in condition.Evaluations)
            {
                var result = evaluation.Result switch { true => "held", false => "did not hold", _ => "error" };
                line($"{Indent}{Indent}{Indent}{result}: {Bindings(evaluation)}");
            }
        }

        line(string.Empty);
        line($"Sets of facts that matched the whole rule as the facts were added: {explanation.Activations.Count}" +
             (explanation.Outcome == ExplanationOutcome.DidNotFire && explanation.Activations.Count > 0
                 ? " (each was undone by a fact added later, before the rule could fire)"
                 : string.Empty));
        foreach (var activation in explanation.Activations)
        {
            line($"{Indent}{Bindings(activation)}");
        }
    }

    private static string Bindings(TraceEvent e) =>
        e.Bindings.Count == 0
            ? "(no facts bound)"
            : LineText.Escape(string.Join("; ", e.Bindings.Select(b => b.Location.IsKnown ? $"{b.Name} = {b.Description} at {b.Location}" : $"{b.Name} = {b.Description}")));

    private static string Effective(RuleInfo rule) => (rule.EffectiveFrom, rule.EffectiveUntil) switch
    {
        ({ } from, { } until) => $"effective from {IsoDate.Format(from)} until {IsoDate.Format(until)}",
        ({ } from, null) => $"effective from {IsoDate.Format(from)}, with no end",
        (null, { } until) => $"effective until {IsoDate.Format(until)}",
        _ => "no effective dates: always in force",
    };
}
