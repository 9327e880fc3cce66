using Governance.Model;
using Governance.Rules.Definitions;
using Governance.Rules.Guidance.Catalogue;
using Governance.Rules.Loading;

namespace Governance.Rules.Tests.Loading;

/// <summary>Each test rule file loads into the canonical rule model with the expected shape and places.</summary>
public sealed class RuleShapeTests
{
    private static readonly CataloguedDocumentCatalogue Catalogue = new();

    private static RuleFilesLoadResult LoadTestRule(string name)
    {
        var result = RuleFilesLoader.LoadFiles([Path.Combine(RepositoryFiles.TestRules, name)], Catalogue.Value);
        result.Diagnostics.Should().BeEmpty();
        return result;
    }

    private static SourceLocation At(string name, int line, int column) => new(Path.Combine(RepositoryFiles.TestRules, name), line, column);

    [Test]
    public void One_condition_is_one_pattern_with_one_condition_placed_after_where()
    {
        var rule = LoadTestRule("01-one-condition.yaml").Rules.Single();

        var pattern = rule.Definition.Lhs.Elements.Should().ContainSingle().Which.Should().BeOfType<PatternElement>().Subject;
        pattern.Binding.Should().Be("dcs");
        pattern.Type.Name.Should().Be("Post");
        pattern.Location.Should().Be(At("01-one-condition.yaml", 11, 5));
        var condition = pattern.Conditions.Should().ContainSingle().Subject;
        condition.Text.Should().Be("role == DirectorOfChildrensServices and not onSeniorManagementTeam");
        condition.Location.Should().Be(At("01-one-condition.yaml", 11, 21));
        condition.Expression.Parameters.Select(p => p.Name).Should().StartWith("dcs").And.EndWith("asAt");
        var finding = rule.Definition.Action.Should().BeOfType<FindingAction>().Subject;
        finding.At.Should().NotBeNull();
        rule.Metadata.Should().BeEquivalentTo(new
        {
            Id = "dcs-on-senior-management-team",
            Title = "The DCS is a member of the senior management team",
            Obligation = Obligation.Should,
            Effective = new EffectivePeriod(new DateOnly(2009, 7, 1), new DateOnly(2012, 4, 2)),
            Remedy = "Make the DCS a member of the senior management team and record it in the authority file.",
            Location = At("01-one-condition.yaml", 3, 1),
        });
        rule.Metadata.Citation.Should().Be(rule.Metadata.Citation with { Document = "DCSF-00686-2009" });
        rule.Metadata.Citation.Paragraphs.Should().Equal("3.5");
    }

    [Test]
    public void A_join_is_two_patterns_the_second_using_the_first()
    {
        var rule = LoadTestRule("02-join.yaml").Rules.Single();

        var patterns = rule.Definition.Lhs.Elements.Cast<PatternElement>().ToList();
        patterns.Select(p => (p.Binding, p.Type.Name)).Should().Equal(("dcs", "Post"), ("dass", "Post"));
        patterns[1].Conditions.Single().Expression.Parameters.Select(p => p.Name).Should().Contain("dcs");
        rule.Definition.Action.Should().BeOfType<FindingAction>().Which.At.Should().BeNull();
    }

    [Test]
    public void Negation_is_a_not_element_around_an_unnamed_pattern_named_dollar_one()
    {
        var rule = LoadTestRule("03-negation.yaml").Rules.Single();

        rule.Definition.Lhs.Elements.Should().HaveCount(2);
        var not = rule.Definition.Lhs.Elements[1].Should().BeOfType<NotElement>().Subject;
        not.Location.Should().Be(At("03-negation.yaml", 12, 5));
        var inner = not.Source.Elements.Should().ContainSingle().Which.Should().BeOfType<PatternElement>().Subject;
        inner.Binding.Should().Be("$1");
        inner.Type.Name.Should().Be("BoardMembership");
        inner.Location.Should().Be(At("03-negation.yaml", 13, 9));
        rule.Metadata.Citation.Paragraphs.Should().Equal("3.29", "3.32");
    }

    [Test]
    public void A_count_is_an_aggregate_with_a_named_result_and_a_check()
    {
        var rule = LoadTestRule("04-count.yaml").Rules.Single();

        var elements = rule.Definition.Lhs.Elements;
        elements.Select(e => e.GetType().Name).Should().Equal(nameof(PatternElement), nameof(AggregateElement), nameof(CheckElement));
        var count = (AggregateElement)elements[1];
        count.Binding.Should().Be("leadMembers");
        count.Kind.Should().Be(AggregateKind.Count);
        count.Source.Binding.Should().Be("$1");
        count.Source.Type.Name.Should().Be("Post");
        count.GroupKey.Should().BeNull();
        var check = (CheckElement)elements[2];
        check.Condition.Text.Should().Be("leadMembers > 1");
        check.Condition.Location.Should().Be(At("04-count.yaml", 14, 12));
        rule.Metadata.Obligation.Should().Be(Obligation.Must);
        rule.Metadata.Effective.Should().Be(new EffectivePeriod(new DateOnly(2008, 3, 21), new DateOnly(2012, 4, 2)));
    }

    [Test]
    public void A_join_across_authorities_matches_an_authority_and_a_negated_post()
    {
        var rule = LoadTestRule("05-join-across-authorities.yaml").Rules.Single();

        rule.Definition.Lhs.Elements.Select(e => e switch
        {
            PatternElement p => $"{p.Binding}: {p.Type.Name}",
            NotElement n => $"not {string.Join(", ", n.Source.Elements.Cast<PatternElement>().Select(p => $"{p.Binding}: {p.Type.Name}"))}",
            _ => e.GetType().Name,
        }).Should().Equal("dcs: Post", "partner: Authority", "not $1: Post");
        rule.Metadata.Citation.Paragraphs.Should().Equal("s18(8)", "3.15");
    }

    [Test]
    public void Chaining_derives_a_kind_whose_field_types_are_inferred_and_the_second_rule_matches_it()
    {
        var result = LoadTestRule("06-chaining.yaml");

        result.Rules.Select(r => r.Id).Should().Equal("two-tier-area", "district-councils-on-childrens-trust-board");
        var kind = result.DerivedKinds.Should().ContainSingle().Subject;
        kind.Kind.Should().Be("TwoTierArea");
        kind.Fields.Should().Equal(new DerivedField("county", typeof(Authority)), new DerivedField("districts", typeof(IReadOnlyList<AuthorityReference>)));
        var derive = result.Rules[0].Definition.Action.Should().BeOfType<DeriveAction>().Subject;
        derive.Type.Name.Should().Be("TwoTierArea");
        derive.Fields.Select(f => f.Field).Should().Equal("county", "districts");
        result.Rules[0].Metadata.Obligation.Should().BeNull();
        var area = result.Rules[1].Definition.Lhs.Elements[0].Should().BeOfType<PatternElement>().Subject;
        area.Type.IsDerived.Should().BeTrue();
        area.Conditions.Should().BeEmpty();
    }

    [Test]
    public void A_date_rule_uses_asAt_and_takes_effect_on_the_appointed_day()
    {
        var rule = LoadTestRule("07-date.yaml").Rules.Single();

        var not = rule.Definition.Lhs.Elements[1].Should().BeOfType<NotElement>().Subject;
        not.Source.Elements.Cast<PatternElement>().Single().Conditions.Single().Text.Should().Contain("start <= asAt");
        rule.Metadata.Effective.Should().Be(new EffectivePeriod(new DateOnly(2008, 1, 1), new DateOnly(2012, 4, 2)));
        rule.Metadata.Obligation.Should().Be(Obligation.Must);
    }

    [Test]
    public void The_departable_rule_points_its_finding_at_the_DASS_post()
    {
        var rule = LoadTestRule("08-departable.yaml").Rules.Single();

        rule.Id.Should().Be("dcs-dass-combined");
        rule.Metadata.Tags.Should().Equal("dcs", "dass");
        rule.Definition.Action.Should().BeOfType<FindingAction>().Which.At!.ReturnType.Should().Be<Post>();
    }

    /// <summary>The shipped guidance catalogue, loaded once.</summary>
    private sealed class CataloguedDocumentCatalogue
    {
        public GuidanceCatalogue Value { get; } = GuidanceCatalogueLoader.LoadFolder(RepositoryFiles.GuidanceFolder).Catalogue;
    }
}
