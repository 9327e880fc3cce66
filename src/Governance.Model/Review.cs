namespace Governance.Model;

/// <summary>The kinds of dated review or assessment the guidance asks for.</summary>
public enum ReviewKind
{
    /// <summary>
    /// The Leader's and Chief Executive's assessment of the effectiveness of local governance and partnership
    /// arrangements for children and of the arrangements for safeguarding, made every year (paras 3.31, 4.5).
    /// </summary>
    GovernanceAssessment,

    /// <summary>
    /// The DCS's review of all points of referral where concerns about a child's safety or welfare are received
    /// (para 3.33: "must regularly review").
    /// </summary>
    ReferralPoints,
}

/// <summary>A review or assessment that was carried out: what kind, when, by whom, and where it was reported.</summary>
public sealed class Review : AuthorityElement
{
    private readonly IReadOnlyList<PostRole> carriedOutBy = [];

    /// <summary>What kind of review it is.</summary>
    public required ReviewKind Kind { get; init; }

    /// <summary>The date it was completed.</summary>
    public required DateOnly CompletedOn { get; init; }

    /// <summary>A short title or description, if recorded.</summary>
    public string? Title { get; init; }

    /// <summary>The roles of those who carried it out, for example the Leader and the Chief Executive (para 3.31).</summary>
    public IReadOnlyList<PostRole> CarriedOutBy { get => carriedOutBy; init => carriedOutBy = Freeze(value); }

    /// <summary>The plan or report it was published in, if any (para 3.31: "as part of the Children's Trust annual report").</summary>
    public Publication? ReportedIn { get; init; }

    /// <summary>Returns the kind and the date.</summary>
    public override string ToString() => $"{Title ?? (Kind == ReviewKind.GovernanceAssessment ? "Assessment of the governance arrangements" : "Review of the points of referral")} ({CompletedOn:yyyy-MM-dd})";
}
