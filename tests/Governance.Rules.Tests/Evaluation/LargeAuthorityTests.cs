using System.Globalization;
using System.Text;
using Governance.Model;
using Governance.Model.Loading;
using Governance.Rules.Engine;
using Governance.Rules.Evaluation.Running;
using Governance.Rules.Tests.Loading;

namespace Governance.Rules.Tests.Evaluation;

/// <summary>
/// A single authority file far larger than any council's, within the loader's limits, is checked in time that grows
/// with its size: a join no longer tries every post against every other. Nothing here is timed: the work is counted
/// in the steps matching takes. Before the engine filtered a join's candidates on their own terms first, the first
/// test took minutes; before it looked a join's key up, the second tried 16 million pairs.
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

    [Test]
    public void Every_shipped_rule_together_does_about_twice_the_work_on_an_authority_twice_the_size()
    {
        // Counted, not timed: the steps matching takes (conditions evaluated, items any/all looked at).
        var rules = RuleSet.LoadShipped();

        var work = new[] { 250, 500, 1_000 }.Select(n => StepsToCheck(rules, WiganWithMore(n))).ToList();

        work[1].Should().BeLessThan(work[0] * 23 / 10, "doubling the people and posts may no more than double the work");
        work[2].Should().BeLessThan(work[1] * 23 / 10, "doubling the people and posts may no more than double the work");
    }

    [Test]
    public void Four_thousand_DCS_and_four_thousand_DASS_posts_held_by_different_people_are_paired_by_holder()
    {
        var rules = CatalogueRules.Shipped("dcs/dcs-dass-combined.yaml");

        var result = rules.Evaluate([WiganWithMore(4_000)]);

        result.Complete.Should().BeTrue();
        result.Errors.Should().BeEmpty();
        result.Findings.Select(f => f.Message).Should().BeEquivalentTo(
            [
                "Wigan Metropolitan Borough Council: Alison Lomax is both DCS and DASS.",
                "Wigan Metropolitan Borough Council: Director 0 is both DCS and DASS.",
                "Wigan Metropolitan Borough Council: Director 1000 is both DCS and DASS.",
                "Wigan Metropolitan Borough Council: Director 2000 is both DCS and DASS.",
                "Wigan Metropolitan Borough Council: Director 3000 is both DCS and DASS.",
            ]);
    }

    /// <summary>How many steps the engine takes to check the authority as at its date.</summary>
    private static long StepsToCheck(RuleSet rules, Authority authority)
    {
        var arrangements = authority.InForceOn(authority.RecordedAsAt);
        // Indexed whatever the size, as a session of thousands of facts is by default, so small sizes show the growth.
        var options = new EngineOptions { AsAt = authority.RecordedAsAt, IndexJoinsFrom = 0 };
        var result = rules.Compiled.Evaluate(AuthorityFacts.Of([arrangements], rules.Compiled.MayRead), options);
        result.Completed.Should().BeTrue();
        return result.MatchingSteps;
    }

    /// <summary>
    /// Wigan with as many more of each as asked: directors of children's services, directors of adult social services
    /// (every thousandth the DCS of the same number), supporting members, and members of the LSCB.
    /// </summary>
    private static Authority WiganWithMore(int each)
    {
        var wigan = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "samples", "authorities", "wigan.yaml"));
        var people = new StringBuilder();
        var posts = new StringBuilder();
        var members = new StringBuilder();
        for (var i = 0; i < each; i++)
        {
            people.Append(CultureInfo.InvariantCulture, $"  - {{ id: director-{i}, name: Director {i}, type: officer }}\n");
            people.Append(CultureInfo.InvariantCulture, $"  - {{ id: adults-{i}, name: Adults Director {i}, type: officer }}\n");
            people.Append(CultureInfo.InvariantCulture, $"  - {{ id: cllr-{i}, name: Councillor {i}, type: councillor }}\n");
            posts.Append(CultureInfo.InvariantCulture, $"  - {{ id: dcs-{i}, role: directorOfChildrensServices, holder: director-{i}, start: 2008-01-01 }}\n");
            var adults = i % 1_000 == 0 ? "director" : "adults";
            posts.Append(CultureInfo.InvariantCulture, $"  - {{ id: dass-{i}, role: directorOfAdultSocialServices, holder: {adults}-{i}, start: 2008-01-01 }}\n");
            posts.Append(CultureInfo.InvariantCulture, $"  - {{ id: support-{i}, role: supportingMember, holder: cllr-{i}, start: 2008-01-01 }}\n");
            members.Append(CultureInfo.InvariantCulture, $"      - {{ person: director-{i}, represents: localAuthority }}\n");
        }

        var text = wigan
            .Replace("people:\n", "people:\n" + people, StringComparison.Ordinal)
            .Replace("posts:\n", "posts:\n" + posts, StringComparison.Ordinal)
            .Replace("    members:\n", "    members:\n" + members, StringComparison.Ordinal);
        var loaded = AuthorityLoader.LoadText(text, "wigan.yaml");
        loaded.Diagnostics.Should().BeEmpty();
        return loaded.Authorities.Single();
    }
}
