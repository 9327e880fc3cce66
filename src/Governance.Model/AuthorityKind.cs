namespace Governance.Model;

/// <summary>The kind of an English local authority.</summary>
public enum AuthorityKind
{
    /// <summary>A county council: the upper tier of a two-tier area, with district councils below it.</summary>
    County,

    /// <summary>A unitary authority (including the Council of the Isles of Scilly).</summary>
    Unitary,

    /// <summary>A metropolitan district council (metropolitan borough).</summary>
    MetropolitanDistrict,

    /// <summary>A London borough council.</summary>
    LondonBorough,

    /// <summary>The City of London Corporation.</summary>
    CityOfLondon,

    /// <summary>A non-metropolitan (lower-tier) district council in a two-tier area: not a children's services authority.</summary>
    District,
}

/// <summary>What follows from an <see cref="AuthorityKind"/>.</summary>
public static class AuthorityKinds
{
    /// <summary>
    /// Whether an authority of this kind is a children's services authority under section 65 of the
    /// Children Act 2004: every kind but the lower-tier district.
    /// </summary>
    /// <param name="kind">The kind of authority.</param>
    public static bool IsChildrensServicesAuthority(this AuthorityKind kind) => kind != AuthorityKind.District;
}
