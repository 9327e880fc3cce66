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
    private readonly IReadOnlyList<Publication> publications = [];
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

    /// <summary>Plans and reports: the Children and Young People's Plan, its annual report, the LSCB annual report.</summary>
    public IReadOnlyList<Publication> Publications { get => publications; init => publications = Adopt(value); }

    /// <summary>The authority's recorded departures from the guidance (para 1.12, comply or explain).</summary>
    public IReadOnlyList<Departure> Departures { get => departures; init => departures = Adopt(value); }

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
