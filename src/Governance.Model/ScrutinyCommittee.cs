using Governance.Model.InForce;

namespace Governance.Model;

/// <summary>
/// An overview and scrutiny committee of the council and its members (paras 2.5, 2.6, 3.44): for example the children's
/// services overview and scrutiny committee, whose members the guidance expects to be trained in safeguarding.
/// </summary>
public sealed class ScrutinyCommittee : AuthorityElement
{
    private readonly IReadOnlyList<ServiceFunction> scrutinises = [];
    private readonly IReadOnlyList<ScrutinyMembership> members = [];

    /// <summary>The key the authority file gives the committee.</summary>
    public required string Id { get; init; }

    /// <summary>The committee's name, for example "Children and Young People's Overview and Scrutiny Committee".</summary>
    public required string Name { get; init; }

    /// <summary>The functions whose discharge the committee scrutinises, for example education and children's social care.</summary>
    public IReadOnlyList<ServiceFunction> Scrutinises { get => scrutinises; init => scrutinises = Freeze(value); }

    /// <summary>Whether the committee scrutinises children's services: education or children's social care.</summary>
    public bool ScrutinisesChildrensServices =>
        scrutinises.Contains(ServiceFunction.Education) || scrutinises.Contains(ServiceFunction.ChildrensSocialCare);

    /// <summary>The committee's members, each with the dates of their membership when recorded.</summary>
    public IReadOnlyList<ScrutinyMembership> Members
    {
        get => members;
        init
        {
            members = Freeze(value);
            foreach (var member in members)
            {
                member.JoinCommittee(this);
            }
        }
    }

    /// <summary>Returns the committee's name.</summary>
    public override string ToString() => Name;

    private protected override IEnumerable<AuthorityElement> Parts => members;
}

/// <summary>A seat on a scrutiny committee: a councillor of the authority, or a co-opted member named only here.</summary>
public sealed class ScrutinyMembership : AuthorityElement
{
    private ScrutinyCommittee? committee;

    /// <summary>The committee the seat is on.</summary>
    /// <exception cref="InvalidOperationException">The membership has not been given to a committee yet.</exception>
    public ScrutinyCommittee Committee =>
        committee ?? throw new InvalidOperationException("This membership has not been given to a committee yet.");

    /// <summary>The person, when it is someone the file names (usually a councillor).</summary>
    public Person? Person { get; init; }

    /// <summary>The member's name, as written or taken from <see cref="Person"/>.</summary>
    public required string Name { get; init; }

    /// <summary>Whether the member is co-opted (for example a parent governor or church representative) rather than a councillor.</summary>
    public bool IsCoopted { get; init; }

    /// <summary>The first day of the membership, if recorded.</summary>
    public DateOnly? Start { get; init; }

    /// <summary>The last day of the membership, if it has ended or its end is known.</summary>
    public DateOnly? End { get; init; }

    /// <summary>Whether the membership was in force on a date: started on or before it (or start not recorded), and not ended before it.</summary>
    /// <param name="date">The date.</param>
    public bool IsInForceOn(DateOnly date) => Term.Covers(Start, End, date);

    /// <summary>Returns the name and the committee.</summary>
    public override string ToString() => committee is null ? Name : $"{Name} on {committee.Name}";

    internal void JoinCommittee(ScrutinyCommittee owner)
    {
        if (committee is not null && !ReferenceEquals(committee, owner))
        {
            throw new InvalidOperationException($"This membership is already on {committee.Name}.");
        }

        committee = owner;
    }
}
