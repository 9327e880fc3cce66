using Governance.Model;
using NRules.Fluent.Dsl;

namespace Governance.Rules.Tests.CSharpRules;

[GuidanceRule(
    "dcs-reports-to-chief-executive",
    "The DCS reports directly to the Chief Executive",
    "DCSF-00686-2009",
    "reports directly to the Chief Executive",
    "3.2",
    Remedy = "Record the Chief Executive as the post the DCS reports to, or explain the arrangement.")]
public sealed class DcsReportsToChiefExecutive : Rule
{
    public override void Define()
    {
        Post dcs = null!;

        When()
            .Match(() => dcs, p => p.Role == PostRole.DirectorOfChildrensServices, p => p.ReportsTo == null || p.ReportsTo.Role != PostRole.ChiefExecutive);

        Then()
            .Do(ctx => ctx.ReportFinding($"{dcs.Authority!.Name}: the DCS does not report to the Chief Executive."));
    }
}
