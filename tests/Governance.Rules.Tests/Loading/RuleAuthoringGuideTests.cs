using System.Text.RegularExpressions;
using Governance.Rules.Guidance.Catalogue;
using Governance.Rules.Loading;

namespace Governance.Rules.Tests.Loading;

/// <summary>The examples in docs/rule-authoring.md load without problems, and it lists every GOV4xx code.</summary>
public sealed partial class RuleAuthoringGuideTests
{
    private static readonly string Guide = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "rule-authoring.md"));
    private static readonly GuidanceCatalogue Catalogue = GuidanceCatalogueLoader.LoadFolder(RepositoryFiles.GuidanceFolder).Catalogue;

    private const string Skeleton = """
        id: example
        title: An example
        cites: { document: DCSF-00686-2009, paragraphs: ["3.13"], quote: an example }
        obligation: should
        when:
        WHEN
        then:
          finding: found
        """;

    private static IEnumerable<string> YamlBlocks() => YamlBlock().Matches(Guide).Select(m => m.Groups["body"].Value);

    [Test]
    public void Every_whole_rule_example_loads_without_problems()
    {
        var rules = YamlBlocks().Where(b => b.Contains("\nid: ", StringComparison.Ordinal) || b.StartsWith("id: ", StringComparison.Ordinal)).ToList();

        rules.Should().HaveCountGreaterThanOrEqualTo(2);
        foreach (var rule in rules)
        {
            RuleFilesLoader.LoadTexts([("guide.yaml", rule)], Catalogue).Diagnostics.Should().BeEmpty(rule);
        }
    }

    [Test]
    public void Every_when_fragment_loads_without_problems_inside_a_rule()
    {
        var fragments = YamlBlocks().Where(b => b.StartsWith("  - ", StringComparison.Ordinal)).ToList();

        fragments.Should().HaveCountGreaterThanOrEqualTo(7);
        foreach (var fragment in fragments)
        {
            var text = Skeleton.Replace("WHEN", fragment.TrimEnd('\n'), StringComparison.Ordinal);
            RuleFilesLoader.LoadTexts([("guide.yaml", text)], Catalogue).Diagnostics.Should().BeEmpty(fragment);
        }
    }

    [Test]
    public void The_guide_lists_every_rule_format_code()
    {
        var codes = typeof(RuleDiagnosticCodes).GetFields().Select(f => (string)f.GetValue(null)!).ToList();

        codes.Should().HaveCountGreaterThan(30);
        foreach (var code in codes)
        {
            Guide.Should().Contain($"| {code} |", code);
        }
    }

    [GeneratedRegex(@"```yaml\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}
