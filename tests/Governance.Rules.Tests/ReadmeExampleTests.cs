using System.Globalization;
using System.Text.RegularExpressions;
using Governance.Model.Loading;
using Governance.Rules.Tests.Loading;

namespace Governance.Rules.Tests;

/// <summary>The README's library example, run as written, so that the documentation cannot rot.</summary>
public partial class ReadmeExampleTests
{
    private static readonly string[] ExampleLines =
    [
        "var authorities = AuthorityLoader.LoadFolder(\"samples/authorities\");",
        "var rules = RuleSet.LoadShipped();",
        "var result = rules.Evaluate(authorities.Authorities, new EvaluationOptions { AsAt = new DateOnly(2010, 4, 1) });",
        "foreach (var finding in result.Findings)",
        "    Console.WriteLine(finding);",
    ];

    [Test]
    public void The_README_shows_the_example_this_test_runs()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "README.md"));

        foreach (var line in ExampleLines)
        {
            readme.Should().Contain(line);
        }
    }

    [Test]
    public void The_README_example_prints_the_findings_it_shows()
    {
        var output = new StringWriter();
        var previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(RepositoryFiles.Root);
        try
        {
            var authorities = AuthorityLoader.LoadFolder("samples/authorities");
            var rules = RuleSet.LoadShipped();

            var result = rules.Evaluate(authorities.Authorities, new EvaluationOptions { AsAt = new DateOnly(2010, 4, 1) });
            foreach (var finding in result.Findings)
            {
                output.WriteLine(finding);
            }
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }

        output.ToString().Should().Contain(
            "samples/authorities/wigan.yaml:82:5: note (departed) dcs-dass-combined: Wigan Metropolitan Borough Council: Alison Lomax is both DCS and DASS. [DCSF-00686-2009 para 3.13]");
    }

    [Test]
    public void The_README_states_the_coverage_of_the_shipped_rules_as_computed()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "README.md"));
        var coverage = GuidanceCoverage.Of(RuleSet.LoadShipped());

        var stated = CoverageFigure().Matches(readme).Should().ContainSingle("the README states the figure once").Subject;

        (int.Parse(stated.Groups["checked"].Value, CultureInfo.InvariantCulture), int.Parse(stated.Groups["checkable"].Value, CultureInfo.InvariantCulture))
            .Should().Be((coverage.CheckableChecked, coverage.CheckableCount), "the README's figure is what GuidanceCoverage computes for the shipped rules");
    }

    [GeneratedRegex(@"(?<checked>\d+) of (?<checkable>\d+) checkable items")]
    private static partial Regex CoverageFigure();
}
