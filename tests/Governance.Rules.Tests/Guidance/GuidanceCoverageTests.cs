using Governance.Model.Loading;
using Governance.Rules.Tests.Loading;

namespace Governance.Rules.Tests.Guidance;

/// <summary>
/// The coverage of the shipped rule set over its catalogue: every item with its classification, and the rules that
/// check it computed from the rules' own citations. No count of shipped rules is fixed here.
/// </summary>
public sealed class GuidanceCoverageTests
{
    private static readonly RuleSet Shipped = RuleSet.LoadOrThrow(RepositoryFiles.Rules);

    [Test]
    public void Every_catalogued_item_is_listed_once_with_its_quote_and_classification()
    {
        var coverage = GuidanceCoverage.Of(Shipped);

        coverage.Items.Should().HaveCount(102);
        coverage.Items.Select(i => i.Item.Number).Should().OnlyHaveUniqueItems();
        coverage.Items.Should().OnlyContain(i => i.Item.Quote.Length > 0);
        coverage.Items.Where(i => i.Item.Classification == ItemClassification.Process).Should().OnlyContain(i => i.Item.Evidence != null);
        coverage.Items.Where(i => i.Item.Classification == ItemClassification.NotCheckable).Should().OnlyContain(i => i.Item.Reason != null);
    }

    [Test]
    public void The_rules_checking_an_item_are_exactly_the_rules_citing_it()
    {
        var coverage = GuidanceCoverage.Of(Shipped);

        foreach (var item in coverage.Items)
        {
            var citing = Shipped.Rules.Concat(RuleSet.DepartureChecks)
                .Where(r => r.Citation.Document == item.Item.Document && r.Citation.Paragraphs.Contains(item.Item.Number))
                .Select(r => r.Id);
            item.RuleIds.Should().BeEquivalentTo(citing, item.Item.Number);
        }

        coverage.CheckableChecked.Should().Be(coverage.Checkable.Count(i => i.RuleIds.Count > 0));
        coverage.CheckableCount.Should().BeGreaterThan(0);
    }

    [Test]
    public void Every_checkable_item_is_checked_by_a_rule_and_every_rule_cites_a_catalogued_item()
    {
        var coverage = GuidanceCoverage.Of(Shipped);
        var catalogued = coverage.Items.Select(i => (i.Item.Document, i.Item.Number)).ToHashSet();

        coverage.Checkable.Where(i => !i.IsChecked).Select(i => i.Item.Number).Should().BeEmpty(
            "an item classified checkable names an arrangement a file records: it needs a rule, or a reason in the catalogue why not");
        foreach (var rule in Shipped.Rules)
        {
            rule.Citation.Paragraphs.Should().OnlyContain(p => catalogued.Contains(ValueTuple.Create(rule.Citation.Document, p)), rule.Id);
        }

        Shipped.Rules.Select(r => r.Id).Should().OnlyHaveUniqueItems();
    }

    [Test]
    public void The_departure_checks_cover_para_1_12()
    {
        var item = GuidanceCoverage.Of(Shipped).Items.Single(i => i.Item.Number == "1.12");

        item.Item.Classification.Should().Be(ItemClassification.Checkable);
        item.RuleIds.Should().BeEquivalentTo(RuleSet.DepartureChecks.Select(r => r.Id));
    }

    [Test]
    public void A_provision_is_cited_as_a_provision_of_the_Act_and_a_paragraph_as_the_guidance()
    {
        var items = GuidanceCoverage.Of(Shipped).Items.ToDictionary(i => i.Item.Number, i => i.Item);

        items["s18(1)"].ToString().Should().Be("Children Act 2004 s18(1)");
        items["s18(1)"].InForceFrom.Should().Be(new DateOnly(2008, 1, 1));
        items["3.13"].ToString().Should().Be("DCSF-00686-2009 para 3.13");
        items["3.13"].Obligations.Should().Equal("not recommended", "should");
    }

    [Test]
    public void After_the_edition_was_replaced_nothing_is_applied_and_the_result_says_so_plainly()
    {
        var notts = AuthorityLoader.LoadFileOrThrow(Path.Combine(RepositoryFiles.Root, "samples", "authorities", "nottinghamshire.yaml"));

        var lastDay = Shipped.Evaluate([notts], new EvaluationOptions { AsAt = new DateOnly(2012, 4, 2) });
        var replaced = Shipped.Evaluate([notts], new EvaluationOptions { AsAt = new DateOnly(2012, 4, 3) });

        lastDay.RulesInForce.Should().NotBeEmpty();
        replaced.RulesInForce.Should().BeEmpty();
        replaced.Findings.Should().BeEmpty();
        replaced.Notices.Should().Contain(n => n.StartsWith("No catalogued guidance was in force as at 2012-04-03: DCSF-00686-2009 (2009 edition) was in force from 2009-07-01 until 2012-04-02", StringComparison.Ordinal));
    }
}
