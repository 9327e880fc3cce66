namespace Governance.Model.Register;

/// <summary>One row of the register of English local authorities.</summary>
/// <param name="GssCode">The ONS GSS code, for example <c>E10000024</c>.</param>
/// <param name="LetterCode">The register's three-letter code, for example <c>NTT</c>.</param>
/// <param name="OfficialName">The official name, with runs of spaces collapsed to one.</param>
/// <param name="TypeCode">The register's type code: CTY, UA, MD, LBO, CC, NMD, SRA or COMB.</param>
/// <param name="Kind">The kind of council; <see langword="null"/> for SRA and COMB, which are not councils a file may describe.</param>
/// <param name="Start">The first day, when the register gives one.</param>
/// <param name="WrittenEnd">The end date exactly as the register writes it (see <see cref="AuthorityRegister"/>).</param>
/// <param name="End">The exclusive end: the first day the authority no longer exists; <see langword="null"/> while it exists.</param>
/// <param name="CountyGssCode">For a lower-tier district, the GSS code of its county.</param>
/// <param name="SuccessorGssCodes">The GSS codes of the authorities that replaced it, if it has ended.</param>
/// <param name="Region">The English region (for example <c>East Midlands</c>), as the register names it; empty where it names none.</param>
public sealed record RegisteredAuthority(
    string GssCode,
    string LetterCode,
    string OfficialName,
    string TypeCode,
    AuthorityKind? Kind,
    DateOnly? Start,
    DateOnly? WrittenEnd,
    DateOnly? End,
    string? CountyGssCode,
    IReadOnlyList<string> SuccessorGssCodes,
    string Region = "")
{
    /// <summary>Whether this is a council (not the Greater London Authority nor a combined authority).</summary>
    public bool IsCouncil => Kind is not null;

    /// <summary>Whether this is a children's services authority (Children Act 2004 s65).</summary>
    public bool IsChildrensServicesAuthority => Kind is { } kind && kind.IsChildrensServicesAuthority();

    /// <summary>Whether the authority existed on a day: start inclusive, end exclusive.</summary>
    /// <param name="day">The day.</param>
    public bool ExistsOn(DateOnly day) => (Start is null || Start.Value <= day) && (End is null || day < End.Value);

    /// <summary>Returns the name and code.</summary>
    public override string ToString() => $"{OfficialName} ({GssCode})";
}
