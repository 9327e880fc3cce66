using Governance.Cli.Tests.Support;

namespace Governance.Cli.Tests.Lint;

/// <summary><c>governance lint</c>, in-process, on the repository's rules and on copies of them with a fault put in.</summary>
public class LintCommandTests
{
    [Test]
    public void The_repository_s_rules_lint_clean_and_the_summary_names_the_rule_set()
    {
        var outcome = Tool.Run("lint", RepositoryPaths.Rules, "--no-shipped-rules");

        outcome.ExitCode.Should().Be(ExitCodes.Success, outcome.ToString());
        outcome.StdoutLines.Should().ContainSingle().Which.Should().MatchRegex(
            $@"^{System.Text.RegularExpressions.Regex.Escape(RepositoryPaths.Rules)}: [1-9]\d* rules, [1-9]\d* catalogue items, [1-9]\d* test files: 0 errors, 0 warnings$");
        outcome.Stderr.Should().BeEmpty();
    }

    [Test]
    public void The_repository_s_rules_named_without_the_flag_take_the_place_of_the_shipped_ones_rather_than_clash_with_them()
    {
        var outcome = Tool.Run("lint", RepositoryPaths.Rules);

        outcome.ExitCode.Should().Be(ExitCodes.Success, outcome.ToString());
        outcome.StdoutLines.Should().ContainSingle().Which.Should()
            .StartWith($"{RepositoryPaths.Rules}, in place of the shipped rules: ").And.EndWith(": 0 errors, 0 warnings");
    }

    [Test]
    public void Without_folders_the_shipped_rules_are_linted()
    {
        var outcome = Tool.Run("lint");

        outcome.ExitCode.Should().Be(ExitCodes.Success, outcome.ToString());
        outcome.StdoutLines.Should().ContainSingle().Which.Should().StartWith("shipped rules: ").And.EndWith(": 0 errors, 0 warnings");
    }

    [Test]
    public void A_rule_without_a_failing_case_is_a_warning_that_fails_only_with_warnings_as_errors()
    {
        using var temp = new TempFolder();
        var rules = temp.CopyOfRepositoryRules();
        OnlyComplyingCase(Path.Combine(rules, "lscb", "lscb-independent-chair.tests.yaml"));

        var outcome = Tool.Run("lint", rules, "--no-shipped-rules");
        var strict = Tool.Run("lint", rules, "--no-shipped-rules", "--warnings-as-errors");

        outcome.ExitCode.Should().Be(ExitCodes.Success, outcome.ToString());
        outcome.StdoutLines[0].Should().StartWith(Path.Combine(rules, "lscb", "lscb-independent-chair.yaml") + ":2:1: warning GOV532: The rule 'lscb-independent-chair' has no test case that expects a finding of it");
        outcome.StdoutLines[^1].Should().EndWith(": 0 errors, 1 warning");
        strict.ExitCode.Should().Be(ExitCodes.InvalidInput, strict.ToString());
        strict.StdoutLines[^1].Should().EndWith(": 0 errors, 1 warning (warnings count as errors)");
    }

    [Test]
    public void A_broken_rule_and_a_broken_test_file_are_errors_with_their_place_and_exit_2()
    {
        using var temp = new TempFolder();
        var rules = temp.CopyOfRepositoryRules();
        var rule = Path.Combine(rules, "lscb", "lscb-independent-chair.yaml");
        File.WriteAllText(rule, File.ReadAllText(rule).Replace("paragraphs: [\"2.17\"]", "paragraphs: [\"2.177\"]", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(rules, "dcs", "dcs-on-lscb.tests.yaml"), "rule: dcs-on-lscb\ncases: [ unclosed\n");

        var outcome = Tool.Run("lint", rules, "--no-shipped-rules");

        outcome.ExitCode.Should().Be(ExitCodes.InvalidInput, outcome.ToString());
        outcome.StdoutLines.Should().Contain(l => l.StartsWith(rule + ":6:", StringComparison.Ordinal) && l.Contains(" error GOV431: ", StringComparison.Ordinal));
        outcome.StdoutLines.Should().Contain(l => l.StartsWith(Path.Combine(rules, "dcs", "dcs-on-lscb.tests.yaml") + ":", StringComparison.Ordinal) && l.Contains(" error ", StringComparison.Ordinal));
        outcome.StdoutLines[^1].Should().StartWith($"{rules} has errors, so the catalogue and test checks were not made: ");
    }

    [Test]
    public void A_folder_that_is_not_there_is_a_usage_error_and_never_exits_0()
    {
        using var temp = new TempFolder();

        var missing = Tool.Run("lint", Path.Combine(temp.Path, "missing"));
        var none = Tool.Run("lint", "--no-shipped-rules");
        var empty = Tool.Run("lint", temp.Path, "--warnings-as-errors");

        missing.ExitCode.Should().Be(ExitCodes.UsageError, missing.ToString());
        missing.StderrLines[0].Should().Be($"governance: '{Path.Combine(temp.Path, "missing")}' is not a folder. Name folders of rule files.");
        none.ExitCode.Should().Be(ExitCodes.UsageError, none.ToString());
        none.StderrLines[0].Should().Be("governance: --no-shipped-rules leaves no rules: name a rule folder.");
        empty.ExitCode.Should().Be(ExitCodes.InvalidInput, empty.ToString());
        empty.StdoutLines[0].Should().Contain(" warning GOV535: ");
    }

    [Test]
    public void A_misspelt_option_is_a_usage_error_not_a_folder()
    {
        var outcome = Tool.Run("lint", "--warnings-as-error");

        outcome.ExitCode.Should().Be(ExitCodes.UsageError, outcome.ToString());
        outcome.Stderr.Should().Contain("Did you mean '--warnings-as-errors'?");
    }

    /// <summary>Cuts a test file's cases down to one: the base arrangement, which complies.</summary>
    internal static void OnlyComplyingCase(string testFile)
    {
        var text = File.ReadAllText(testFile);
        File.WriteAllText(testFile, text[..text.IndexOf("\ncases:", StringComparison.Ordinal)] + "\ncases:\n  - case: The base arrangement complies\n    expect: none\n");
    }
}
