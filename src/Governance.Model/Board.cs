using Governance.Model.InForce;

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

/// <summary>A board, its chairs and its members.</summary>
public sealed class Board : AuthorityElement
{
    private readonly IReadOnlyList<BoardChair> chairs = [];
    private readonly IReadOnlyList<BoardMembership> members = [];

    /// <summary>The key the authority file gives the board.</summary>
    public required string Id { get; init; }

    /// <summary>What kind of board it is.</summary>
    public required BoardKind Kind { get; init; }

    /// <summary>The board's name.</summary>
    public required string Name { get; init; }

    /// <summary>
    /// The board's chairs as recorded, oldest first: one chair, or a history of chairs each with the dates of their
    /// term. <see cref="Authority.InForceOn"/> keeps only the chairs in office on a date.
    /// </summary>
    public IReadOnlyList<BoardChair> Chairs
    {
        get => chairs;
        init
        {
            chairs = Freeze(value);
            foreach (var chair in chairs)
            {
                chair.JoinBoard(this);
            }
        }
    }

    /// <summary>The name of the chair (the last of <see cref="Chairs"/>), if any is recorded.</summary>
    public string? ChairName => LastChair?.Name;

    /// <summary>The chair (the last of <see cref="Chairs"/>), when the chair is a person the file names (an officer or councillor of the authority).</summary>
    public Person? Chair => LastChair?.Person;

    /// <summary>Whether the chair (the last of <see cref="Chairs"/>) is independent of the local statutory agencies.</summary>
    public bool ChairIsIndependent => LastChair?.IsIndependent ?? false;

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

    private BoardChair? LastChair => chairs.Count == 0 ? null : chairs[^1];

    private protected override IEnumerable<AuthorityElement> Parts => [.. chairs, .. members];
}

/// <summary>A chair of a board and the term of office, when recorded.</summary>
public sealed class BoardChair : AuthorityElement
{
    private Board? board;

    /// <summary>The board chaired.</summary>
    /// <exception cref="InvalidOperationException">The chair has not been given to a board yet.</exception>
    public Board Board => board ?? throw new InvalidOperationException("This chair has not been given to a board yet.");

    /// <summary>The chair, when it is a person the file names (an officer or councillor of the authority).</summary>
    public Person? Person { get; init; }

    /// <summary>The chair's name, as written or taken from <see cref="Person"/>.</summary>
    public required string Name { get; init; }

    /// <summary>Whether the chair is independent of the local statutory agencies (para 2.17).</summary>
    public bool IsIndependent { get; init; }

    /// <summary>The first day in the chair, if recorded.</summary>
    public DateOnly? Start { get; init; }

    /// <summary>The last day in the chair, if the term has ended or its end is known.</summary>
    public DateOnly? End { get; init; }

    /// <summary>Whether the chair was in office on a date: started on or before it (or start not recorded), and not ended before it.</summary>
    /// <param name="date">The date.</param>
    public bool IsInForceOn(DateOnly date) => Term.Covers(Start, End, date);

    /// <summary>Returns the name and the board.</summary>
    public override string ToString() => board is null ? Name : $"{Name}, chair of {board.Name}";

    internal void JoinBoard(Board owner)
    {
        if (board is not null && !ReferenceEquals(board, owner))
        {
            throw new InvalidOperationException($"This chair is already the chair of {board.Name}.");
        }

        board = owner;
    }
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

    /// <summary>The first day of the membership, if recorded.</summary>
    public DateOnly? Start { get; init; }

    /// <summary>The last day of the membership, if it has ended or its end is known.</summary>
    public DateOnly? End { get; init; }

    /// <summary>Whether the membership was in force on a date: started on or before it (or start not recorded), and not ended before it.</summary>
    /// <param name="date">The date.</param>
    public bool IsInForceOn(DateOnly date) => Term.Covers(Start, End, date);

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
