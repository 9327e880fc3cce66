using Governance.Model;
using Governance.Rules.Guidance.Catalogue;
using Governance.Rules.Loading;

namespace Governance.Rules.Tests.Loading;

/// <summary>
/// A problem inside a condition, template or value is placed at its exact line and column in the file, whatever the
/// YAML style of the scalar it is written in: the unknown name 'zzz' is reported where 'zzz' is written.
/// </summary>
public sealed class ScalarPositionTests
{
    private static readonly GuidanceCatalogue Catalogue = GuidanceCatalogueLoader.LoadFolder(RepositoryFiles.GuidanceFolder).Catalogue;

    private const string Head = """
        id: r
        title: T
        cites: { document: DCSF-00686-2009, paragraphs: ["3.13"], quote: q }
        obligation: should
        when:

        """;

    private const string Tail = """

        then:
          finding: x
        """;

    private static (SourceLocation Expected, Diagnostic Actual) Place(string when)
    {
        var text = Head + when + Tail;
        var lines = text.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains("zzz", StringComparison.Ordinal));
        var expected = new SourceLocation("rule.yaml", line + 1, lines[line].IndexOf("zzz", StringComparison.Ordinal) + 1);

        var result = RuleFilesLoader.LoadTexts([("rule.yaml", text)], Catalogue);

        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be("GOV202", diagnostic.ToString());
        return (expected, diagnostic);
    }

    [TestCase("  - p: Post where holder.name == 'A' and zzz == 1", TestName = "Plain scalar")]
    [TestCase("  - p: Post where holder.name == 'A'\n      and zzz == 1", TestName = "Plain scalar over two lines")]
    [TestCase("  - p: 'Post where holder.name == ''A'' and zzz == 1'", TestName = "Single-quoted scalar with a doubled quote")]
    [TestCase("  - p: 'Post where holder.name == ''A''\n\n      and zzz == 1'", TestName = "Single-quoted scalar over lines with an empty line")]
    [TestCase("  - p: \"Post where holder.name == \\\"A\\\" and \\u0020zzz == 1\"", TestName = "Double-quoted scalar with escapes")]
    [TestCase("  - p: \"Post where holder.name == \\\"A\\\" \\\n      and zzz == 1\"", TestName = "Double-quoted scalar with an escaped line break")]
    [TestCase("  - p: |\n      Post where holder.name == 'A'\n        and zzz == 1", TestName = "Literal block scalar")]
    [TestCase("  - p: |-\n      Post where holder.name == 'A'\n\n      and zzz == 1\n", TestName = "Literal block scalar, stripped, with an empty line")]
    [TestCase("  - p: >\n      Post where holder.name == 'A'\n      and zzz == 1", TestName = "Folded block scalar")]
    [TestCase("  - p: >\n      Post where holder.name == 'A'\n\n        and zzz == 1\n", TestName = "Folded block scalar with a more-indented line")]
    [TestCase("  - p: Post where holder.name == 'A'\n  - check: p.holder != null and zzz", TestName = "A check")]
    [TestCase("  - n: count Post where zzz == 1", TestName = "A count's condition")]
    [TestCase("  - g: group Post by zzz where role == DirectorOfChildrensServices", TestName = "A group's key")]
    public void The_problem_is_placed_where_it_is_written(string when)
    {
        var (expected, actual) = Place(when);

        actual.Location.Should().Be(expected, actual.ToString());
    }

    [Test]
    public void A_problem_in_a_finding_template_is_placed_inside_the_braces()
    {
        var text = Head + "  - p: Post" + Tail.Replace("finding: x", "finding: \"Found {p.holder.name} and \\\"{p.zzz}\\\"\"", StringComparison.Ordinal);

        var result = RuleFilesLoader.LoadTexts([("rule.yaml", text)], Catalogue);

        var line = text.Split('\n')[7];
        result.Diagnostics.Should().ContainSingle().Which.Location.Should().Be(
            new SourceLocation("rule.yaml", 8, line.IndexOf("zzz", StringComparison.Ordinal) + 1));
    }

    [Test]
    public void A_problem_in_a_derived_value_is_placed_in_the_value()
    {
        var text = """
            id: r
            title: T
            cites: { document: DCSF-00686-2009, paragraphs: ["2.13"], quote: q }
            when:
              - county: Authority where isTwoTier
            then:
              derive:
                fact: TwoTierArea
                with:
                  county: >-
                    county.zzz
            """;

        var result = RuleFilesLoader.LoadTexts([("rule.yaml", text)], Catalogue);

        result.Diagnostics.Should().ContainSingle().Which.Location.Should().Be(new SourceLocation("rule.yaml", 11, 16));
    }
}
