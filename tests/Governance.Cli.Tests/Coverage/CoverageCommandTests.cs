using System.Text.Json;
using Governance.Cli.Tests.Support;
using Governance.Rules;

namespace Governance.Cli.Tests.Coverage;

/// <summary><c>governance coverage</c>, in-process: the figures are computed from the rule set, never written here.</summary>
public class CoverageCommandTests
{
    private static readonly GuidanceCoverage Shipped = GuidanceCoverage.Of(RuleSet.LoadShipped());

    [Test]
    public void The_text_starts_with_the_headline_figure_of_the_shipped_rules_and_exits_0()
    {
        var outcome = Tool.Run("coverage");

        outcome.ExitCode.Should().Be(ExitCodes.Success, outcome.ToString());
        outcome.StdoutLines[0].Should().Be(
            $"{Shipped.CheckableChecked} of {Shipped.CheckableCount} checkable items are checked by rule set {RuleSet.LoadShipped().Version} (shipped rules).");
        outcome.StdoutLines.Should().Contain("Introduction").And.Contain(l => l.StartsWith("  3.13 checked by ", StringComparison.Ordinal));
        outcome.Stderr.Should().BeEmpty();
    }

    [Test]
    public void Markdown_and_json_are_written_on_request()
    {
        var markdown = Tool.Run("coverage", "--format", "markdown");
        var json = Tool.Run("coverage", "--format", "json");

        markdown.ExitCode.Should().Be(ExitCodes.Success);
        markdown.StdoutLines[0].Should().Be($"## Guidance coverage: {Shipped.CheckableChecked} of {Shipped.CheckableCount} checkable items are checked");
        json.ExitCode.Should().Be(ExitCodes.Success);
        using var document = JsonDocument.Parse(json.Stdout);
        document.RootElement.GetProperty("tool").GetProperty("command").GetString().Should().Be("coverage");
        document.RootElement.GetProperty("ruleSet").GetProperty("name").GetString().Should().Be("shipped rules");
        document.RootElement.GetProperty("summary").GetProperty("checkableChecked").GetInt32().Should().Be(Shipped.CheckableChecked);
    }

    [Test]
    public void Output_writes_the_report_to_a_file_instead_of_standard_output()
    {
        using var temp = new TempFolder();
        var file = Path.Combine(temp.Path, "coverage.md");

        var outcome = Tool.Run("coverage", "--format", "markdown", "--output", file);

        outcome.ExitCode.Should().Be(ExitCodes.Success, outcome.ToString());
        outcome.Stdout.Should().BeEmpty();
        File.ReadAllText(file).Should().Be(Tool.Run("coverage", "--format", "markdown").Stdout);
    }

    [Test]
    public void Local_rules_add_their_catalogue_and_an_item_no_rule_cites_is_shown_not_checked()
    {
        using var temp = new TempFolder();
        var local = Path.Combine(temp.Path, "local-rules");
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.LocalRulesSample, "*", SearchOption.AllDirectories))
        {
            temp.Copy(file, Path.Combine("local-rules", Path.GetRelativePath(RepositoryPaths.LocalRulesSample, file)));
        }

        var catalogue = Path.Combine(local, "guidance", "LOCAL-PROTOCOL.yaml");
        File.WriteAllText(catalogue, File.ReadAllText(catalogue).Replace(
            "classification: process\n    evidence: The published minutes of each meeting.", "classification: checkable", StringComparison.Ordinal));

        var alone = Tool.Run("coverage", "--rules", local, "--no-shipped-rules");
        var added = Tool.Run("coverage", "--rules", local);

        alone.ExitCode.Should().Be(ExitCodes.Success, alone.ToString());
        alone.StdoutLines[0].Should().StartWith("1 of 2 checkable items are checked by rule set sha256:").And.EndWith($" ({local}).");
        alone.StdoutLines.Should().Contain("  1.2 NOT CHECKED (checkable, but no rule cites it): The Board's minutes are published");
        added.StdoutLines[0].Should().StartWith($"{Shipped.CheckableChecked + 1} of {Shipped.CheckableCount + 2} checkable items are checked").And.EndWith($" (shipped rules + {local}).");
    }

    [Test]
    public void Rules_that_cannot_be_loaded_are_reported_with_their_place_and_exit_2()
    {
        using var temp = new TempFolder();
        var rule = File.ReadAllText(Path.Combine(RepositoryPaths.LocalRulesSample, "lscb-chair-independent-of-council.yaml"));
        var broken = temp.Write("local/broken.yaml", rule.Replace("document: LOCAL-PROTOCOL", "document: LOCAL-PROTOKOL", StringComparison.Ordinal));

        var outcome = Tool.Run("coverage", "--rules", Path.Combine(temp.Path, "local"));

        outcome.ExitCode.Should().Be(ExitCodes.InvalidInput, outcome.ToString());
        outcome.Stdout.Should().BeEmpty();
        outcome.StderrLines.Should().Contain(l => l.StartsWith(broken + ":5:", StringComparison.Ordinal) && l.Contains(" error GOV430: ", StringComparison.Ordinal));
        outcome.StderrLines[^1].Should().StartWith("governance: No coverage was computed: the rule set (shipped rules + ");
    }

    [TestCase("--format", "xml")]
    [TestCase("--no-shipped-rules")]
    [TestCase("--output", "no-such-folder/coverage.txt")]
    [TestCase("extra")]
    public void A_wrong_command_line_is_a_usage_error(params string[] args)
    {
        var outcome = Tool.Run(["coverage", .. args]);

        outcome.ExitCode.Should().Be(ExitCodes.UsageError, outcome.ToString());
        outcome.Stdout.Should().BeEmpty();
        outcome.StderrLines[^1].Should().Be("Run 'governance coverage --help' to see the usage.");
    }

    [Test]
    public void Help_describes_every_option()
    {
        var outcome = Tool.Run("coverage", "--help");

        outcome.ExitCode.Should().Be(ExitCodes.Success);
        outcome.Stdout.Should().Contain("--rules <folder>").And.Contain("--no-shipped-rules").And.Contain("--format <text|markdown|json>").And.Contain("--output <file>");
    }
}
