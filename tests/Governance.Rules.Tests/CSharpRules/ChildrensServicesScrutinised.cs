using Governance.Model;
using NRules.Fluent.Dsl;

namespace Governance.Rules.Tests.CSharpRules;

[GuidanceRule(
    "childrens-services-scrutinised",
    "An overview and scrutiny committee scrutinises children's services",
    "DCSF-00686-2009",
    "an overview and scrutiny committee may review or scrutinise decisions made or actions taken",
    "2.6",
    Obligation = Obligation.Advisory,
    Remedy = "Record the overview and scrutiny committee whose remit includes children's services.")]
public sealed class ChildrensServicesScrutinised : Rule
{
    public override void Define()
    {
        Authority authority = null!;

        When()
            .Match(() => authority, a => a.IsChildrensServicesAuthority)
            .Not<ScrutinyCommittee>(c => c.Authority == authority, c => c.ScrutinisesChildrensServices);

        Then()
            .Do(ctx => ctx.ReportFinding($"{authority.Name}: no overview and scrutiny committee that scrutinises children's services is recorded."));
    }
}
