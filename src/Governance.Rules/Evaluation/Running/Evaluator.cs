using Governance.Model;
using Governance.Rules.Definitions;
using Governance.Rules.Engine;

namespace Governance.Rules.Evaluation.Running;

/// <summary>
/// Evaluates a compiled rule set against authorities as at a date: chooses the rules in force, runs the engine over
/// the authorities' facts, and turns its matches into findings, judging departures (comply or explain) on the way.
/// </summary>
internal static class Evaluator
{
    public static EvaluationResult Evaluate(RuleSet ruleSet, IEnumerable<Authority> authorities, EvaluationOptions options, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(authorities);
        ArgumentNullException.ThrowIfNull(options);
        EvaluationBudgets.Validate(options);

        var evaluated = authorities.ToList();
        var asAt = options.AsAt
            ?? (evaluated.Count > 0
                ? evaluated.Max(a => a.RecordedAsAt)
                : throw new ArgumentException("Give an as-at date, or at least one authority to take it from.", nameof(options)));

        // Rules judge the arrangements in force on each authority's date (posts, holders, memberships, chairs,
        // divisions), and the records dated on or before it: a former post-holder is history, and a successor not yet
        // started is not there.
        var arrangements = evaluated.Select(a => a.InForceOn(options.AsAt ?? a.RecordedAsAt)).ToList();

        var inForce = ruleSet.Rules.Where(r => r.IsEffectiveOn(asAt)).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var notices = Notices(ruleSet, inForce, asAt);
        if (inForce.Count > 0)
        {
            notices.AddRange(DateNotices(evaluated, options.AsAt));
            notices.AddRange(UnrecordedHistoryNotices(evaluated, arrangements, asAt));
        }

        // Each authority is judged as at its own file's date unless a date is given; rules across authorities as at
        // the date given or the latest of the files they join. The rules in force are those in force on that date.
        var inForceOn = new Dictionary<DateOnly, HashSet<string>>();
        HashSet<string> InForceOn(DateOnly date)
        {
            lock (inForceOn)
            {
                if (!inForceOn.TryGetValue(date, out var ids))
                {
                    ids = ruleSet.Rules.Where(r => r.IsEffectiveOn(date)).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
                    inForceOn.Add(date, ids);
                }

                return ids;
            }
        }

        var trace = options.Trace is null ? null : new EngineTraceAdapter(options.Trace);
        EngineOptions SessionOptions(DateOnly date)
        {
            var ids = InForceOn(date);
            return new EngineOptions
            {
                AsAt = date,
                MaxFirings = options.MaxFirings,
                MaxMatches = options.MaxMatches,
                MaxDerivedFacts = options.MaxDerivedFacts,
                IsActive = d => ids.Contains(d.Id),
                Trace = trace,
            };
        }

        EngineResult engineResult;
        using (var budget = EvaluationBudgets.Start(options, cancellation))
        {
            engineResult = AuthoritySessions.Evaluate(
                ruleSet.Compiled,
                arrangements,
                authority => SessionOptions(options.AsAt ?? authority.RecordedAsAt),
                group => SessionOptions(options.AsAt ?? group.Max(a => a.RecordedAsAt)),
                oneAtATime: trace is not null,
                budget.Token);
        }

        // Cancelled by the caller: an exception, as ever. Cancelled by the time limit: an incomplete result that says so.
        cancellation.ThrowIfCancellationRequested();

        var rules = ruleSet.Rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var edition = ruleSet.Documents.FirstOrDefault(d => d.Id == "DCSF-00686-2009")?.Edition ?? "2009";
        var superseded = ruleSet.Documents.Count > 0 && ruleSet.Documents.All(d => d.InForceUntil < asAt);
        var departures = options.IgnoreDepartures || superseded ? null : DepartureReview.Review(arrangements, rules, asAt, edition);

        var findings = engineResult.Matches
            .Select(match => ToFinding(match, rules[match.Rule.Id], departures))
            .Concat(departures?.Findings ?? [])
            .OrderBy(f => f.AuthorityCode, StringComparer.Ordinal)
            .ThenBy(f => f.Location.File, StringComparer.Ordinal)
            .ThenBy(f => f.Location.Line)
            .ThenBy(f => f.Location.Column)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal)
            .ToList();

        var errors = engineResult.Errors
            .Select(e => new RuleError(
                e.Rule.Id,
                e.Facts.Select(AuthorityFacts.OwnerOf).FirstOrDefault(a => a is not null)?.Code,
                $"{e.Element} failed: {e.Message}",
                e.Location))
            .Concat(EvaluationBudgets.Errors(engineResult.Stops, options))
            .ToList();

        return new EvaluationResult
        {
            AsAt = asAt,
            RuleSetVersion = ruleSet.Version,
            Documents = ruleSet.Documents,
            RulesInForce = [.. inForce.Order(StringComparer.Ordinal)],
            AuthoritiesEvaluated = [.. evaluated.Select(a => a.Code).Order(StringComparer.Ordinal)],
            AsAtByAuthority = evaluated
                .GroupBy(a => a.Code, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => options.AsAt ?? g.First().RecordedAsAt, StringComparer.Ordinal),
            Findings = findings,
            Errors = errors,
            Notices = notices,
            Complete = engineResult.Completed,
            StoppedBecause = EvaluationBudgets.StoppedBecause(engineResult.Stops, options),
            DeparturesIgnored = options.IgnoreDepartures,
        };
    }

    /// <summary>
    /// What to say about dates: that a file checked as at a date before the one it is recorded as at may record changes
    /// made after it, and that a file checked as at a date after it cannot record what was done since.
    /// </summary>
    private static IEnumerable<string> DateNotices(IReadOnlyList<Authority> authorities, DateOnly? given)
    {
        if (given is not { } date)
        {
            yield break;
        }

        var later = authorities.Where(a => a.RecordedAsAt > date).OrderBy(a => a.Code, StringComparer.Ordinal).ToList();
        if (later.Count > 0)
        {
            yield return $"{(later.Count == 1 ? "A file is" : $"{later.Count} files are")} recorded as at a date after the date checked ({date:yyyy-MM-dd}): " +
                         string.Join(", ", later.Select(a => $"{a.Name} ({a.Code}) as at {a.RecordedAsAt:yyyy-MM-dd}")) +
                         ". Only what they record as in place on the date checked was judged: a post or seat they record as starting later was not, so something found missing may only be a holder the file does not record. The shipped rules that look for something done yearly (a review, a report) judge such a file only where it records one of the kind by the date checked.";
        }

        var earlier = authorities.Where(a => a.RecordedAsAt < date).OrderBy(a => a.Code, StringComparer.Ordinal).ToList();
        if (earlier.Count > 0)
        {
            yield return $"{(earlier.Count == 1 ? "A file is" : $"{earlier.Count} files are")} recorded as at a date before the date checked ({date:yyyy-MM-dd}): " +
                         string.Join(", ", earlier.Select(a => $"{a.Name} ({a.Code}) as at {a.RecordedAsAt:yyyy-MM-dd}")) +
                         ". Their posts and seats were taken to stand on the date checked as recorded, but they cannot record what was done after their date (a review, a report, training): the shipped rules that look for such things do not judge them, and any other finding that something was not done may only be something done since. Record them as at the date checked to have that judged.";
        }
    }

    /// <summary>
    /// For each authority judged as at a date before its file's, the roles whose holder on that date the file does not
    /// record (<see cref="Authority.UnrecordedRoles"/>): said plainly, because the rules do not judge them.
    /// </summary>
    private static IEnumerable<string> UnrecordedHistoryNotices(List<Authority> files, List<Authority> arrangements, DateOnly asAt)
    {
        foreach (var i in Enumerable.Range(0, files.Count).OrderBy(i => files[i].Code, StringComparer.Ordinal))
        {
            var judged = arrangements[i];
            if (judged.UnrecordedRoles.Count == 0)
            {
                continue;
            }

            var roles = judged.UnrecordedRoles.Select(role =>
                $"its {(role == PostRole.SupportingMember ? "supporting members" : role.DisplayName())} from {files[i].Posts.Where(p => p.Role == role).Min(p => p.Start):yyyy-MM-dd}");
            yield return $"{judged.Name} ({judged.Code}) records {Listed([.. roles])} only: who held " +
                         $"{(judged.UnrecordedRoles.Count == 1 ? "the post" : "the posts")} before then is not recorded, so " +
                         $"{(judged.UnrecordedRoles.Count == 1 ? "it was" : "they were")} not judged. Record earlier holders (with 'start' and 'end') to have them judged.";
        }
    }

    private static string Listed(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : $"{string.Join(", ", items.Take(items.Count - 1))} and {items[^1]}";

    private static List<string> Notices(RuleSet ruleSet, HashSet<string> inForce, DateOnly asAt)
    {
        var notices = new List<string>();
        if (ruleSet.Documents.Count > 0 && ruleSet.Documents.All(d => d.InForceUntil < asAt))
        {
            var periods = ruleSet.Documents.Select(d =>
                $"{d.Id} ({d.Edition} edition) was in force {(d.InForceFrom is { } from ? $"from {from:yyyy-MM-dd} " : string.Empty)}" +
                $"{(d.InForceUntil is { } until ? $"until {until:yyyy-MM-dd}" : "with no end recorded")}" +
                (d.InForceUntilBasis is { } basis ? $" ({basis.TrimEnd('.')})" : string.Empty));
            notices.Add($"No catalogued guidance was in force as at {asAt:yyyy-MM-dd}: {string.Join("; ", periods)}. " +
                        "No rule of a superseded or not yet issued edition is applied.");
        }

        var notInForce = ruleSet.Rules.Count - inForce.Count;
        if (ruleSet.Rules.Count == 0)
        {
            notices.Add("The rule set has no rules: nothing was checked.");
        }
        else if (inForce.Count == 0)
        {
            notices.Add($"No rule is in force as at {asAt:yyyy-MM-dd}: nothing was checked. " +
                        $"Each rule applies only within its effective dates, which start no earlier than what it cites is in force.");
        }
        else if (notInForce > 0)
        {
            notices.Add($"{notInForce} of {ruleSet.Rules.Count} rules are not in force as at {asAt:yyyy-MM-dd} and were not evaluated.");
        }

        return notices;
    }

    private static Finding ToFinding(RuleMatch match, RuleInfo rule, DepartureReview? departures)
    {
        var owner = match.Facts.Concat(match.Bindings.Select(b => b.Value)).Select(AuthorityFacts.OwnerOf).FirstOrDefault(a => a is not null);
        var evidence = AuthorityFacts.EvidenceOf(match.Bindings.Where(b => b.Value is ModelElement or DerivedFact));

        var location = match.Rule.Action is FindingAction { At: not null } ? AuthorityFacts.PlaceOf(match.At, match.Facts) : SourceLocation.None;
        if (!location.IsKnown)
        {
            location = evidence.Select(e => e.Location).FirstOrDefault(l => l.IsKnown);
        }

        if (!location.IsKnown && owner is not null)
        {
            location = owner.Location.IsKnown ? owner.Location : SourceLocation.StartOf(owner.Location.File);
        }

        var obligation = rule.Obligation ?? throw new InvalidOperationException($"Rule '{rule.Id}' reported a finding but has no obligation.");
        var departure = owner is not null && rule.MayBeDepartedFrom
            ? departures?.ValidDeparture(owner, rule.Id)
            : null;

        return new Finding
        {
            RuleId = rule.Id,
            Title = rule.Title,
            Severity = obligation.Severity(),
            Status = departure is null ? FindingStatus.Open : FindingStatus.Departed,
            Obligation = obligation,
            AuthorityCode = owner?.Code ?? string.Empty,
            AuthorityName = owner?.Name ?? string.Empty,
            Message = match.Message,
            Citation = rule.Citation,
            Location = location,
            Evidence = evidence,
            Remedy = rule.Remedy,
            Departure = departure is null
                ? null
                : new DepartureRecord(departure.Reasons, departure.DecidedBy, departure.DecidedOn, departure.ReviewBy, departure.Location),
        };
    }
}
