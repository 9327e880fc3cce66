using System.Globalization;
using Governance.Corpus;
using Governance.Model;

namespace Governance.Benchmarks.Checks;

/// <summary>
/// The baseline: the shipped rules' checks written plainly in C# with loops and LINQ over the same model, one
/// method per rule, producing the same messages. What a developer would write by hand without a rule engine.
/// </summary>
internal static class HandWrittenChecks
{
    /// <summary>The id of rule <c>lscb-annual-report</c> (para 3.34), which the corpus's list of rule ids does not name.</summary>
    public const string LscbAnnualReport = "lscb-annual-report";

    /// <summary>The ids of the rules these checks stand for.</summary>
    public static IReadOnlyList<string> CoveredRuleIds { get; } =
    [
        RuleIds.DcsAppointed, RuleIds.DcsDassCombined, RuleIds.DcsOnLscb, RuleIds.DcsOnSeniorManagementTeam,
        RuleIds.DistrictCouncilsOnChildrensTrustBoard, RuleIds.JointDcsRecordedByBoth, LscbAnnualReport, RuleIds.OneLeadMember,
    ];

    /// <summary>Shipped rules that derive facts rather than find faults; a hand-written check needs none of its own.</summary>
    public static IReadOnlyList<string> DerivationRuleIds { get; } = [RuleIds.TwoTierArea];

    /// <summary>Runs every check over a set of authorities (one England), in the order of the rule ids.</summary>
    public static List<CheckFinding> Run(IReadOnlyList<Authority> authorities, DateOnly asAt)
    {
        var findings = new List<CheckFinding>();
        var byCode = new Dictionary<string, List<Authority>>(StringComparer.Ordinal);

        // As the rules do: judge the arrangements in force on the date.
        authorities = [.. authorities.Select(a => a.InForceOn(asAt))];
        foreach (var authority in authorities)
        {
            if (!byCode.TryGetValue(authority.Code, out var same))
            {
                byCode[authority.Code] = same = [];
            }

            same.Add(authority);
        }

        foreach (var authority in authorities)
        {
            DcsAppointed(authority, asAt, findings);
            DcsDassCombined(authority, findings);
            DcsOnLscb(authority, findings);
            DcsOnSeniorManagementTeam(authority, findings);
            DistrictCouncilsOnChildrensTrustBoard(authority, findings);
            JointDcsRecordedByBoth(authority, byCode, findings);
            LscbAnnualReportSubmitted(authority, asAt, findings);
            OneLeadMember(authority, asAt, findings);
        }

        return findings;
    }

    /// <summary>s18(1): a Director of Children's Services is in post on the date.</summary>
    private static void DcsAppointed(Authority la, DateOnly asAt, List<CheckFinding> findings)
    {
        if (!la.IsChildrensServicesAuthority)
        {
            return;
        }

        var inPost = la.Posts.Any(p => p.Role == PostRole.DirectorOfChildrensServices && !p.IsVacant);
        if (!inPost)
        {
            findings.Add(new(RuleIds.DcsAppointed, la,
                $"{la.Name} has no Director of Children's Services in post on {asAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.",
                la.Location));
        }
    }

    /// <summary>Para 3.13: one person holds both the DCS and the DASS posts.</summary>
    private static void DcsDassCombined(Authority la, List<CheckFinding> findings)
    {
        foreach (var dcs in la.Posts)
        {
            if (dcs.Role != PostRole.DirectorOfChildrensServices || dcs.Holder is not { } holder)
            {
                continue;
            }

            foreach (var dass in la.Posts)
            {
                if (dass.Role == PostRole.DirectorOfAdultSocialServices && ReferenceEquals(dass.Holder, holder))
                {
                    findings.Add(new(RuleIds.DcsDassCombined, la, $"{la.Name}: {holder.Name} is both DCS and DASS.", dass.Location));
                }
            }
        }
    }

    /// <summary>Paras 3.29, 3.32: the DCS is a full member of the LSCB.</summary>
    private static void DcsOnLscb(Authority la, List<CheckFinding> findings)
    {
        foreach (var dcs in la.Posts)
        {
            if (dcs.Role != PostRole.DirectorOfChildrensServices || dcs.Holder is not { } holder)
            {
                continue;
            }

            var member = la.Boards.Any(b => b.Kind == BoardKind.LocalSafeguardingChildrenBoard
                && b.Members.Any(m => ReferenceEquals(m.Person, holder) && m.Capacity == MembershipCapacity.Member));
            if (!member)
            {
                findings.Add(new(RuleIds.DcsOnLscb, la,
                    $"{la.Name}: the DCS, {holder.Name}, is not a member of the Local Safeguarding Children Board.", dcs.Location));
            }
        }
    }

    /// <summary>Para 3.5: the DCS is on the senior management team.</summary>
    private static void DcsOnSeniorManagementTeam(Authority la, List<CheckFinding> findings)
    {
        foreach (var dcs in la.Posts)
        {
            if (dcs.Role == PostRole.DirectorOfChildrensServices && dcs.Holder is { } holder && !dcs.OnSeniorManagementTeam)
            {
                findings.Add(new(RuleIds.DcsOnSeniorManagementTeam, la,
                    $"{la.Name}: the Director of Children's Services, {holder.Name}, is not recorded as a member of the senior management team.",
                    dcs.Location));
            }
        }
    }

    /// <summary>Paras 2.13, 3.25: a two-tier area's Children's Trust Board has a district council member.</summary>
    private static void DistrictCouncilsOnChildrensTrustBoard(Authority la, List<CheckFinding> findings)
    {
        if (!la.IsTwoTier)
        {
            return;
        }

        var districtMember = la.Boards.Any(b => b.Kind == BoardKind.ChildrensTrustBoard
            && b.Members.Any(m => m.Represents == PartnerKind.DistrictCouncil));
        if (districtMember)
        {
            return;
        }

        foreach (var board in la.Boards)
        {
            if (board.Kind == BoardKind.ChildrensTrustBoard)
            {
                findings.Add(new(RuleIds.DistrictCouncilsOnChildrensTrustBoard, la,
                    $"{la.Name}: no district council is represented on the {board.Name}, although the area has " +
                    $"{la.Districts.Count.ToString(CultureInfo.InvariantCulture)} district councils.",
                    board.Location));
            }
        }
    }

    /// <summary>s18(8), para 3.15: a joint DCS is recorded by every authority that shares it (a cross-authority check).</summary>
    private static void JointDcsRecordedByBoth(Authority la, Dictionary<string, List<Authority>> byCode, List<CheckFinding> findings)
    {
        foreach (var dcs in la.Posts)
        {
            if (dcs.Role != PostRole.DirectorOfChildrensServices || !dcs.IsJoint)
            {
                continue;
            }

            foreach (var partnerRef in dcs.JointWith)
            {
                if (!byCode.TryGetValue(partnerRef.Code, out var partners))
                {
                    continue;
                }

                foreach (var partner in partners)
                {
                    var recordsBack = partner.Posts.Any(p => p.Role == PostRole.DirectorOfChildrensServices
                        && p.JointWith.Any(j => j.Code == la.Code));
                    if (!recordsBack)
                    {
                        findings.Add(new(RuleIds.JointDcsRecordedByBoth, la,
                            $"{la.Name} records a joint DCS with {partner.Name}, but {partner.Name} records no joint DCS with {la.Name}.",
                            dcs.Location));
                    }
                }
            }
        }
    }

    /// <summary>Para 3.34 (advice): each LSCB's annual report is recorded as submitted to the Children's Trust Board.</summary>
    private static void LscbAnnualReportSubmitted(Authority la, DateOnly asAt, List<CheckFinding> findings)
    {
        var submitted = la.Publications.Any(p => p.Kind == PublicationKind.LscbAnnualReport
            && p.Published is { } published && published.AddYears(1) >= asAt
            && p.SubmittedTo is { Kind: BoardKind.ChildrensTrustBoard });
        if (submitted)
        {
            return;
        }

        foreach (var lscb in la.Boards)
        {
            if (lscb.Kind == BoardKind.LocalSafeguardingChildrenBoard)
            {
                findings.Add(new(LscbAnnualReport, la,
                    $"{la.Name}: no annual report of the {lscb.Name} published in the year to {asAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} and submitted to the Children's Trust Board is recorded.",
                    la.LocationOf(nameof(Authority.Publications))));
            }
        }
    }

    /// <summary>Para 2.25, s19(1): only one statutory Lead Member.</summary>
    private static void OneLeadMember(Authority la, DateOnly asAt, List<CheckFinding> findings)
    {
        if (!la.IsChildrensServicesAuthority)
        {
            return;
        }

        // People, not posts, in the order of the authority's people.
        var people = la.People.Where(person => la.Posts.Any(p => p.Role == PostRole.LeadMemberForChildrensServices && p.Holder?.Id == person.Id)).ToList();
        if (people.Count > 1)
        {
            findings.Add(new(RuleIds.OneLeadMember, la,
                $"{la.Name} records {people.Count.ToString(CultureInfo.InvariantCulture)} people as its statutory Lead Member for Children's Services on " +
                $"{asAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} ({string.Join(", ", people.Select(p => p.Name))}); only one person can hold the role.",
                la.LocationOf(nameof(Authority.Posts))));
        }
    }
}
