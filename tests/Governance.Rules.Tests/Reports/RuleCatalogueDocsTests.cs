using Governance.Rules.Language;
using Governance.Rules.Loading;
using Governance.Rules.Reports;
using Governance.Rules.Testing;
using Governance.Rules.Testing.Running;
using Governance.Rules.Tests.Loading;

namespace Governance.Rules.Tests.Reports;

/// <summary>
/// The generated rule catalogue: every rule under the section of the guidance it cites, with the catalogue's quote, its
/// obligation, departures, dates and examples from its test cases; and the fact types and members, read from the rule
/// language's own list. What the pages hold is computed from the rule set here, never written out by hand.
/// </summary>
public sealed class RuleCatalogueDocsTests
{
    private static readonly RuleSet Repository = RuleSet.LoadOrThrow(RepositoryFiles.Rules);
    private static readonly RuleTestSuite RepositoryCases = RuleTestSuite.Load(RepositoryFiles.Rules);
    private static readonly IReadOnlyList<DocsPage> RepositoryPages = RuleCatalogueDocs.Pages(Repository, RepositoryCases.Cases, "rules");

    private static string Page(IReadOnlyList<DocsPage> pages, string name) => pages.Single(p => p.FileName == name).Markdown;

    [Test]
    public void The_pages_are_the_index_the_rules_and_the_facts()
    {
        RepositoryPages.Select(p => p.FileName).Should().Equal(RuleCatalogueDocs.IndexPage, RuleCatalogueDocs.RulesPage, RuleCatalogueDocs.FactsPage);
    }

    [Test]
    public void A_shipped_rule_has_its_citation_quote_obligation_departures_dates_and_examples_under_its_section()
    {
        var rule = Repository.Rules.Single(r => r.Id == "dcs-dass-combined");
        var item = Repository.Documents.SelectMany(d => d.Items).Single(i => i.Document == rule.Citation.Document && i.Number == "3.13");
        var rules = Page(RepositoryPages, RuleCatalogueDocs.RulesPage);

        var entry = Entry(rules, rule.Id);

        entry.Should().StartWith("#### `dcs-dass-combined`: Combining the DCS and DASS roles is not recommended without a strong justification\n");
        entry.Should().Contain("- **Cites:** DCSF-00686-2009 para 3.13, quoting \"it is not recommended without a strong justification\"\n");
        entry.Should().Contain("- **Obligation:** advisory: a finding is a note\n");
        entry.Should().Contain("- **Departures:** an authority may depart from it");
        entry.Should().Contain($"- **Effective:** from {rule.EffectiveFrom:yyyy-MM-dd} to {rule.EffectiveUntil:yyyy-MM-dd}\n");
        entry.Should().Contain($"- DCSF-00686-2009 para 3.13, {item.Heading}: \"{item.Quote}\"\n");
        entry.Should().Contain("- Fires: *One person holds both posts*, with the finding \"Hartlepool Borough Council: Sam Jones is both DCS and DASS.\"\n");
        entry.Should().Contain("- Does not fire: *Different people hold the two posts*.\n");
        rules.IndexOf($"### {item.Section}\n", StringComparison.Ordinal).Should().BeInRange(0, rules.IndexOf(entry, StringComparison.Ordinal));
    }

    [Test]
    public void A_rule_resting_on_an_Act_cannot_be_departed_from_and_a_rule_that_derives_says_so()
    {
        var rules = Page(RepositoryPages, RuleCatalogueDocs.RulesPage);
        var statutory = Repository.Rules.First(r => r.RestsOnLegislation);
        var deriving = Repository.Rules.First(r => r.Obligation is null);

        Entry(rules, statutory.Id).Should().Contain("- **Departures:** cannot be departed from: it rests on a provision of an Act\n");
        Entry(rules, deriving.Id).Should().Contain($"- **Obligation:** none: it derives `{deriving.Derives}` facts").And.NotContain("Examples");
    }

    [Test]
    public void Every_rule_has_an_entry_and_a_link_from_the_index()
    {
        var index = Page(RepositoryPages, RuleCatalogueDocs.IndexPage);
        var rules = Page(RepositoryPages, RuleCatalogueDocs.RulesPage);

        Repository.Rules.Should().NotBeEmpty();
        foreach (var rule in Repository.Rules)
        {
            rules.Should().Contain($"<a id=\"rule-{rule.Id}\"></a>\n\n#### `{rule.Id}`: ");
            index.Should().Contain($"| [`{rule.Id}`](rules.md#rule-{rule.Id}) |");
        }

        foreach (var check in RuleSet.DepartureChecks)
        {
            Entry(rules, check.Id).Should().Contain("- **Departures:** cannot be departed from: it checks the departures themselves\n");
        }
    }

    [Test]
    public void Every_rule_of_the_repository_that_reports_findings_has_an_example_that_fires_and_one_that_does_not()
    {
        var rules = Page(RepositoryPages, RuleCatalogueDocs.RulesPage);

        foreach (var rule in Repository.Rules.Where(r => r.Obligation is not null))
        {
            var entry = Entry(rules, rule.Id);
            entry.Should().Contain("- Fires: *", rule.Id).And.Contain("- Does not fire: *", rule.Id);
        }
    }

    [Test]
    public void The_shipped_rules_without_their_test_cases_point_to_the_repository_for_examples()
    {
        var shipped = RuleSet.LoadShipped();
        var rule = shipped.Rules.First(r => r.Obligation is not null);

        var rules = Page(RuleCatalogueDocs.Pages(shipped, [], "shipped rules"), RuleCatalogueDocs.RulesPage);

        Entry(rules, rule.Id).Should().Contain(
            $"Examples: the test cases of the shipped rules are not shipped with the tool. This rule's are in `{rule.Id}.tests.yaml` beside `{rule.Location.File}` in the Governance repository.");
    }

    [Test]
    public void The_test_file_the_shipped_rules_point_to_is_in_the_repository_beside_the_rule()
    {
        foreach (var rule in RuleSet.LoadShipped().Rules.Where(r => r.Obligation is not null))
        {
            var folder = Path.GetDirectoryName(Path.Combine(RepositoryFiles.Root, rule.Location.File))!;
            File.Exists(Path.Combine(folder, rule.Id + RuleTestSuite.FileSuffix)).Should().BeTrue(rule.Id);
        }
    }

    [Test]
    public void The_index_lists_each_section_with_rules_with_a_link_to_it()
    {
        var index = Page(RepositoryPages, RuleCatalogueDocs.IndexPage);
        var rules = Page(RepositoryPages, RuleCatalogueDocs.RulesPage);
        var section = Repository.Documents.SelectMany(d => d.Items).Single(i => i.Number == "3.13").Section!;

        var link = index.Split('\n').Single(l => l.StartsWith($"- [{section}](rules.md#section-", StringComparison.Ordinal));
        var anchor = link[(link.IndexOf('#', StringComparison.Ordinal) + 1)..link.IndexOf(')', StringComparison.Ordinal)];

        rules.Should().Contain($"<a id=\"{anchor}\"></a>\n\n### {section}\n");
    }

    [Test]
    public void The_facts_page_lists_every_member_the_language_accepts_for_every_type_and_nothing_else()
    {
        var catalog = TypeCatalog.ForDomainModel();
        var facts = Page(RepositoryPages, RuleCatalogueDocs.FactsPage);
        var tables = facts.Split("\n### ").Skip(1).ToDictionary(s => s[1..s.IndexOf('`', 1)], s => s);

        catalog.FactTypeNames.Should().NotBeEmpty();
        foreach (var name in catalog.FactTypeNames)
        {
            catalog.TryGetFactType(name, out var type).Should().BeTrue();
            var listed = tables[name].Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)).Select(l => l[3..l.IndexOf('`', 3)]).ToList();
            var members = catalog.MembersOf(type.ClrType).Select(m => m.Name).ToList();
            members.Should().NotBeEmpty(name);
            listed.Should().Equal(members, name);
            listed.Where(m => !catalog.TryGetMember(type.ClrType, m, out _)).Should().BeEmpty(name);
        }

        foreach (var kind in Repository.DerivedKinds)
        {
            foreach (var field in kind.Fields)
            {
                tables[kind.Kind].Should().Contain($"| `{field.Name}` |");
            }
        }

        foreach (var choices in catalog.EnumTypes)
        {
            tables[choices.Name].Should().Contain(string.Join(", ", Enum.GetNames(choices).Select(n => $"`{n}`")));
        }
    }

    [Test]
    public void The_rule_language_guide_names_every_type_of_fact_the_language_accepts()
    {
        var guide = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "rule-language.md"));
        var sentence = guide[guide.IndexOf("The types of fact are ", StringComparison.Ordinal)..];
        sentence = sentence[..sentence.IndexOf("plus any kinds", StringComparison.Ordinal)];

        TypeCatalog.ForDomainModel().FactTypeNames.Where(n => !sentence.Contains($"`{n}`", StringComparison.Ordinal)).Should().BeEmpty();
    }

    [Test]
    public void The_same_rule_set_gives_the_same_bytes_with_newline_line_ends()
    {
        var again = RuleCatalogueDocs.Pages(Repository, RuleTestSuite.Load(RepositoryFiles.Rules).Cases, "rules");

        again.Should().Equal(RepositoryPages);
        RepositoryPages.Should().OnlyContain(p => !p.Markdown.Contains('\r', StringComparison.Ordinal) && p.Markdown.EndsWith('\n'));
    }

    [Test]
    public void Text_from_the_files_cannot_add_markup_links_or_lines()
    {
        const string catalogue = """
            id: LOCAL-PROTOCOL
            title: "A local <b>protocol</b>"
            kind: local protocol
            reference: LOCAL-PROTOCOL
            edition: "2010"
            inForce: { from: 2009-07-01 }
            paragraphs:
              - { number: "1.1", section: "Chairing | [link](http://x)", heading: "An independent\nchair", quote: "the Board is chaired by <script>x</script> someone", obligations: [should], classification: checkable }
            """;
        const string rule = """
            id: local-chair
            title: "A *chair* with [a link](http://x)\n# and a heading"
            cites: { document: LOCAL-PROTOCOL, paragraphs: ["1.1"], quote: "the Board is chaired by <script>x</script> someone" }
            obligation: should
            when:
              - lscb: Board where kind == LocalSafeguardingChildrenBoard and not chairIsIndependent
            then:
              finding: "{lscb.name} is _not_ <i>independent</i>."
              at: lscb
            """;
        const string tests = """
            rule: local-chair
            authority:
              code: E06000001
              name: Hartlepool Borough Council
              kind: unitary
              recordedAsAt: 2010-09-01
              boards:
                - { id: lscb, kind: localSafeguardingChildrenBoard, name: "Board | [x](y)", chairName: Pat, chairIsIndependent: true }
            cases:
              - case: "An *independent*\n# chair"
                expect: none
              - case: "Not independent <img src=x>"
                authority:
                  boards:
                    - { id: lscb, kind: localSafeguardingChildrenBoard, name: "Board | [x](y)", chairName: Pat }
                expect:
                  - status: open
            """;
        var ruleSet = RuleSet.LoadOrThrow([RuleSetFile.FromText("guidance/LOCAL-PROTOCOL.yaml", catalogue), RuleSetFile.FromText("local-chair.yaml", rule)]);
        var diagnostics = new Diagnostics();
        var cases = RuleTestFileReader.ReadText("local-chair.tests.yaml", tests, diagnostics);
        diagnostics.ToList().Should().BeEmpty();

        var pages = RuleCatalogueDocs.Pages(ruleSet, cases, "local <rules>");
        var all = string.Concat(pages.Select(p => p.Markdown));

        all.Should().NotContain("<script>").And.NotContain("<b>").And.NotContain("<i>").And.NotContain("<img").And.NotContain("[a link](").And.NotContain("[x](y)");
        all.Split('\n').Should().NotContain(l => l.StartsWith("# and", StringComparison.Ordinal) || l.StartsWith("# chair", StringComparison.Ordinal));
        var entry = Entry(Page(pages, RuleCatalogueDocs.RulesPage), "local-chair");
        entry.Should().Contain("#### `local-chair`: A \\*chair\\* with \\[a link\\](http://x) # and a heading\n");
        entry.Should().Contain("- Fires: *Not independent &lt;img src=x&gt;*, with the finding \"Board \\| \\[x\\](y) is \\_not\\_ &lt;i&gt;independent&lt;/i&gt;.\"\n");
        entry.Should().Contain("- Does not fire: *An \\*independent\\* # chair*.\n");
    }

    /// <summary>A rule's entry on the rules page, from its heading to the next anchor.</summary>
    private static string Entry(string rules, string ruleId)
    {
        var start = rules.IndexOf($"<a id=\"rule-{ruleId}\"></a>\n\n", StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, ruleId);
        start = rules.IndexOf("####", start, StringComparison.Ordinal);
        var end = rules.IndexOf("<a id=", start, StringComparison.Ordinal);
        return end < 0 ? rules[start..] : rules[start..end];
    }
}
