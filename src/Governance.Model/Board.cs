namespace Governance.Model;

/// <summary>The kinds of board the guidance speaks about.</summary>
public enum BoardKind
{
    /// <summary>The Local Safeguarding Children Board (LSCB).</summary>
    LocalSafeguardingChildrenBoard,

    /// <summary>The Children's Trust Board.</summary>
    ChildrensTrustBoard,
}

/// <summary>The capacity in which someone sits on a board.</summary>
public enum MembershipCapacity
{
    /// <summary>A full member.</summary>
    Member,

    /// <summary>A "participant observer": attends and takes part, but is not part of decision-making (para 2.17).</summary>
    ParticipantObserver,
}

/// <summary>The partner bodies represented on a board.</summary>
public enum PartnerKind
{
    /// <summary>The authority itself.</summary>
    LocalAuthority,

    /// <summary>A district council of a two-tier area (paras 2.13, 3.25).</summary>
    DistrictCouncil,

    /// <summary>Schools (para 3.41).</summary>
    Schools,

    /// <summary>Further education and sixth-form colleges.</summary>
    Colleges,

    /// <summary>The police.</summary>
    Police,

    /// <summary>Health: primary care trusts, NHS trusts, the Strategic Health Authority.</summary>
    Health,

    /// <summary>The probation service.</summary>
    Probation,

    /// <summary>The youth offending team.</summary>
    YouthOffendingTeam,

    /// <summary>Jobcentre Plus.</summary>
    JobcentrePlus,

    /// <summary>The Learning and Skills Council.</summary>
    LearningAndSkills,

    /// <summary>The voluntary and community sector.</summary>
    VoluntarySector,

    /// <summary>Private-sector providers.</summary>
    PrivateSector,

    /// <summary>Children, young people and families.</summary>
    ChildrenAndYoungPeople,
}

/// <summary>A board, its chair and its members.</summary>
public sealed class Board : AuthorityElement
{
    private readonly IReadOnlyList<BoardMembership> members = [];

    /// <summary>The key the authority file gives the board.</summary>
    public required string Id { get; init; }

    /// <summary>What kind of board it is.</summary>
    public required BoardKind Kind { get; init; }

    /// <summary>The board's name.</summary>
    public required string Name { get; init; }

    /// <summary>The name of the chair, if recorded.</summary>
    public string? ChairName { get; init; }

    /// <summary>The chair, when the chair is a person the file names (an officer or councillor of the authority).</summary>
    public Person? Chair { get; init; }

    /// <summary>Whether the chair is independent of the local statutory agencies.</summary>
    public bool ChairIsIndependent { get; init; }

    /// <summary>The board's members and participant observers.</summary>
    public IReadOnlyList<BoardMembership> Members
    {
        get => members;
        init
        {
            members = Freeze(value);
            foreach (var member in members)
            {
                member.JoinBoard(this);
            }
        }
    }

    /// <summary>Returns the board's name.</summary>
    public override string ToString() => Name;

    private protected override IEnumerable<AuthorityElement> Parts => members;
}

/// <summary>A seat on a board: who sits there, for which partner, and in what capacity.</summary>
public sealed class BoardMembership : AuthorityElement
{
    private Board? board;

    /// <summary>The board the seat is on.</summary>
    /// <exception cref="InvalidOperationException">The membership has not been given to a board yet.</exception>
    public Board Board => board ?? throw new InvalidOperationException("This membership has not been given to a board yet.");

    /// <summary>The person, when it is someone the file names (an officer or councillor of the authority).</summary>
    public Person? Person { get; init; }

    /// <summary>The name of the person in the seat, as written or taken from <see cref="Person"/>.</summary>
    public required string Name { get; init; }

    /// <summary>The organisation the person comes from, for example "Nottinghamshire Police".</summary>
    public string? Organisation { get; init; }

    /// <summary>The kind of partner the person represents.</summary>
    public required PartnerKind Represents { get; init; }

    /// <summary>The authority the person represents, for a district council or another authority.</summary>
    public AuthorityReference? RepresentedAuthority { get; init; }

    /// <summary>Whether the person is a full member or a participant observer.</summary>
    public MembershipCapacity Capacity { get; init; } = MembershipCapacity.Member;

    /// <summary>Returns the name and the board.</summary>
    public override string ToString() => board is null ? Name : $"{Name} on {board.Name}";

    private protected override IEnumerable<AuthorityElement> Parts =>
        RepresentedAuthority is null ? [] : [RepresentedAuthority];

    internal void JoinBoard(Board owner)
    {
        if (board is not null && !ReferenceEquals(board, owner))
        {
            throw new InvalidOperationException($"This membership is already on {board.Name}.");
        }

        board = owner;
    }
}
