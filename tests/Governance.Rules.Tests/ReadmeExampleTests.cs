using Governance.Model.Loading;
using Governance.Rules.Tests.Loading;

namespace Governance.Rules.Tests;

/// <summary>The README's library example, run as written, so that the documentation cannot rot.</summary>
public class ReadmeExampleTests
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
}
