namespace Governance.Model;

/// <summary>The kinds of plan and report the guidance speaks about.</summary>
public enum PublicationKind
{
    /// <summary>The Children and Young People's Plan.</summary>
    ChildrenAndYoungPeoplesPlan,

    /// <summary>The Children's Trust annual report, with the assessment of governance arrangements (para 3.31).</summary>
    ChildrensTrustAnnualReport,

    /// <summary>The LSCB annual report, submitted to the Children's Trust Board (para 3.34).</summary>
    LscbAnnualReport,
}

/// <summary>A plan or report: when it was published, the period it covers, and to whom it was submitted.</summary>
public sealed class Publication : AuthorityElement
{
    /// <summary>The key the authority file gives the publication.</summary>
    public required string Id { get; init; }

    /// <summary>What kind of plan or report it is.</summary>
    public required PublicationKind Kind { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>The date it was published, if it has been.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>The first day of the period it covers.</summary>
    public DateOnly? CoversFrom { get; init; }

    /// <summary>The last day of the period it covers.</summary>
    public DateOnly? CoversUntil { get; init; }

    /// <summary>The board it was submitted to, if any (the LSCB annual report goes to the Children's Trust Board).</summary>
    public Board? SubmittedTo { get; init; }

    /// <summary>Returns the title.</summary>
    public override string ToString() => Title;
}
