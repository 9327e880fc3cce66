using Governance.Corpus;
using Governance.Model;
using RulesEngine.Models;

namespace Governance.Benchmarks.Checks;

/// <summary>
/// The same checks in Microsoft RulesEngine: one workflow of lambda-expression rules, run once per authority with
/// the authority (<c>la</c>) and the evaluation date (<c>asAt</c>) as inputs. A rule "succeeds" when the fault is
/// present, so each successful rule is one finding. RulesEngine has no working memory and no joins between inputs,
/// so every check is written over one authority's object graph, and the cross-authority check (a joint DCS recorded
/// by one side only) is left out.
/// </summary>
internal sealed class RulesEngineChecks
{
    /// <summary>The workflow's name.</summary>
    public const string Workflow = "governance";

    private const string Dcs = "PostRole.DirectorOfChildrensServices";

    private readonly global::RulesEngine.RulesEngine engine;

    /// <summary>Creates the engine and its workflow; RulesEngine compiles each rule on its first use and caches it.</summary>
    public RulesEngineChecks()
    {
        var settings = new ReSettings
        {
            CustomTypes = [typeof(PostRole), typeof(BoardKind), typeof(MembershipCapacity), typeof(PartnerKind), typeof(PublicationKind)],
            // Make a rule that throws an error, not a silent failure (RulesEngine's default turns it into "false").
            EnableExceptionAsErrorMessage = false,
        };
        engine = new global::RulesEngine.RulesEngine([new Workflow { WorkflowName = Workflow, Rules = Rules() }], settings);
    }

    /// <summary>The ids of the rules this engine checks: every shipped rule but the cross-authority one.</summary>
    public static IReadOnlyList<string> RuleIdsChecked { get; } = [.. Rules().Select(r => r.RuleName).Order(StringComparer.Ordinal)];

    /// <summary>Runs the workflow for each authority; returns each (rule, authority) that has the fault.</summary>
    public List<(string RuleId, Authority Authority)> Run(IReadOnlyList<Authority> authorities, DateOnly asAt)
    {
        var found = new List<(string, Authority)>();
        var date = new RuleParameter("asAt", asAt);
        foreach (var recorded in authorities)
        {
            // As the rules do: judge the arrangements in force on the date.
            var authority = recorded.InForceOn(asAt);
            var pending = engine.ExecuteAllRulesAsync(Workflow, new RuleParameter("la", authority), date);
            var results = pending.IsCompleted ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
            foreach (var result in results)
            {
                if (!string.IsNullOrEmpty(result.ExceptionMessage))
                {
                    throw new InvalidOperationException($"RulesEngine rule {result.Rule.RuleName} failed on {authority}: {result.ExceptionMessage}");
                }

                if (result.IsSuccess)
                {
                    found.Add((result.Rule.RuleName, recorded));
                }
            }
        }

        return found;
    }

    private static List<Rule> Rules() =>
    [
        Lambda(RuleIds.DcsAppointed,
            $"la.IsChildrensServicesAuthority && !la.Posts.Any(p => p.Role == {Dcs} && p.Holder != null)"),
        Lambda(RuleIds.DcsDassCombined,
            $"la.Posts.Any(d => d.Role == {Dcs} && d.Holder != null" +
            " && la.Posts.Any(a => a.Role == PostRole.DirectorOfAdultSocialServices && a.Holder == d.Holder))"),
        Lambda(RuleIds.DcsOnLscb,
            $"la.Posts.Any(d => d.Role == {Dcs} && d.Holder != null" +
            " && !la.Boards.Any(b => b.Kind == BoardKind.LocalSafeguardingChildrenBoard" +
            " && b.Members.Any(m => m.Person == d.Holder && m.Capacity == MembershipCapacity.Member)))"),
        Lambda(RuleIds.DcsOnSeniorManagementTeam,
            $"la.Posts.Any(d => d.Role == {Dcs} && d.Holder != null && !d.OnSeniorManagementTeam)"),
        Lambda(RuleIds.DistrictCouncilsOnChildrensTrustBoard,
            "la.IsTwoTier && la.Boards.Any(b => b.Kind == BoardKind.ChildrensTrustBoard)" +
            " && !la.Boards.Any(b => b.Kind == BoardKind.ChildrensTrustBoard && b.Members.Any(m => m.Represents == PartnerKind.DistrictCouncil))"),
        Lambda(HandWrittenChecks.LscbAnnualReport,
            "la.Boards.Any(b => b.Kind == BoardKind.LocalSafeguardingChildrenBoard)" +
            " && !la.Publications.Any(p => p.Kind == PublicationKind.LscbAnnualReport" +
            " && p.Published != null && p.Published.Value.AddYears(1) >= asAt" +
            " && p.SubmittedTo != null && p.SubmittedTo.Kind == BoardKind.ChildrensTrustBoard)"),
        Lambda(RuleIds.OneLeadMember,
            "la.IsChildrensServicesAuthority && la.Posts.Where(p => p.Role == PostRole.LeadMemberForChildrensServices && p.Holder != null)" +
            ".Select(p => p.Holder.Id).Distinct().Count() > 1"),
    ];

    private static Rule Lambda(string id, string expression) => new()
    {
        RuleName = id,
        RuleExpressionType = RuleExpressionType.LambdaExpression,
        Expression = expression,
        SuccessEvent = id,
    };
}
