using System.Text.Json;
using Governance.Cli.Tests.Support;

namespace Governance.Cli.Tests.Check;

/// <summary><c>check</c>'s outputs, formats, baselines, rule selection and rule folders, run in-process.</summary>
public class CheckOptionsTests
{
    private const string LocalRule = """
        id: local-lead-member-named
        title: The Lead Member is named in the file
        cites:
          document: DCSF-00686-2009
          paragraphs: ["2.1"]
          quote: The Lead Member for Children's Services
        obligation: advisory
        tags: [local]
        when:
          - authority: Authority where code == "E06000015"
        then:
          finding: "{authority.name}: a local rule fired."
        remedy: Nothing; this is a local rule.
        """;

    [TestCase("json")]
    [TestCase("sarif")]
    [TestCase("junit")]
    [TestCase("github")]
    [TestCase("markdown")]
    public void Text_on_the_console_and_another_format_to_a_file_in_one_run(string format)
    {
        using var temp = new TempFolder();
        var file = Path.Combine(temp.Path, "report." + format);

        var outcome = Tool.Run("check", RepositoryPaths.SampleAuthorities, "--output", $"{format}={file}");

        outcome.ExitCode.Should().Be(ExitCodes.FindingsFailed, outcome.ToString());
        outcome.StdoutLines.Should().Contain(l => l.StartsWith("Checked 5 authorities", StringComparison.Ordinal));
        File.ReadAllText(file).Should().Be(Tool.Run("check", RepositoryPaths.SampleAuthorities, "--format", format).Stdout);
        Directory.GetFiles(temp.Path).Should().Equal([file], "the file is written whole, with no temporary file left behind");
    }

    [Test]
    public void An_output_without_a_format_takes_the_format_and_standard_output_is_left_empty()
    {
        using var temp = new TempFolder();
        var file = Path.Combine(temp.Path, "findings.sarif");

        var outcome = Tool.Run("check", RepositoryPaths.SampleAuthorities, "--format", "sarif", "--output", file);

        outcome.ExitCode.Should().Be(ExitCodes.FindingsFailed, outcome.ToString());
        outcome.Stdout.Should().BeEmpty();
        using var log = JsonDocument.Parse(File.ReadAllText(file));
        log.RootElement.GetProperty("version").GetString().Should().Be("2.1.0");
    }

    [Test]
    public void An_existing_output_file_is_replaced()
    {
        using var temp = new TempFolder();
        var file = temp.Write("findings.json", "old content that is longer than nothing");

        Tool.Run("check", RepositoryPaths.SampleAuthority("derby.yaml"), "--output", $"json={file}");

        using var document = JsonDocument.Parse(File.ReadAllText(file));
        document.RootElement.GetProperty("tool").GetProperty("command").GetString().Should().Be("check");
    }

    [TestCase("xml=out.xml", "'xml' in --output xml=out.xml is not a format. Use --output FORMAT=FILE with one of: text, json, sarif, junit, github, markdown, html; or write the file as ./xml=out.xml.")]
    [TestCase("json=", "--output json= names no file.")]
    public void A_bad_output_is_a_usage_error(string value, string message)
    {
        var outcome = Tool.Run("check", RepositoryPaths.SampleAuthorities, "--output", value);

        outcome.ExitCode.Should().Be(ExitCodes.UsageError, outcome.ToString());
        outcome.StderrLines.Should().Contain($"governance: {message}");
        outcome.Stdout.Should().BeEmpty();
    }

    [Test]
    public void An_output_in_a_folder_that_does_not_exist_is_a_usage_error()
    {
        using var temp = new TempFolder();
        var file = Path.Combine(temp.Path, "missing", "out.json");

        var outcome = Tool.Run("check", RepositoryPaths.SampleAuthorities, "--output", file);

        outcome.ExitCode.Should().Be(ExitCodes.UsageError, outcome.ToString());
        outcome.Stderr.Should().Contain("does not exist");
    }

    [Test]
    public void With_a_baseline_the_findings_already_there_are_unchanged_and_do_not_fail()
    {
        using var temp = new TempFolder();
        var baseline = Path.Combine(temp.Path, "baseline.sarif");
        Tool.Run("check", RepositoryPaths.SampleAuthorities, "--output", $"sarif={baseline}");

        var outcome = Tool.Run("check", RepositoryPaths.SampleAuthorities, "--baseline", baseline);

        outcome.ExitCode.Should().Be(ExitCodes.Success, outcome.ToString());
        outcome.StdoutLines.Should().Contain(l => l.Contains(": error (unchanged) dcs-on-senior-management-team: ", StringComparison.Ordinal));
        outcome.StdoutLines.Should().Contain("Findings: 1 error, 0 warnings, 2 notes (2 open, 1 departed); 0 findings at or above --fail-on warning and not in the baseline.");
        outcome.StdoutLines.Should().Contain($"Baseline {baseline}: 0 new, 3 unchanged, 0 fixed.");
    }

    [Test]
    public void With_a_baseline_a_new_finding_fails_and_a_fixed_one_is_listed()
    {
        using var temp = new TempFolder();
        var baseline = Path.Combine(temp.Path, "baseline.json");
        Tool.Run("check", RepositoryPaths.SampleAuthority("wigan.yaml"), "--output", $"json={baseline}");

        var outcome = Tool.Run("check", RepositoryPaths.SampleAuthority("derby.yaml"), "--baseline", baseline);

        outcome.ExitCode.Should().Be(ExitCodes.FindingsFailed, outcome.ToString());
        outcome.StdoutLines.Should().Contain(l => l.Contains(": error (new) dcs-on-senior-management-team: ", StringComparison.Ordinal));
        outcome.StdoutLines.Should().ContainInOrder(
            $"Fixed since the baseline {baseline}:",
            "    dcs-dass-combined (E08000010): Wigan Metropolitan Borough Council: Alison Lomax is both DCS and DASS.");
        outcome.StdoutLines.Should().Contain($"Baseline {baseline}: 2 new, 0 unchanged, 1 fixed.");
    }

    [Test]
    public void A_baseline_that_cannot_be_read_exits_2_with_its_place()
    {
        using var temp = new TempFolder();
        var baseline = temp.Write("baseline.json", "{ \"runs\": ");

        var outcome = Tool.Run("check", RepositoryPaths.SampleAuthorities, "--baseline", baseline);

        outcome.ExitCode.Should().Be(ExitCodes.InvalidInput, outcome.ToString());
        outcome.StdoutLines[0].Should().StartWith($"{baseline}:1:").And.Contain("error GOV520: The baseline is not valid JSON");
    }

    [Test]
    public void Timeout_reaches_the_evaluation_which_stops_and_reports_the_rule_it_was_matching_and_exits_3()
    {
        using var temp = new TempFolder();
        var rules = Path.Combine(temp.Path, "rules");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Rules, "guidance")))
        {
            temp.Copy(file, Path.Combine("rules", "guidance", Path.GetFileName(file)));
        }

        // One person holds every post, so the last condition never holds: a cubic number of evaluations that only the
        // time limit stops (the budget of partial matches is far from spent).
        temp.Write(Path.Combine("rules", "every-three-posts.yaml"), """
            id: every-three-posts
            title: Every three posts
            cites: { document: DCSF-00686-2009, paragraphs: ["3.1"], quote: strategic leadership of high quality services }
            obligation: advisory
            when:
              - a: Post
              - b: Post
              - c: Post where c.holder != b.holder
            then:
              finding: "Three posts."
            """);
        var wigan = File.ReadAllText(RepositoryPaths.SampleAuthority("wigan.yaml"));
        var posts = string.Concat(Enumerable.Range(0, 400).Select(i => $"  - {{ id: extra-{i}, role: supportingMember, holder: director-people-lomax, start: 2008-01-01 }}\n"));
        var authority = temp.Write("wigan.yaml", wigan.Replace("posts:\n", "posts:\n" + posts, StringComparison.Ordinal));

        var outcome = Tool.Run("check", authority, "--rules", rules, "--no-shipped-rules", "--timeout", "1ms");
        var json = Tool.Run("check", authority, "--rules", rules, "--no-shipped-rules", "--timeout", "1ms", "--format", "json");

        outcome.ExitCode.Should().Be(ExitCodes.RuleErrors, outcome.ToString());
        outcome.StdoutLines.Should().Contain(line => line.StartsWith($"{Path.Combine(rules, "every-three-posts.yaml")}:1:1: rule error GOV537 every-three-posts: ", StringComparison.Ordinal));
        outcome.StdoutLines.Should().Contain("Incomplete: the evaluation reached its time limit of 1ms; results are incomplete.");
        outcome.Stderr.Should().BeEmpty();
        using var document = JsonDocument.Parse(json.Stdout);
        document.RootElement.GetProperty("evaluation").GetProperty("errors")[0].GetProperty("code").GetString().Should().Be("GOV537");
    }

    [TestCase("60s", 60)]
    [TestCase("5m", 300)]
    [TestCase("1.5", 1.5)]
    [TestCase("250ms", 0.25)]
    [TestCase("2h", 7200)]
    public void Timeout_reads_a_number_with_a_unit(string text, double seconds)
    {
        Governance.Cli.CommandLine.DurationOption.TryParse(text, out var value).Should().BeTrue();
        value.Should().Be(TimeSpan.FromSeconds(seconds));
    }

    [TestCase("none")]
    [TestCase("0")]
    public void Timeout_none_or_0_is_no_limit(string text)
    {
        Governance.Cli.CommandLine.DurationOption.TryParse(text, out var value).Should().BeTrue();
        value.Should().BeNull();
    }

    [TestCase("soon")]
    [TestCase("-5s")]
    [TestCase("5 min")]
    [TestCase("0.1ms")]
    public void A_timeout_that_is_not_a_length_of_time_is_a_usage_error(string text)
    {
        var outcome = Tool.Run("check", RepositoryPaths.SampleAuthorities, "--timeout", text);

        outcome.ExitCode.Should().Be(ExitCodes.UsageError, outcome.ToString());
        outcome.Stderr.Should().Contain($"'{text}' is not a length of time --timeout accepts");
    }

    [Test]
    public void Rule_selects_one_rule_and_tag_the_rules_with_the_tag()
    {
        var one = Tool.Run("check", RepositoryPaths.SampleAuthorities, "--rule", "lscb-annual-report");
        var tagged = Tool.Run("check", RepositoryPaths.SampleAuthorities, "--tag", "structure", "--tag", "dass");

        one.ExitCode.Should().Be(ExitCodes.Success, "the one rule gives only a note: " + one);
        one.StdoutLines.Should().Contain(l => l.Contains("(shipped rules; --rule lscb-annual-report; 1 rule in force).", StringComparison.Ordinal));
        one.Stdout.Should().NotContain("dcs-on-senior-management-team");
        tagged.StdoutLines.Should().Contain(l => l.Contains(" dcs-on-senior-management-team: ", StringComparison.Ordinal));
        tagged.StdoutLines.Should().Contain(l => l.Contains(" dcs-dass-combined: ", StringComparison.Ordinal));
        tagged.Stdout.Should().NotContain("lscb-annual-report");
    }

    [Test]
    public void A_rule_id_or_tag_that_selects_nothing_is_a_usage_error_with_a_suggestion()
    {
        var outcome = Tool.Run("check", RepositoryPaths.SampleAuthorities, "--rule", "dcs-on-lscbb", "--tag", "lscbs");

        outcome.ExitCode.Should().Be(ExitCodes.UsageError, outcome.ToString());
        outcome.StderrLines.Should().Contain("governance: No rule has the id 'dcs-on-lscbb'. Did you mean 'dcs-on-lscb'?");
        outcome.StderrLines.Should().Contain(l => l.StartsWith("governance: No rule has the tag 'lscbs'. Did you mean 'lscb'?", StringComparison.Ordinal));
        outcome.Stdout.Should().BeEmpty();
    }

    [Test]
    public void Rules_adds_a_folder_of_local_rules_to_the_shipped_ones()
    {
        using var temp = new TempFolder();
        temp.Write("local/local-rule.yaml", LocalRule);
        var local = Path.Combine(temp.Path, "local");

        var outcome = Tool.Run("check", RepositoryPaths.SampleAuthority("derby.yaml"), "--rules", local);

        outcome.StdoutLines.Should().Contain(l => l.Contains(" local-lead-member-named: Derby City Council: a local rule fired.", StringComparison.Ordinal));
        outcome.StdoutLines.Should().Contain(l => l.Contains(" dcs-on-senior-management-team: ", StringComparison.Ordinal), "the shipped rules still run");
        outcome.StdoutLines.Should().Contain(l => l.Contains($"(shipped rules + {local}; ", StringComparison.Ordinal), "the report names both rule sources");
    }

    [Test]
    public void No_shipped_rules_leaves_only_the_named_folder_and_alone_is_a_usage_error()
    {
        using var temp = new TempFolder();
        temp.Write("local/guidance/catalogue.yaml", File.ReadAllText(Directory.GetFiles(Path.Combine(RepositoryPaths.Rules, "guidance"), "*.yaml", SearchOption.AllDirectories).Single()));
        temp.Write("local/local-rule.yaml", LocalRule);
        var local = Path.Combine(temp.Path, "local");

        var only = Tool.Run("check", RepositoryPaths.SampleAuthority("derby.yaml"), "--rules", local, "--no-shipped-rules");
        var none = Tool.Run("check", RepositoryPaths.SampleAuthority("derby.yaml"), "--no-shipped-rules");

        only.Stdout.Should().Contain("local-lead-member-named").And.NotContain("dcs-on-senior-management-team");
        only.StdoutLines.Should().Contain(l => l.Contains($"({local}; 1 rule in force).", StringComparison.Ordinal));
        none.ExitCode.Should().Be(ExitCodes.UsageError);
        none.StderrLines.Should().Contain("governance: --no-shipped-rules leaves no rules: name a rule folder with --rules.");
    }

    [Test]
    public void The_github_format_appends_a_job_summary_when_GitHub_names_its_file()
    {
        using var temp = new TempFolder();
        var summary = temp.Write("summary.md", "# Earlier step\n");

        var outcome = Tool.RunWith(new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = summary }, "check", RepositoryPaths.SampleAuthorities, "--format", "github");

        outcome.StdoutLines.Should().Contain(l => l.StartsWith("::error file=", StringComparison.Ordinal));
        File.ReadAllText(summary).Should().StartWith("# Earlier step\n## Governance check: findings to act on\n");
    }

    [Test]
    public void The_text_report_is_coloured_on_a_terminal_but_never_with_NO_COLOR()
    {
        var terminal = CliEnvironment.Plain() with { OutputIsTerminal = true };
        var noColour = new Dictionary<string, string> { ["NO_COLOR"] = "1" };

        var coloured = Tool.RunIn(terminal, "check", RepositoryPaths.SampleAuthorities);
        var plain = Tool.RunIn(CliEnvironment.Plain(noColour) with { OutputIsTerminal = true }, "check", RepositoryPaths.SampleAuthorities);

        coloured.Stdout.Should().Contain(": \u001b[1;31merror\u001b[0m dcs-on-senior-management-team: ");
        plain.Stdout.Should().NotContain("\u001b");
        Tool.Run("check", RepositoryPaths.SampleAuthorities).Stdout.Should().NotContain("\u001b", "a pipe or a file is not a terminal");
    }
}
