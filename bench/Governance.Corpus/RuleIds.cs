namespace Governance.Corpus;

/// <summary>The ids of the shipped rules that the corpus departs from and the comparison checks mirror.</summary>
internal static class RuleIds
{
    public const string DcsOnSeniorManagementTeam = "dcs-on-senior-management-team";
    public const string DcsDassCombined = "dcs-dass-combined";
    public const string DcsOnLscb = "dcs-on-lscb";
    public const string OneLeadMember = "one-lead-member";
    public const string JointDcsRecordedByBoth = "joint-dcs-recorded-by-both";
    public const string DistrictCouncilsOnChildrensTrustBoard = "district-councils-on-childrens-trust-board";
    public const string DcsAppointed = "dcs-appointed";
    public const string TwoTierArea = "two-tier-area";
}
