namespace Governance.Model;

/// <summary>A person the arrangements name: an <see cref="Officer"/> or a <see cref="Councillor"/>.</summary>
public abstract class Person : AuthorityElement
{
    private readonly IReadOnlyList<string> politicalOffices = [];
    private readonly IReadOnlyList<SafeguardingTraining> safeguardingTraining = [];
    private VettingAndBarringRegistration? vettingAndBarring;

    /// <summary>The key the authority file gives the person, used to refer to them elsewhere in the file.</summary>
    public required string Id { get; init; }

    /// <summary>The person's name.</summary>
    public required string Name { get; init; }

    /// <summary>
    /// Political offices the person holds or is standing for, such as "parish councillor" or "party branch chair".
    /// The holder of a politically restricted post, such as the DCS, may hold none (para 3.5).
    /// </summary>
    public IReadOnlyList<string> PoliticalOffices { get => politicalOffices; init => politicalOffices = Freeze(value); }

    /// <summary>Training on safeguarding and promoting the welfare of children the person has completed (paras 2.5, 2.17).</summary>
    public IReadOnlyList<SafeguardingTraining> SafeguardingTraining
    {
        get => safeguardingTraining;
        init => safeguardingTraining = Freeze(value);
    }

    /// <summary>The person's registration with the Vetting and Barring Scheme, if recorded (paras 2.5, 3.6).</summary>
    public VettingAndBarringRegistration? VettingAndBarring { get => vettingAndBarring; init => vettingAndBarring = value; }

    /// <summary>Returns the person's name.</summary>
    public override string ToString() => Name;

    private protected override IEnumerable<AuthorityElement> Parts =>
        vettingAndBarring is null ? safeguardingTraining : [.. safeguardingTraining, vettingAndBarring];
}

/// <summary>An officer (employee) of the authority.</summary>
public sealed class Officer : Person
{
    /// <summary>The officer's job title, for example "Corporate Director, Children and Young People".</summary>
    public string? JobTitle { get; init; }
}

/// <summary>An elected member (councillor) of the authority.</summary>
public sealed class Councillor : Person
{
    /// <summary>The councillor's political party or group, if any.</summary>
    public string? Party { get; init; }

    /// <summary>Whether the councillor is a member of the political executive (cabinet) (para 2.1).</summary>
    public bool IsExecutiveMember { get; init; }
}

/// <summary>A course of safeguarding training a person completed.</summary>
public sealed class SafeguardingTraining : AuthorityElement
{
    /// <summary>The name of the course.</summary>
    public required string Course { get; init; }

    /// <summary>The date the person completed it.</summary>
    public required DateOnly CompletedOn { get; init; }
}

/// <summary>A registration with the Vetting and Barring Scheme (Safeguarding Vulnerable Groups Act 2006).</summary>
public sealed class VettingAndBarringRegistration : AuthorityElement
{
    /// <summary>The date the person registered.</summary>
    public required DateOnly RegisteredOn { get; init; }

    /// <summary>The registration's reference, if recorded.</summary>
    public string? Reference { get; init; }
}
