using Governance.Model.InForce;

namespace Governance.Model;

/// <summary>The statutory and senior roles the guidance speaks about.</summary>
public enum PostRole
{
    /// <summary>The Chief Executive, head of paid service.</summary>
    ChiefExecutive,

    /// <summary>The Leader of the Council.</summary>
    Leader,

    /// <summary>The directly elected Mayor.</summary>
    ElectedMayor,

    /// <summary>The Director of Children's Services (Children Act 2004 s18).</summary>
    DirectorOfChildrensServices,

    /// <summary>The Director of Adult Social Services.</summary>
    DirectorOfAdultSocialServices,

    /// <summary>The Lead Member for Children's Services (Children Act 2004 s19): only one person (para 2.25).</summary>
    LeadMemberForChildrensServices,

    /// <summary>An elected member supporting the Lead Member (para 2.25).</summary>
    SupportingMember,

    /// <summary>
    /// Any other post, named by its <see cref="Post.Title"/>: for example a "Corporate Director of Resources" or a
    /// "Director of People" that another post reports to.
    /// </summary>
    Other,
}

/// <summary>What follows from a <see cref="PostRole"/>.</summary>
public static class PostRoles
{
    /// <summary>The role as a person names it: <c>Director of Children's Services</c>, not the enum's name.</summary>
    /// <param name="role">The role.</param>
    public static string DisplayName(this PostRole role) => role switch
    {
        PostRole.ChiefExecutive => "Chief Executive",
        PostRole.Leader => "Leader of the Council",
        PostRole.ElectedMayor => "elected Mayor",
        PostRole.DirectorOfChildrensServices => "Director of Children's Services",
        PostRole.DirectorOfAdultSocialServices => "Director of Adult Social Services",
        PostRole.LeadMemberForChildrensServices => "Lead Member for Children's Services",
        PostRole.SupportingMember => "member supporting the Lead Member",
        _ => "other post",
    };
}

/// <summary>Whether an appointment is substantive or interim.</summary>
public enum Tenure
{
    /// <summary>A permanent appointment.</summary>
    Substantive,

    /// <summary>A temporary appointment, for example while a vacancy is filled.</summary>
    Interim,
}

/// <summary>The functions of a local authority that a post or division can hold.</summary>
public enum ServiceFunction
{
    /// <summary>Education functions relating to children.</summary>
    Education,

    /// <summary>Social services functions relating to children.</summary>
    ChildrensSocialCare,

    /// <summary>Adult social care.</summary>
    AdultSocialCare,

    /// <summary>Safeguarding children.</summary>
    Safeguarding,

    /// <summary>Youth justice and the youth offending service.</summary>
    YouthJustice,

    /// <summary>Early years and childcare.</summary>
    EarlyYears,

    /// <summary>Housing.</summary>
    Housing,

    /// <summary>Leisure.</summary>
    Leisure,

    /// <summary>Culture, libraries and heritage.</summary>
    Culture,

    /// <summary>Public health.</summary>
    PublicHealth,

    /// <summary>Planning.</summary>
    Planning,

    /// <summary>Transport.</summary>
    Transport,

    /// <summary>Community safety.</summary>
    CommunitySafety,

    /// <summary>Support for young people leaving care: sections 23C to 24D of the Children Act 1989 (Children Act 2004 s18(2)(c)).</summary>
    CareLeavers,

    /// <summary>
    /// Co-operation to improve well-being, safeguarding arrangements and the Children and Young People's Plan: sections 10
    /// to 12 and 17 of the Children Act 2004 (s18(2)(d)).
    /// </summary>
    ChildrensTrustCooperation,

    /// <summary>
    /// Functions exercised on behalf of an NHS body under section 75 of the National Health Service Act 2006, so far as
    /// they relate to children (Children Act 2004 s18(2)(e)).
    /// </summary>
    HealthPartnershipArrangements,
}

/// <summary>
/// A post and its appointment: who holds it, since and until when, whom it reports to, and what it covers.
/// </summary>
public sealed class Post : AuthorityElement
{
    private readonly IReadOnlyList<ServiceFunction> remit = [];
    private readonly IReadOnlyList<ServiceFunction> additionalFunctions = [];
    private readonly IReadOnlyList<AuthorityReference> jointWith = [];

    /// <summary>The key the authority file gives the post, used to refer to it elsewhere in the file.</summary>
    public required string Id { get; init; }

    /// <summary>The role.</summary>
    public required PostRole Role { get; init; }

    /// <summary>Who holds the post; <see langword="null"/> when it is vacant.</summary>
    public Person? Holder { get; init; }

    /// <summary>Whether the post is vacant.</summary>
    public bool IsVacant => Holder is null;

    /// <summary>
    /// The post's title as the council writes it, for example "Corporate Director, Children and Young People"; always
    /// given for a post whose role is <see cref="PostRole.Other"/>.
    /// </summary>
    public string? Title { get; init; }

    /// <summary>The first day of the appointment, if recorded.</summary>
    public DateOnly? Start { get; init; }

    /// <summary>The last day of the appointment, if it has ended or its end is known.</summary>
    public DateOnly? End { get; init; }

    /// <summary>Whether the appointment is substantive or interim.</summary>
    public Tenure Tenure { get; init; } = Tenure.Substantive;

    /// <summary>The post this post reports to, if recorded (the DCS reports to the Chief Executive, para 3.2).</summary>
    public Post? ReportsTo { get; init; }

    /// <summary>Whether the holder is a member of the authority's senior management team (para 3.5).</summary>
    public bool OnSeniorManagementTeam { get; init; }

    /// <summary>
    /// The functions the post is responsible for, when recorded: for the DCS, the functions of Children Act 2004 s18(2)
    /// (education, children's social care, care leavers, co-operation arrangements, health partnership arrangements,
    /// early years and childcare) that it covers (paras 1.2, 3.9). Empty when the file does not record the remit.
    /// </summary>
    public IReadOnlyList<ServiceFunction> Remit { get => remit; init => remit = Freeze(value); }

    /// <summary>Functions beyond children's services given to the post (s18(5), paras 3.12, 3.14).</summary>
    public IReadOnlyList<ServiceFunction> AdditionalFunctions
    {
        get => additionalFunctions;
        init => additionalFunctions = Freeze(value);
    }

    /// <summary>The other authorities this is a joint appointment with, under Children Act 2004 s18(8) (para 3.15).</summary>
    public IReadOnlyList<AuthorityReference> JointWith { get => jointWith; init => jointWith = Freeze(value); }

    /// <summary>Whether this is a joint appointment with one or more other authorities.</summary>
    public bool IsJoint => jointWith.Count > 0;

    /// <summary>Whether the appointment was in force on a date: started on or before it (or start not recorded), and not ended before it.</summary>
    /// <param name="date">The date.</param>
    public bool IsInForceOn(DateOnly date) => Term.Covers(Start, End, date);

    /// <summary>Returns the role (or title) and the holder.</summary>
    public override string ToString() => $"{(Role == PostRole.Other ? Title : Role.DisplayName())} ({Holder?.Name ?? "vacant"})";

    private protected override IEnumerable<AuthorityElement> Parts => jointWith;
}
