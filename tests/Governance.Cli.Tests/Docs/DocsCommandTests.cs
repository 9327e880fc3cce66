using Governance.Cli.Tests.Support;
using Governance.Rules;
using Governance.Rules.Reports;

namespace Governance.Cli.Tests.Docs;

/// <summary><c>governance docs</c>, in-process: the pages written are the library's (<see cref="RuleCatalogueDocs"/>), whole.</summary>
public class DocsCommandTests
{
    private static readonly string[] PageNames = [RuleCatalogueDocs.IndexPage, RuleCatalogueDocs.RulesPage, RuleCatalogueDocs.FactsPage];

    [Test]
    public void The_pages_of_the_shipped_rules_are_written_to_a_new_folder_and_exit_0()
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "site", "rules");
        var shipped = RuleSet.LoadShipped();

        var outcome = Tool.Run("docs", "--output", folder);

        outcome.ExitCode.Should().Be(ExitCodes.Success, outcome.ToString());
        outcome.StdoutLines.Should().Equal(
            $"Wrote index.md, rules.md, facts.md to {folder}: {shipped.Rules.Count} rules of rule set {shipped.Version} (shipped rules).");
        outcome.Stderr.Should().BeEmpty();
        Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).Should().Equal(PageNames.Order(StringComparer.Ordinal));
        foreach (var page in RuleCatalogueDocs.Pages(shipped, [], "shipped rules"))
        {
            File.ReadAllText(Path.Combine(folder, page.FileName)).Should().Be(page.Markdown);
        }

        File.ReadAllText(Path.Combine(folder, RuleCatalogueDocs.RulesPage)).Should().Contain("the test cases of the shipped rules are not shipped with the tool");
    }

    [Test]
    public void A_rule_folder_with_its_test_cases_gives_examples_and_the_same_bytes_each_time()
    {
        using var temp = new TempFolder();
        var first = Path.Combine(temp.Path, "first");
        var second = Path.Combine(temp.Path, "second");
        var ruleSet = RuleSet.LoadOrThrow(RepositoryPaths.Rules);

        var outcome = Tool.Run("docs", "--output", first, "--rules", RepositoryPaths.Rules, "--no-shipped-rules");
        Tool.Run("docs", "--rules", RepositoryPaths.Rules, "--no-shipped-rules", "--output", second).ExitCode.Should().Be(ExitCodes.Success);

        outcome.ExitCode.Should().Be(ExitCodes.Success, outcome.ToString());
        var rules = File.ReadAllText(Path.Combine(first, RuleCatalogueDocs.RulesPage));
        rules.Should().Contain("- Fires: *One person holds both posts*, with the finding \"Hartlepool Borough Council: Sam Jones is both DCS and DASS.\"\n");
        rules.Should().NotContain("not shipped with the tool");
        foreach (var rule in ruleSet.Rules)
        {
            rules.Should().Contain($"<a id=\"rule-{rule.Id}\"></a>");
        }

        foreach (var name in PageNames)
        {
            File.ReadAllBytes(Path.Combine(second, name)).Should().Equal(File.ReadAllBytes(Path.Combine(first, name)), name);
            File.ReadAllText(Path.Combine(first, name)).Should().NotContain("\r");
        }
    }

    [Test]
    public void Rules_that_cannot_be_loaded_are_reported_with_their_place_and_nothing_is_written_exit_2()
    {
        using var temp = new TempFolder();
        var rule = File.ReadAllText(Path.Combine(RepositoryPaths.LocalRulesSample, "lscb-chair-independent-of-council.yaml"));
        var broken = temp.Write("local/broken.yaml", rule.Replace("document: LOCAL-PROTOCOL", "document: LOCAL-PROTOKOL", StringComparison.Ordinal));
        var folder = Path.Combine(temp.Path, "site");

        var outcome = Tool.Run("docs", "--output", folder, "--rules", Path.Combine(temp.Path, "local"));

        outcome.ExitCode.Should().Be(ExitCodes.InvalidInput, outcome.ToString());
        outcome.Stdout.Should().BeEmpty();
        outcome.StderrLines.Should().Contain(l => l.StartsWith(broken + ":5:", StringComparison.Ordinal) && l.Contains(" error GOV430: ", StringComparison.Ordinal));
        outcome.StderrLines[^1].Should().StartWith("governance: No documentation was written: the rule set (shipped rules + ");
        Directory.Exists(folder).Should().BeFalse();
    }

    [Test]
    public void A_test_file_with_an_error_is_reported_and_nothing_is_written_exit_2()
    {
        using var temp = new TempFolder();
        temp.Copy(Path.Combine(RepositoryPaths.LocalRulesSample, "lscb-chair-independent-of-council.yaml"), "local/lscb-chair-independent-of-council.yaml");
        temp.Copy(Path.Combine(RepositoryPaths.LocalRulesSample, "guidance", "LOCAL-PROTOCOL.yaml"), "local/guidance/LOCAL-PROTOCOL.yaml");
        var tests = temp.Write("local/lscb-chair-independent-of-council.tests.yaml", "rule: lscb-chair-independent-of-council\ncases: []\n");
        var folder = Path.Combine(temp.Path, "site");

        var outcome = Tool.Run("docs", "--output", folder, "--rules", Path.Combine(temp.Path, "local"));

        outcome.ExitCode.Should().Be(ExitCodes.InvalidInput, outcome.ToString());
        outcome.StderrLines.Should().Contain(l => l.StartsWith(tests + ":", StringComparison.Ordinal) && l.Contains(" error ", StringComparison.Ordinal));
        outcome.StderrLines[^1].Should().StartWith("governance: No documentation was written: the rule test files (shipped rules + ");
        Directory.Exists(folder).Should().BeFalse();
    }

    [Test]
    public void A_folder_that_cannot_be_made_is_reported_exit_2()
    {
        using var temp = new TempFolder();
        var file = temp.Write("a-file", "not a folder");

        var outcome = Tool.Run("docs", "--output", Path.Combine(file, "site"));

        outcome.ExitCode.Should().Be(ExitCodes.InvalidInput, outcome.ToString());
        outcome.Stdout.Should().BeEmpty();
        outcome.StderrLines.Should().ContainSingle().Which.Should().StartWith($"governance: the folder {Path.Combine(file, "site")} could not be made: ");
    }

    [TestCase]
    [TestCase("--output", "site", "--no-shipped-rules")]
    [TestCase("--output", "site", "extra")]
    [TestCase("--output", "site", "--fromat", "markdown")]
    public void A_wrong_command_line_is_a_usage_error(params string[] args)
    {
        var outcome = Tool.Run(["docs", .. args]);

        outcome.ExitCode.Should().Be(ExitCodes.UsageError, outcome.ToString());
        outcome.Stdout.Should().BeEmpty();
        outcome.StderrLines[^1].Should().Be("Run 'governance docs --help' to see the usage.");
    }

    [Test]
    public void An_output_that_names_a_file_is_a_usage_error()
    {
        using var temp = new TempFolder();
        var file = temp.Write("index.md", "old");

        var outcome = Tool.Run("docs", "--output", file);

        outcome.ExitCode.Should().Be(ExitCodes.UsageError, outcome.ToString());
        outcome.StderrLines[0].Should().Be($"governance: --output names '{file}', which is a file. Name the folder to write the pages in.");
        File.ReadAllText(file).Should().Be("old");
    }

    [Test]
    public void Help_describes_every_option()
    {
        var outcome = Tool.Run("docs", "--help");

        outcome.ExitCode.Should().Be(ExitCodes.Success);
        outcome.Stdout.Should().Contain("--output <folder>").And.Contain("--rules <folder>").And.Contain("--no-shipped-rules");
    }
}
