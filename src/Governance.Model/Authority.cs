using Governance.Model.InForce;

namespace Governance.Model;

/// <summary>
/// An English local authority and its children's-services governance arrangements, as recorded in one authority
/// file at one date.
/// </summary>
public sealed class Authority : ModelElement
{
    private readonly IReadOnlyList<AuthorityReference> districts = [];
    private readonly IReadOnlyList<Person> people = [];
    private readonly IReadOnlyList<Post> posts = [];
    private readonly IReadOnlyList<Division> divisions = [];
    private readonly IReadOnlyList<Board> boards = [];
    private readonly IReadOnlyList<ScrutinyCommittee> scrutinyCommittees = [];
    private readonly IReadOnlyList<Publication> publications = [];
    private readonly IReadOnlyList<Review> reviews = [];
    private readonly IReadOnlyList<Departure> departures = [];

    /// <summary>The ONS GSS code, for example <c>E10000024</c> for Nottinghamshire County Council.</summary>
    public required string Code { get; init; }

    /// <summary>The authority's official name.</summary>
    public required string Name { get; init; }

    /// <summary>The kind of authority.</summary>
    public required AuthorityKind Kind { get; init; }

    /// <summary>Whether this is a children's services authority (Children Act 2004 s65).</summary>
    public bool IsChildrensServicesAuthority => Kind.IsChildrensServicesAuthority();

    /// <summary>The date the arrangements in the file are recorded as at.</summary>
    public required DateOnly RecordedAsAt { get; init; }

    /// <summary>
    /// In the arrangements in force on a date before <see cref="RecordedAsAt"/> (<see cref="InForceOn"/>): the roles the
    /// file cannot say who held on that date, because every post of the role it records starts after it. Such a role is
    /// unrecorded history, not a vacancy. Always empty for the file itself, which is taken as complete as at its own date,
    /// and for any date on or after it.
    /// </summary>
    public IReadOnlyList<PostRole> UnrecordedRoles { get; internal init; } = [];

    /// <summary>For a county, the district councils of its two-tier area; otherwise empty.</summary>
    public IReadOnlyList<AuthorityReference> Districts { get => districts; init => districts = Adopt(value); }

    /// <summary>Whether this is the upper tier of a two-tier area: a county with district councils.</summary>
    public bool IsTwoTier => Kind == AuthorityKind.County && districts.Count > 0;

    /// <summary>The officers and councillors the arrangements name.</summary>
    public IReadOnlyList<Person> People { get => people; init => people = Adopt(value); }

    /// <summary>The posts and appointments: Chief Executive, Leader or Mayor, DCS, DASS, Lead Member, supporting members.</summary>
    public IReadOnlyList<Post> Posts { get => posts; init => posts = Adopt(value); }

    /// <summary>The second tier of the structure below the DCS, each division with the functions it holds.</summary>
    public IReadOnlyList<Division> Divisions { get => divisions; init => divisions = Adopt(value); }

    /// <summary>The Local Safeguarding Children Board, the Children's Trust Board and any other boards recorded.</summary>
    public IReadOnlyList<Board> Boards { get => boards; init => boards = Adopt(value); }

    /// <summary>The council's overview and scrutiny committees and their members (paras 2.5, 2.6).</summary>
    public IReadOnlyList<ScrutinyCommittee> ScrutinyCommittees
    {
        get => scrutinyCommittees;
        init => scrutinyCommittees = Adopt(value);
    }

    /// <summary>Plans and reports: the Children and Young People's Plan, its annual report, the LSCB annual report.</summary>
    public IReadOnlyList<Publication> Publications { get => publications; init => publications = Adopt(value); }

    /// <summary>
    /// Reviews and assessments carried out: the Leader's and Chief Executive's annual assessment of the governance
    /// arrangements (paras 3.31, 4.5), the review of referral points (para 3.33).
    /// </summary>
    public IReadOnlyList<Review> Reviews { get => reviews; init => reviews = Adopt(value); }

    /// <summary>The authority's recorded departures from the guidance (para 1.12, comply or explain).</summary>
    public IReadOnlyList<Departure> Departures { get => departures; init => departures = Adopt(value); }

    /// <summary>
    /// The arrangements in force on a date, as a new <see cref="Authority"/>: the posts, board memberships and chairs,
    /// scrutiny memberships and divisions whose term covers the date (started on or before it, or no start recorded;
    /// not ended before it, or no end recorded), and the training, registrations, publications, reviews and departures
    /// dated on or before it. People and districts are kept. Every element keeps its source location. A reporting line
    /// to an appointment not in force on the date goes to the appointment of the same role (and title) that was, if
    /// exactly one was, and otherwise to nothing. The authority itself is not changed.
    /// </summary>
    /// <param name="date">The date.</param>
    public Authority InForceOn(DateOnly date) => InForceView.Of(this, date);

    /// <summary>Returns the authority's name and code.</summary>
    public override string ToString() => $"{Name} ({Code})";

    private IReadOnlyList<T> Adopt<T>(IReadOnlyList<T> items)
        where T : AuthorityElement
    {
        var frozen = AuthorityElement.Freeze(items);
        foreach (var item in frozen)
        {
            item.AttachTo(this);
        }

        return frozen;
    }
}

/// <summary>
/// A reference from one authority's file to another English local authority, such as a district council of a county
/// or a partner in a joint appointment.
/// </summary>
public sealed class AuthorityReference : AuthorityElement
{
    /// <summary>The ONS GSS code of the authority referred to.</summary>
    public required string Code { get; init; }

    /// <summary>The official name of the authority referred to.</summary>
    public required string Name { get; init; }

    /// <summary>The kind of the authority referred to.</summary>
    public required AuthorityKind Kind { get; init; }

    /// <summary>Whether the authority referred to is a children's services authority.</summary>
    public bool IsChildrensServicesAuthority => Kind.IsChildrensServicesAuthority();

    /// <summary>Returns the name and code.</summary>
    public override string ToString() => $"{Name} ({Code})";
}
