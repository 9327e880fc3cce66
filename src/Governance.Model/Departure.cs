namespace Governance.Model;

/// <summary>
/// The authority's recorded decision to depart from a paragraph of the guidance, with its reasons (para 1.12:
/// authorities "must take the guidance into account and if they decide to depart from it have clear reasons for
/// doing so").
/// </summary>
public sealed class Departure : AuthorityElement
{
    /// <summary>The id of the rule departed from, for example <c>dcs-dass-combined</c>.</summary>
    public required string RuleId { get; init; }

    /// <summary>The reasons for departing.</summary>
    public required string Reasons { get; init; }

    /// <summary>Who decided, for example "Cabinet" or "Full Council".</summary>
    public required string DecidedBy { get; init; }

    /// <summary>The date of the decision.</summary>
    public required DateOnly DecidedOn { get; init; }

    /// <summary>The date by which the decision is to be reviewed, if set.</summary>
    public DateOnly? ReviewBy { get; init; }

    /// <summary>Returns the rule id and who decided.</summary>
    public override string ToString() => $"departure from {RuleId} ({DecidedBy}, {DecidedOn:yyyy-MM-dd})";
}
