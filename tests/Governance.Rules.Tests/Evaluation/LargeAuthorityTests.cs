using System.Text;
using Governance.Model.Loading;
using Governance.Rules.Tests.Loading;

namespace Governance.Rules.Tests.Evaluation;

/// <summary>
/// A single authority file far larger than any council's, within the loader's limits, is checked in time that grows
/// with its size: a join no longer tries every post against every other. Nothing here is timed; before the engine
/// filtered a join's candidates on their own terms first, the first test took minutes.
/// </summary>
public class LargeAuthorityTests
{
    [Test]
    public void Twenty_thousand_DCS_posts_held_by_the_DASS_each_give_the_combined_finding()
    {
        const int Extra = 20_000;
        var wigan = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "samples", "authorities", "wigan.yaml"));
        var posts = new StringBuilder();
        for (var i = 0; i < Extra; i++)
        {
            posts.Append("  - { id: dcs-").Append(i).Append(", role: directorOfChildrensServices, holder: director-people-lomax, start: 2008-01-01 }\n");
        }

        var loaded = AuthorityLoader.LoadText(wigan.Replace("posts:\n", "posts:\n" + posts, StringComparison.Ordinal), "wigan.yaml");
        loaded.Diagnostics.Should().BeEmpty();
        var rules = CatalogueRules.Shipped("dcs/dcs-dass-combined.yaml");

        var result = rules.Evaluate(loaded.Authorities);

        result.Complete.Should().BeTrue();
        result.Errors.Should().BeEmpty();
        result.Findings.Should().HaveCount(Extra + 1, "each DCS post, the file's own and the 20,000 added, is held by the DASS")
            .And.OnlyContain(f => f.RuleId == "dcs-dass-combined"
                && f.Message == "Wigan Metropolitan Borough Council: Alison Lomax is both DCS and DASS."
                && f.Status == FindingStatus.Departed);
        result.Findings.Select(f => f.Location).Distinct().Should().ContainSingle("every finding points at the one DASS post");
    }
}
