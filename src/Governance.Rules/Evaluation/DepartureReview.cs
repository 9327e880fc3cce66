using Governance.Model;
using Governance.Reading;

namespace Governance.Rules.Evaluation;

/// <summary>
/// Comply or explain (para 1.12): judges each departure an authority records, as at the evaluation date. A valid
/// departure turns a finding of its rule into <see cref="FindingStatus.Departed"/>; an invalid one is itself a finding.
/// </summary>
internal sealed class DepartureReview
{
    private const string Document = "DCSF-00686-2009";
    private const string Paragraph = "1.12";
    private const string Quote = "if they decide to depart from it have clear reasons for doing so";

    private readonly Dictionary<(Authority Authority, string RuleId), Departure> valid = [];
    private readonly List<Finding> findings = [];

    private DepartureReview()
    {
    }

    /// <summary>The built-in checks of departures, listed so that they can be documented and explained like rules.</summary>
    public static IReadOnlyList<RuleInfo> Checks { get; } =
    [
        Check(DepartureChecks.UnknownRule, "A departure names a rule that is not in the rule set", Obligation.Should,
            "Correct the rule id in the departure, or remove the departure."),
        Check(DepartureChecks.FromLegalRequirement, "A departure is recorded from a legal requirement", Obligation.Must,
            "Only statutory guidance can be departed from; the Act's requirements must be met. Remove the departure and meet the requirement."),
        Check(DepartureChecks.WithoutReasons, "A departure gives no reasons", Obligation.Must,
            "Write down the clear reasons for departing from the guidance, as para 1.12 requires."),
        Check(DepartureChecks.ReviewOverdue, "A departure is past the review date the authority set (the tool's own reminder)", Obligation.Advisory,
            "Review the decision and record the new review date, or comply with the guidance. The guidance sets no review date: this is a reminder of the authority's own."),
    ];

    /// <summary>The findings about departures themselves.</summary>
    public IReadOnlyList<Finding> Findings => findings;

    /// <summary>
    /// Reviews every departure of the authorities. A departure is valid when it names a rule in the rule set that may be
    /// departed from (one that does not rest on an Act, <see cref="RuleInfo.RestsOnLegislation"/>), gives reasons, and was
    /// decided on or before the as-at date. A review date the authority set that has passed is the tool's own reminder (a
    /// note): the review day itself still counts as in time, from the day after it is overdue; the departure still stands,
    /// because the guidance sets no review date.
    /// </summary>
    public static DepartureReview Review(
        IEnumerable<Authority> authorities,
        IReadOnlyDictionary<string, RuleInfo> rules,
        DateOnly asAt,
        string edition)
    {
        var review = new DepartureReview();
        foreach (var authority in authorities)
        {
            foreach (var departure in authority.Departures)
            {
                review.Judge(authority, departure, rules, asAt, edition);
            }
        }

        return review;
    }

    /// <summary>The valid departure an authority recorded from a rule, if any.</summary>
    public Departure? ValidDeparture(Authority authority, string ruleId) =>
        valid.GetValueOrDefault((authority, ruleId));

    private void Judge(Authority authority, Departure departure, IReadOnlyDictionary<string, RuleInfo> rules, DateOnly asAt, string edition)
    {
        if (departure.DecidedOn > asAt)
        {
            return; // Not yet decided as at the evaluation date: it neither excuses nor is wrong.
        }

        var isValid = true;
        if (!rules.TryGetValue(departure.RuleId, out var rule) || rule.Obligation is null)
        {
            var suggestion = Suggestions.Closest(departure.RuleId, rules.Values.Where(r => r.Obligation is not null).Select(r => r.Id));
            Add(DepartureChecks.UnknownRule, authority, departure, edition, departure.LocationOf(nameof(Departure.RuleId)),
                $"{authority.Name} records a departure from '{departure.RuleId}', which is not a rule in the rule set that reports findings" +
                (suggestion is null ? "." : $"; did you mean '{suggestion}'?"));
            isValid = false;
        }
        else if (!rule.MayBeDepartedFrom)
        {
            Add(DepartureChecks.FromLegalRequirement, authority, departure, edition, departure.LocationOf(nameof(Departure.RuleId)),
                $"{authority.Name} records a departure from '{rule.Id}' ({rule.Title}), which is a duty of the Act " +
                $"({rule.Citation}); only the statutory guidance can be departed from, with clear reasons (para 1.12).");
            isValid = false;
        }

        if (string.IsNullOrWhiteSpace(departure.Reasons))
        {
            Add(DepartureChecks.WithoutReasons, authority, departure, edition, departure.LocationOf(nameof(Departure.Reasons)),
                $"{authority.Name}'s departure from '{departure.RuleId}' gives no reasons.");
            isValid = false;
        }

        if (departure.ReviewBy is { } reviewBy && reviewBy < asAt)
        {
            Add(DepartureChecks.ReviewOverdue, authority, departure, edition, departure.LocationOf(nameof(Departure.ReviewBy)),
                $"{authority.Name}'s departure from '{departure.RuleId}' was due for review by {reviewBy:yyyy-MM-dd}, " +
                $"before {asAt:yyyy-MM-dd}. This is a reminder of the review date the authority set itself: the guidance sets none, " +
                "so the departure still stands.");
        }

        if (isValid)
        {
            valid.TryAdd((authority, departure.RuleId), departure);
        }
    }

    private void Add(string checkId, Authority authority, Departure departure, string edition, SourceLocation location, string message)
    {
        var check = Checks.Single(c => c.Id == checkId);
        findings.Add(new Finding
        {
            RuleId = check.Id,
            Title = check.Title,
            Severity = check.Obligation!.Value.Severity(),
            Status = FindingStatus.Open,
            Obligation = check.Obligation.Value,
            AuthorityCode = authority.Code,
            AuthorityName = authority.Name,
            Message = message,
            Citation = check.Citation with { Edition = edition },
            Location = location,
            Evidence = [new Evidence("departure", departure.ToString(), departure.Location)],
            Remedy = check.Remedy,
        });
    }

    private static RuleInfo Check(string id, string title, Obligation obligation, string remedy) => new()
    {
        Id = id,
        Title = title,
        Citation = new Citation(Document, string.Empty, [Paragraph], Quote),
        Obligation = obligation,
        Remedy = remedy,
        Tags = ["departures"],
    };
}

/// <summary>The ids of the built-in checks of departures.</summary>
internal static class DepartureChecks
{
    public const string UnknownRule = "departure-unknown-rule";
    public const string FromLegalRequirement = "departure-from-legal-requirement";
    public const string WithoutReasons = "departure-without-reasons";
    public const string ReviewOverdue = "departure-review-overdue";
}
