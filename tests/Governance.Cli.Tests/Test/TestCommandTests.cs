using Governance.Cli.Tests.Support;

namespace Governance.Cli.Tests.Test;

/// <summary><c>governance test</c>: the rules' YAML test cases, run like a test runner, in-process.</summary>
public class TestCommandTests
{
    [Test]
    public void The_shipped_rules_tests_all_pass_and_the_last_line_counts_them()
    {
        var outcome = Tool.Run("test", RepositoryPaths.Rules, "--no-shipped-rules");

        outcome.ExitCode.Should().Be(ExitCodes.Success, outcome.ToString());
        outcome.StdoutLines[^1].Should().MatchRegex(@"^[1-9]\d* passed, 0 failed$");
    }

    [Test]
    public void A_failing_case_shows_what_was_expected_against_what_was_found_and_exits_1()
    {
        using var temp = new TempFolder();
        var rules = temp.CopyOfRepositoryRules();
        var tests = Path.Combine(rules, "dcs", "dcs-on-lscb.tests.yaml");
        var text = File.ReadAllText(tests);
        File.WriteAllText(tests, text.Replace("  - case: The DCS is a full member of the LSCB\n    expect: none", "  - case: The DCS is a full member of the LSCB\n    expect:\n      - status: open", StringComparison.Ordinal));

        var outcome = Tool.Run("test", rules, "--no-shipped-rules");

        outcome.ExitCode.Should().Be(ExitCodes.FindingsFailed, outcome.ToString());
        outcome.StdoutLines.Should().Contain(l => l.StartsWith("FAILED: dcs-on-lscb: The DCS is a full member of the LSCB (", StringComparison.Ordinal));
        outcome.StdoutLines.Should().Contain("  actual:   no finding");
        outcome.StdoutLines[^1].Should().MatchRegex(@"^\d+ passed, 1 failed$");
    }

    [Test]
    public void A_broken_test_file_exits_2_and_never_0()
    {
        using var temp = new TempFolder();
        var rules = temp.CopyOfRepositoryRules();
        File.WriteAllText(Path.Combine(rules, "dcs", "dcs-on-lscb.tests.yaml"), "rule: dcs-on-lscb\ncases: [ unclosed\n");

        var outcome = Tool.Run("test", rules, "--no-shipped-rules");

        outcome.ExitCode.Should().Be(ExitCodes.InvalidInput, outcome.ToString());
        outcome.StdoutLines[0].Should().Contain("dcs-on-lscb.tests.yaml:");
    }

    [Test]
    public void A_folder_without_test_cases_exits_2_and_a_missing_folder_or_none_is_a_usage_error()
    {
        using var temp = new TempFolder();
        temp.Write("empty/readme.txt", "no rules here");

        var empty = Tool.Run("test", Path.Combine(temp.Path, "empty"));
        var missing = Tool.Run("test", Path.Combine(temp.Path, "missing"));

        empty.ExitCode.Should().Be(ExitCodes.InvalidInput, empty.ToString());
        empty.StdoutLines[^1].Should().Be("0 passed, 0 failed");
        missing.ExitCode.Should().Be(ExitCodes.UsageError, missing.ToString());
        Tool.Run("test").ExitCode.Should().Be(ExitCodes.UsageError);
    }
}
