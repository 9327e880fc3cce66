using System.Globalization;
using System.Text.RegularExpressions;
using Governance.Cli.Tests.Support;

namespace Governance.Cli.Tests;

/// <summary>docs/cli.md is checked against the tool itself, so the guide cannot drift from it.</summary>
public partial class CliGuideTests
{
    /// <summary>
    /// The rule set version the guide's examples show. The real version changes whenever a rule file does; the examples
    /// are checked with it put in place of the real one, and are otherwise exactly what the tool prints.
    /// </summary>
    private const string DocumentedRuleSetVersion = "sha256:63efd15d1dc298b7";

    /// <summary>
    /// The guide, with the counts of rules and of test cases left out (see <see cref="Counts"/>): an analyst who adds a
    /// rule or a case does not have to edit the guide's examples for the suite to pass.
    /// </summary>
    private static string Guide => Counts(File.ReadAllText(RepositoryPaths.CliGuide));

    [Test]
    public void The_guide_documents_every_command_and_option()
    {
        var root = CliApplication.CreateRootCommand();
        var missing = new List<string>();
        foreach (var option in root.Options)
        {
            if (!Guide.Contains($"`{option.Name}`", StringComparison.Ordinal))
            {
                missing.Add(option.Name);
            }
        }

        foreach (var command in root.Subcommands)
        {
            if (!Guide.Contains($"## `governance {command.Name}`", StringComparison.Ordinal))
            {
                missing.Add(command.Name);
            }

            foreach (var option in command.Options.Where(o => !o.Name.StartsWith("--help", StringComparison.Ordinal)))
            {
                if (!Guide.Contains($"`{option.Name}", StringComparison.Ordinal))
                {
                    missing.Add($"{command.Name} {option.Name}");
                }
            }
        }

        missing.Should().BeEmpty();
    }

    [Test]
    public void The_guide_s_exit_code_table_is_the_tool_s_exit_codes()
    {
        var documented = ExitCodeRow().Matches(Guide)
            .ToDictionary(m => m.Groups["name"].Value, m => int.Parse(m.Groups["code"].Value, CultureInfo.InvariantCulture));

        documented.Should().Equal(new Dictionary<string, int>
        {
            ["Success"] = ExitCodes.Success,
            ["Findings"] = ExitCodes.FindingsFailed,
            ["Invalid input"] = ExitCodes.InvalidInput,
            ["Rule errors"] = ExitCodes.RuleErrors,
            ["Usage error"] = ExitCodes.UsageError,
            ["Internal error"] = ExitCodes.InternalError,
        });
    }

    [Test]
    public void The_guide_s_validate_example_is_what_the_tool_prints()
    {
        var outcome = Tool.Run("validate", RepositoryPaths.SampleAuthorities, RepositoryPaths.InvalidSample("unknown-key.yaml"));

        Guide.Should().Contain(
            "$ governance validate samples/authorities samples/invalid/unknown-key.yaml\n" + AsDocumented(outcome.Stdout) + "$ echo $?\n" + ExitCode(outcome) + "\n");
    }

    [Test]
    public void The_guide_s_validate_json_example_is_what_the_tool_prints()
    {
        var outcome = Tool.Run(
            "validate", RepositoryPaths.SampleAuthority("wigan.yaml"), RepositoryPaths.InvalidSample("impossible-date.yaml"), "--format", "json");

        Guide.Should().Contain("```json\n" + AsDocumented(outcome.Stdout) + "```\n");
    }

    [Test]
    public void The_guide_s_check_example_is_what_the_tool_prints()
    {
        var outcome = Tool.Run("check", RepositoryPaths.SampleAuthorities);

        Guide.Should().Contain("$ governance check samples/authorities\n" + AsDocumented(outcome.Stdout) + "$ echo $?\n" + ExitCode(outcome) + "\n");
    }

    [Test]
    public void The_guide_s_html_example_writes_the_page_with_its_picture_beside_it()
    {
        using var folder = new TempFolder();
        var page = Path.Combine(folder.Path, "report.html");
        var outcome = Tool.Run("check", RepositoryPaths.SampleAuthorities, "--output", $"html={page}");

        Guide.Should().Contain("$ governance check samples/authorities --output html=report.html\n");
        File.ReadAllText(page).Should().StartWith("<!DOCTYPE html>");
        outcome.Stdout.Should().Be(Tool.Run("check", RepositoryPaths.SampleAuthorities).Stdout, "standard output keeps the text report");
        outcome.Stderr.Should().BeEmpty();
        var picture = Regex.Match(Guide, @"!\[[^\]]*\]\((?<path>images/[^)]+\.png)\)").Groups["path"].Value;
        File.Exists(Path.Combine(RepositoryPaths.Root, "docs", picture)).Should().BeTrue($"the guide shows {picture}");
    }

    [Test]
    public void The_guide_s_nothing_checked_example_is_what_the_tool_prints()
    {
        var outcome = Tool.Run("check", RepositoryPaths.SampleAuthorities, "--as-at", "2007-06-01");

        Guide.Should().Contain(
            "$ governance check samples/authorities --as-at 2007-06-01\n" + AsDocumented(outcome.Stdout) + "$ echo $?\n" + ExitCode(outcome) + "\n");
    }

    [Test]
    public void The_guide_s_check_json_example_is_what_the_tool_prints()
    {
        var outcome = Tool.Run("check", RepositoryPaths.SampleAuthority("derby.yaml"), "--rule", "dcs-on-senior-management-team", "--format", "json");

        Guide.Should().Contain("$ governance check samples/authorities/derby.yaml --rule dcs-on-senior-management-team --format json\n```\n```json\n" + AsDocumented(outcome.Stdout) + "```\n");
    }

    [TestCase("sarif", "json")]
    [TestCase("junit", "xml")]
    public void The_guide_s_example_of_a_format_is_what_the_tool_prints(string format, string fence)
    {
        var outcome = Tool.Run("check", RepositoryPaths.SampleAuthority("derby.yaml"), "--rule", "dcs-on-senior-management-team", "--format", format);

        Guide.Should().Contain(
            $"$ governance check samples/authorities/derby.yaml --rule dcs-on-senior-management-team --format {format}\n```\n```{fence}\n" + AsDocumented(outcome.Stdout) + "```\n");
    }

    [Test]
    public void The_guide_s_github_example_is_what_the_tool_prints()
    {
        var outcome = Tool.Run("check", RepositoryPaths.SampleAuthorities, "--format", "github");

        Guide.Should().Contain("$ governance check samples/authorities --format github\n" + AsDocumented(outcome.Stdout) + "$ echo $?\n" + ExitCode(outcome) + "\n");
    }

    [Test]
    public void The_guide_s_markdown_example_is_what_the_tool_prints()
    {
        var outcome = Tool.Run("check", RepositoryPaths.SampleAuthorities, "--format", "markdown");

        Guide.Should().Contain("$ governance check samples/authorities --format markdown\n```\n```markdown\n" + AsDocumented(outcome.Stdout) + "```\n");
    }

    [Test]
    public void The_guide_s_baseline_example_is_what_the_tool_prints()
    {
        using var temp = new TempFolder();
        var baseline = Path.Combine(temp.Path, "baseline.json");
        Tool.Run("check", RepositoryPaths.SampleAuthority("wigan.yaml"), "--format", "json", "--output", baseline).Stdout.Should().BeEmpty();

        var outcome = Tool.Run("check", RepositoryPaths.SampleAuthority("derby.yaml"), RepositoryPaths.SampleAuthority("wigan.yaml"), "--baseline", baseline);

        Guide.Should().Contain(
            "$ governance check samples/authorities/wigan.yaml --format json --output baseline.json\n"
            + "$ governance check samples/authorities/derby.yaml samples/authorities/wigan.yaml --baseline baseline.json\n"
            + AsDocumented(outcome.Stdout.Replace(baseline, "baseline.json", StringComparison.Ordinal)) + "$ echo $?\n" + ExitCode(outcome) + "\n");
    }

    [Test]
    public void The_guide_s_test_examples_are_what_the_tool_prints()
    {
        var passing = Tool.Run("test", RepositoryPaths.Rules, "--no-shipped-rules");
        using var temp = new TempFolder();
        var tests = Path.Combine(temp.CopyOfRepositoryRules(), "dcs", "dcs-on-lscb.tests.yaml");
        File.WriteAllText(tests, File.ReadAllText(tests).Replace(
            "  - case: The DCS is a full member of the LSCB\n    expect: none",
            "  - case: The DCS is a full member of the LSCB\n    expect:\n      - status: open",
            StringComparison.Ordinal));
        var failing = Tool.Run("test", Path.Combine(temp.Path, "rules"), "--no-shipped-rules");

        Guide.Should().Contain(Counts("$ governance test rules --no-shipped-rules\n" + passing.Stdout + "$ echo $?\n" + ExitCode(passing) + "\n"));
        Guide.Should().Contain(Counts("```\n" + failing.Stdout.Replace(temp.Path + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal) + "```\n"));
    }

    [Test]
    public void The_guide_s_docs_example_is_what_the_tool_prints_and_writes()
    {
        using var temp = new TempFolder();
        var site = Path.Combine(temp.Path, "site");

        var outcome = Tool.Run("docs", "--output", site, "--rules", RepositoryPaths.Rules, "--no-shipped-rules");

        outcome.ExitCode.Should().Be(ExitCodes.Success, outcome.ToString());
        Guide.Should().Contain(
            "$ governance docs --output site --rules rules --no-shipped-rules\n"
            + AsDocumented(outcome.Stdout.Replace(site, "site", StringComparison.Ordinal)) + "$ echo $?\n0\n");
        var rules = AsDocumented(File.ReadAllText(Path.Combine(site, "rules.md")));
        var start = rules.IndexOf("<a id=\"rule-dcs-dass-combined\"></a>", StringComparison.Ordinal);
        var entry = rules[start..rules.IndexOf("<a id=", start + 1, StringComparison.Ordinal)].TrimEnd('\n') + "\n";
        Guide.Should().Contain("```markdown\n" + entry + "```\n");
    }

    [Test]
    public void The_guide_s_lint_examples_are_what_the_tool_prints()
    {
        var clean = Tool.Run("lint", RepositoryPaths.Rules, "--no-shipped-rules");
        var local = Tool.Run("lint", RepositoryPaths.LocalRulesSample);
        using var temp = new TempFolder();
        var rules = temp.CopyOfRepositoryRules();
        Lint.LintCommandTests.OnlyComplyingCase(Path.Combine(rules, "lscb", "lscb-independent-chair.tests.yaml"));
        var strict = Tool.Run("lint", rules, "--no-shipped-rules", "--warnings-as-errors");

        clean.ExitCode.Should().Be(ExitCodes.Success, clean.ToString());
        strict.ExitCode.Should().Be(ExitCodes.InvalidInput, strict.ToString());
        Guide.Should().Contain("$ governance lint rules --no-shipped-rules\n" + AsDocumented(clean.Stdout) + "$ echo $?\n0\n");
        Guide.Should().Contain("$ governance lint samples/local-rules\n" + AsDocumented(local.Stdout) + "$ echo $?\n" + ExitCode(local) + "\n");
        Guide.Should().Contain(
            "$ governance lint rules --no-shipped-rules --warnings-as-errors\n"
            + AsDocumented(strict.Stdout.Replace(temp.Path + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal)) + "$ echo $?\n2\n");
    }

    [TestCase("text", "$ governance coverage\n")]
    [TestCase("markdown", "$ governance coverage --format markdown\n```\n```markdown\n")]
    [TestCase("json", "$ governance coverage --format json\n```\n```json\n")]
    public void The_guide_s_coverage_examples_are_the_beginning_of_what_the_tool_prints(string format, string command)
    {
        var outcome = Tool.Run("coverage", "--format", format);

        outcome.ExitCode.Should().Be(ExitCodes.Success, outcome.ToString());
        var start = Guide.IndexOf(command, StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, $"the guide shows '{command.TrimEnd()}'");
        start += command.Length;
        var shown = Guide[start..Guide.IndexOf("...\n", start, StringComparison.Ordinal)];
        shown.Split('\n').Length.Should().BeGreaterThan(10, "the guide shows more than the headline");
        AsDocumented(outcome.Stdout).Should().StartWith(shown);
    }

    [Test]
    public void The_guide_s_explain_examples_are_what_the_tool_prints()
    {
        var departed = Tool.Run("explain", RepositoryPaths.SampleAuthority("wigan.yaml"), "--rule", "dcs-dass-combined");
        var blocked = Tool.Run("explain", RepositoryPaths.SampleAuthority("derby.yaml"), "--rule", "dcs-appointed", "--verbose");

        Guide.Should().Contain("$ governance explain samples/authorities/wigan.yaml --rule dcs-dass-combined\n" + AsDocumented(departed.Stdout) + "$ echo $?\n" + ExitCode(departed) + "\n");
        Guide.Should().Contain("$ governance explain samples/authorities/derby.yaml --rule dcs-appointed --verbose\n" + AsDocumented(blocked.Stdout) + "```\n");
        ExitCode(blocked).Should().Be("0");
    }

    /// <summary>What the tool printed as the guide shows it: paths relative to the repository, the documented versions.</summary>
    private static string AsDocumented(string printed)
    {
        var version = Governance.Rules.RuleSet.LoadOrThrow(RepositoryPaths.Rules).Version;
        return Counts(printed
            .Replace(new Uri(RepositoryPaths.Root + Path.DirectorySeparatorChar).AbsoluteUri, string.Empty, StringComparison.Ordinal)
            .Replace(RepositoryPaths.Root + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal)
            .Replace(ToolInfo.Version, "0.1.0", StringComparison.Ordinal)
            .Replace(version, DocumentedRuleSetVersion, StringComparison.Ordinal));
    }

    /// <summary>
    /// Text with each count of rules ("31 rules in force", "2 of 31 rules"), of test files and of passed cases written
    /// <c>#</c>, and the coverage's list of process items that rules check (which a rule citing a process changes) as
    /// <c>#</c> too.
    /// </summary>
    private static string Counts(string text) => ProcessesChecked().Replace(CountOfRulesOrCases().Replace(text, "#"), "#");

    private static string ExitCode(CliOutcome outcome) => outcome.ExitCode.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\b\d+(?= (rules?\b|test files?\b|of \d+ rules\b|passed, \d+ failed))|(?<=\bof )\d+(?= rules\b)")]
    private static partial Regex CountOfRulesOrCases();

    [GeneratedRegex(@"^\d+ of \d+ process items (are|is) checked by rules too: .*$|(?<=""processChecked"": )\d+", RegexOptions.Multiline)]
    private static partial Regex ProcessesChecked();

    [GeneratedRegex(@"^\| (?<code>\d+) \| (?<name>[A-Za-z ]+) \|", RegexOptions.Multiline)]
    private static partial Regex ExitCodeRow();
}
