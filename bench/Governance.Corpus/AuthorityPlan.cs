using Governance.Model;

namespace Governance.Corpus;

/// <summary>
/// What one generated authority file will say: the authority, its districts, and which faults and departures it
/// carries. Decided by <see cref="EnglandCorpus"/> from a seeded <see cref="Random"/>, so the corpus is the same on
/// every run.
/// </summary>
internal sealed record AuthorityPlan
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public required AuthorityKind Kind { get; init; }

    /// <summary>Lower-tier districts (GSS code, name), for a county.</summary>
    public required IReadOnlyList<(string Code, string Name)> Districts { get; init; }

    /// <summary>The seed for names and incidental detail in this authority's file.</summary>
    public required int DetailSeed { get; init; }

    /// <summary>One person holds both the DCS and the DASS posts (para 3.13).</summary>
    public bool DcsAlsoDass { get; init; }

    /// <summary>The DCS is not among the LSCB's members (paras 3.29, 3.32).</summary>
    public bool DcsNotOnLscb { get; init; }

    /// <summary>The DCS sits on the LSCB only as a participant observer, not as a member.</summary>
    public bool DcsObserverOnLscb { get; init; }

    /// <summary>Two posts are recorded as the statutory Lead Member (para 2.25, s19(1)).</summary>
    public bool TwoLeadMembers { get; init; }

    /// <summary>The DCS is not on the senior management team (para 3.5).</summary>
    public bool DcsNotOnSeniorManagementTeam { get; init; }

    /// <summary>The DCS post is vacant (s18(1)).</summary>
    public bool DcsVacant { get; init; }

    /// <summary>The DCS post ended before the date recorded (s18(1)).</summary>
    public bool DcsEnded { get; init; }

    /// <summary>The DCS is an interim appointment (not a fault).</summary>
    public bool DcsInterim { get; init; }

    /// <summary>A county whose Children's Trust Board has no district council member (paras 2.13, 3.25).</summary>
    public bool NoDistrictOnChildrensTrustBoard { get; init; }

    /// <summary>GSS codes of the authorities this one's DCS is jointly appointed with (s18(8)).</summary>
    public IReadOnlyList<string> JointDcsWith { get; init; } = [];

    /// <summary>Departures the file records: rule id, and whether its review date has passed.</summary>
    public IReadOnlyList<(string RuleId, bool ReviewOverdue)> Departures { get; init; } = [];
}
