using Governance.Model.InForce;

namespace Governance.Model;

/// <summary>A division of the second tier of the structure below the DCS, with the functions it holds (paras 3.13, 3.16).</summary>
public sealed class Division : AuthorityElement
{
    private readonly IReadOnlyList<ServiceFunction> functions = [];

    /// <summary>The key the authority file gives the division.</summary>
    public required string Id { get; init; }

    /// <summary>The division's name, for example "Education, Learning and Skills".</summary>
    public required string Name { get; init; }

    /// <summary>The person who heads the division, if recorded.</summary>
    public Person? Head { get; init; }

    /// <summary>The post the division reports to, usually the DCS.</summary>
    public Post? ReportsTo { get; init; }

    /// <summary>The functions the division holds.</summary>
    public IReadOnlyList<ServiceFunction> Functions { get => functions; init => functions = Freeze(value); }

    /// <summary>The first day the division existed in this form, if recorded.</summary>
    public DateOnly? Start { get; init; }

    /// <summary>The last day of the division, if it has ended or its end is known (for example in a restructure).</summary>
    public DateOnly? End { get; init; }

    /// <summary>Whether the division was in place on a date: started on or before it (or start not recorded), and not ended before it.</summary>
    /// <param name="date">The date.</param>
    public bool IsInForceOn(DateOnly date) => Term.Covers(Start, End, date);

    /// <summary>Returns the division's name.</summary>
    public override string ToString() => Name;
}
