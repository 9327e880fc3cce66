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

    /// <summary>Returns the division's name.</summary>
    public override string ToString() => Name;
}
