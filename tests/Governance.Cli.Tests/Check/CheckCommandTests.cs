using System.Text.Json;
using System.Text.RegularExpressions;
using Governance.Cli.Tests.Support;
using Governance.Rules;

namespace Governance.Cli.Tests.Check;

/// <summary>
/// <c>governance check</c> end to end, through <see cref="CliApplication.Run(string[], TextWriter, TextWriter)"/>, on the shipped rules in <c>rules/</c>
/// and the sample authorities in <c>samples/authorities</c>.
/// </summary>
public partial class CheckCommandTests
{
    private static readonly string Derby = RepositoryPaths.SampleAuthority("derby.yaml");
    private static readonly string Wigan = RepositoryPaths.SampleAuthority("wigan.yaml");

    private static readonly string DerbyFinding =
        $"{Derby}:66:5: error dcs-on-senior-management-team: Derby City Council: the Director of Children's Services, Yvonne Ashcombe, is not recorded as a member of the senior management team. [DCSF-00686-2009 para 3.5]";

    private static readonly string DerbyLscbNote =
        $"{Derby}:167:1: note lscb-annual-report: Derby City Council: no annual report of the Derby Safeguarding Children Board published in the year to 2010-06-30 and submitted to the Children's Trust Board is recorded. [DCSF-00686-2009 para 3.34]";

    private static readonly string WiganFindingDeparted =
        $"{Wigan}:82:5: note (departed) dcs-dass-combined: Wigan Metropolitan Borough Council: Alison Lomax is both DCS and DASS. [DCSF-00686-2009 para 3.13]";

    private static readonly string WiganFindingOpen =
        $"{Wigan}:82:5: note dcs-dass-combined: Wigan Metropolitan Borough Council: Alison Lomax is both DCS and DASS. [DCSF-00686-2009 para 3.13]";

    private static readonly Lazy<RuleSet> ShippedRules = new(() => RuleSet.LoadOrThrow(RepositoryPaths.Rules));

    private static string[] SampleFiles =>
        [.. new[] { "derby.yaml", "kingston-upon-thames.yaml", "nottinghamshire.yaml", "richmond-upon-thames.yaml", "wigan.yaml" }
            .Select(RepositoryPaths.SampleAuthority)];

    [Test]
    public void Check_the_samples_reports_Derby_s_open_error_and_note_and_Wigan_s_departed_note_and_exits_1()
    {
        var outcome = Check(RepositoryPaths.SampleAuthorities);

        outcome.ExitCode.Should().Be(ExitCodes.FindingsFailed, outcome.ToString());
        outcome.StdoutLines.Where(IsFindingLine).Should().Equal(DerbyFinding, DerbyLscbNote, WiganFindingDeparted);
        outcome.StdoutLines.Should().ContainInOrder(
            $"Derby City Council (E06000015), {Derby}: 2 findings",
            DerbyFinding,
            "    Remedy: Make the DCS a member of the senior management team and record it in the authority file.",
            DerbyLscbNote,
            "    Remedy: Publish the LSCB annual report each year, submit it to the Children's Trust Board, and record it under 'publications' with 'published' and 'submittedTo'.",
            $"Wigan Metropolitan Borough Council (E08000010), {Wigan}: 1 finding",
            WiganFindingDeparted,
            "    Remedy: Record the strong justification as a departure, or separate the two posts.");
        outcome.StdoutLines.Should().ContainSingle(line => line.StartsWith("    Departed: The Council has combined the Director of Children's Services", StringComparison.Ordinal))
            .Which.Should().EndWith($"(decided by Cabinet on 2009-07-16, review by 2011-07-16; {Wigan}:197:5)");
        outcome.StdoutLines.TakeLast(3).Should().Equal(
            $"Checked 5 authorities as at 2010-09-01 against rule set {ShippedRules.Value.Version} (shipped rules; 31 rules in force).",
            "Findings: 1 error, 0 warnings, 2 notes (2 open, 1 departed); 1 finding at or above --fail-on warning.",
            "Rule errors: 0.");
        outcome.Stderr.Should().BeEmpty();
    }

    [Test]
    public void Fail_on_error_still_prints_the_warnings_but_exits_0()
    {
        var outcome = Check(Wigan, "--ignore-departures", "--fail-on", "error");

        outcome.ExitCode.Should().Be(ExitCodes.Success, outcome.ToString());
        outcome.StdoutLines.Where(IsFindingLine).Should().Equal(WiganFindingOpen);
        outcome.StdoutLines.Should().Contain("Findings: 0 errors, 0 warnings, 1 note (1 open, 0 departed); 0 findings at or above --fail-on error.");
    }

    [Test]
    public void Ignore_departures_shows_Wigan_s_finding_open_and_fails_on_it()
    {
        var outcome = Check(RepositoryPaths.SampleAuthorities, "--ignore-departures");

        outcome.ExitCode.Should().Be(ExitCodes.FindingsFailed, outcome.ToString());
        outcome.StdoutLines.Where(IsFindingLine).Should().Equal(DerbyFinding, DerbyLscbNote, WiganFindingOpen);
        outcome.StdoutLines.Should().NotContain(line => line.StartsWith("    Departed:", StringComparison.Ordinal));
        outcome.StdoutLines.Should().Contain("Findings: 1 error, 0 warnings, 2 notes (3 open, 0 departed); 1 finding at or above --fail-on warning.")
            .And.Contain("Departures ignored: every finding is shown open, as if no departure were recorded.");
    }

    [Test]
    public void As_at_a_date_before_any_rule_is_in_force_says_plainly_that_nothing_was_checked_and_exits_2()
    {
        var outcome = Check(RepositoryPaths.SampleAuthorities, "--as-at", "2007-06-01");

        outcome.ExitCode.Should().Be(ExitCodes.InvalidInput, outcome.ToString());
        var lines = outcome.StdoutLines;
        lines.Should().HaveCount(3, outcome.ToString());
        lines[0].Should().StartWith("No rule is in force as at 2007-06-01: nothing was checked.");
        lines[1].Should().Be("The first rule comes into force on 2008-01-01: give --as-at that date or a later one.");
        lines[2].Should().Be($"Loaded 5 authorities and rule set {ShippedRules.Value.Version} (shipped rules; 31 rules, none in force as at 2007-06-01).");
        outcome.Stdout.Should().NotContain("0 findings").And.NotContain("Checked ");
        outcome.Stderr.Should().BeEmpty();
    }

    [Test]
    public void As_at_a_date_before_any_rule_is_in_force_the_json_says_nothing_was_checked()
    {
        var outcome = Check(RepositoryPaths.SampleAuthorities, "--as-at", "2007-06-01", "--format", "json");

        outcome.ExitCode.Should().Be(ExitCodes.InvalidInput, outcome.ToString());
        using var document = JsonDocument.Parse(outcome.Stdout);
        var evaluation = document.RootElement.GetProperty("evaluation");
        evaluation.GetProperty("rulesInForce").GetArrayLength().Should().Be(0);
        evaluation.GetProperty("notices").EnumerateArray().Should().ContainSingle()
            .Which.GetString().Should().StartWith("No rule is in force as at 2007-06-01: nothing was checked.");
        var summary = document.RootElement.GetProperty("summary");
        summary.GetProperty("nothingChecked").GetBoolean().Should().BeTrue();
        summary.GetProperty("inputErrors").GetInt32().Should().Be(0);
        summary.GetProperty("exitCode").GetInt32().Should().Be(ExitCodes.InvalidInput);
    }

    [Test]
    public void As_at_2008_02_01_only_the_rules_citing_the_Act_are_evaluated()
    {
        var outcome = Check(RepositoryPaths.SampleAuthorities, "--as-at", "2008-02-01", "--format", "json");

        using var document = JsonDocument.Parse(outcome.Stdout);
        var evaluation = document.RootElement.GetProperty("evaluation");
        var inForce = evaluation.GetProperty("rulesInForce").EnumerateArray().Select(r => r.GetString()!).ToList();
        inForce.Should().Equal("dcs-appointed", "dcs-remit-covers-childrens-services");
        ShippedRules.Value.Rules.Where(r => inForce.Contains(r.Id)).Should().OnlyContain(
            r => r.Citation.Paragraphs.Any(p => p.StartsWith("s18(", StringComparison.Ordinal)), "each rule in force then cites section 18 of the Children Act 2004");
        evaluation.GetProperty("findings").EnumerateArray().Should().BeEmpty("every sample records its DCS from a later date, and who held the post before is not recorded");
        var notices = evaluation.GetProperty("notices").EnumerateArray().Select(n => n.GetString()!).ToList();
        notices.Take(2).Should().Equal(
            "29 of 31 rules are not in force as at 2008-02-01 and were not evaluated.",
            "5 files are recorded as at a date after the date checked (2008-02-01): Derby City Council (E06000015) as at 2010-06-30, " +
            "Wigan Metropolitan Borough Council (E08000010) as at 2010-03-31, Royal Borough of Kingston upon Thames (E09000021) as at 2010-09-01, " +
            "London Borough of Richmond upon Thames (E09000027) as at 2010-09-01, Nottinghamshire County Council (E10000024) as at 2010-04-01. " +
            "Only what they record as in place on the date checked was judged: a post or seat they record as starting later was not, so something found missing may only be a holder the file does not record. " +
            "The shipped rules that look for something done yearly (a review, a report) judge such a file only where it records one of the kind by the date checked.");
        notices.Should().Contain(n => n.StartsWith("Derby City Council (E06000015) records its Leader of the Council from 2010-05-24, its Director of Children's Services from 2009-01-05, ", StringComparison.Ordinal));
        outcome.ExitCode.Should().Be(ExitCodes.Success, outcome.ToString());
    }

    [Test]
    public void A_rules_folder_holding_an_edited_copy_of_the_shipped_rules_is_used_in_their_place()
    {
        using var temp = new TempFolder();
        var rules = temp.CopyOfRepositoryRules();
        var combined = Path.Combine(rules, "dcs", "dcs-dass-combined.yaml");
        File.WriteAllText(combined, File.ReadAllText(combined).Replace("is both DCS and DASS.", "holds both posts.", StringComparison.Ordinal));

        var outcome = Check(RepositoryPaths.SampleAuthorities, "--rules", rules, "--rule", "dcs-dass-combined");

        outcome.ExitCode.Should().Be(ExitCodes.Success, outcome.ToString());
        outcome.StdoutLines.Should().Contain(line => line.Contains("Alison Lomax holds both posts.", StringComparison.Ordinal))
            .And.Contain(line => line.Contains($"({rules}, in place of the shipped rules; ", StringComparison.Ordinal));
    }

    [Test]
    public void As_at_2008_02_01_the_text_report_shows_the_notices_about_the_rules_not_yet_in_force_and_the_history_not_recorded()
    {
        var outcome = Check(RepositoryPaths.SampleAuthorities, "--as-at", "2008-02-01");

        outcome.StdoutLines.Where(IsFindingLine).Should().BeEmpty();
        outcome.StdoutLines.Should().Contain(
            $"Checked 5 authorities as at 2008-02-01 against rule set {ShippedRules.Value.Version} (shipped rules; 2 rules in force).")
            .And.Contain("Notice: 29 of 31 rules are not in force as at 2008-02-01 and were not evaluated.")
            .And.Contain(line => line.StartsWith("Notice: Wigan Metropolitan Borough Council (E08000010) records its Director of Children's Services from 2009-10-01, ", StringComparison.Ordinal));
    }

    [Test]
    public void The_json_report_on_the_samples_carries_the_whole_evaluation()
    {
        var outcome = Check(RepositoryPaths.SampleAuthorities, "--format", "json");

        outcome.ExitCode.Should().Be(ExitCodes.FindingsFailed, outcome.ToString());
        using var document = JsonDocument.Parse(outcome.Stdout);
        var root = document.RootElement;
        root.GetProperty("ruleSet").GetProperty("name").GetString().Should().Be("shipped rules");
        root.GetProperty("ruleSet").GetProperty("version").GetString().Should().Be(ShippedRules.Value.Version);
        root.GetProperty("files").EnumerateArray().Select(f => f.GetString()).Should().Equal(SampleFiles);

        var evaluation = root.GetProperty("evaluation");
        evaluation.GetProperty("asAt").GetString().Should().Be("2010-09-01");
        evaluation.GetProperty("ruleSetVersion").GetString().Should().Be(ShippedRules.Value.Version);
        evaluation.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()).Should().Equal("DCSF-00686-2009");
        evaluation.GetProperty("rulesInForce").EnumerateArray().Select(r => r.GetString()).Should().Equal(ShippedRules.Value.Rules.Select(r => r.Id));
        evaluation.GetProperty("errors").GetArrayLength().Should().Be(0);
        evaluation.GetProperty("notices").GetArrayLength().Should().Be(0);

        var findings = evaluation.GetProperty("findings").EnumerateArray().ToList();
        findings.Select(f => f.GetProperty("ruleId").GetString()).Should().Equal("dcs-on-senior-management-team", "lscb-annual-report", "dcs-dass-combined");
        var derby = findings[0];
        derby.GetProperty("authorityCode").GetString().Should().Be("E06000015");
        derby.GetProperty("status").GetString().Should().Be("open");
        derby.GetProperty("file").GetString().Should().Be(Derby);
        derby.GetProperty("line").GetInt32().Should().Be(66);
        derby.GetProperty("citation").GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()).Should().Equal("3.5");
        derby.GetProperty("citation").GetProperty("quote").GetString().Should().Be("The DCS must be a member of the local authority senior management team");
        derby.GetProperty("evidence").EnumerateArray().Should().ContainSingle()
            .Which.GetProperty("description").GetString().Should().Be("Director of Children's Services (Yvonne Ashcombe)");
        derby.GetProperty("departure").ValueKind.Should().Be(JsonValueKind.Null);
        derby.GetProperty("failing").GetBoolean().Should().BeTrue();

        var derbyLscb = findings[1];
        derbyLscb.GetProperty("authorityCode").GetString().Should().Be("E06000015");
        derbyLscb.GetProperty("severity").GetString().Should().Be("note");
        derbyLscb.GetProperty("obligation").GetString().Should().Be("advisory");
        derbyLscb.GetProperty("status").GetString().Should().Be("open");
        derbyLscb.GetProperty("file").GetString().Should().Be(Derby);
        derbyLscb.GetProperty("line").GetInt32().Should().Be(167);
        derbyLscb.GetProperty("citation").GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()).Should().Equal("3.34");
        derbyLscb.GetProperty("evidence").EnumerateArray().Should().ContainSingle()
            .Which.GetProperty("description").GetString().Should().Be("Derby Safeguarding Children Board");
        derbyLscb.GetProperty("departure").ValueKind.Should().Be(JsonValueKind.Null);
        derbyLscb.GetProperty("failing").GetBoolean().Should().BeFalse("a note is below --fail-on warning");

        var wigan = findings[2];
        wigan.GetProperty("authorityCode").GetString().Should().Be("E08000010");
        wigan.GetProperty("status").GetString().Should().Be("departed");
        wigan.GetProperty("citation").GetProperty("text").GetString().Should().Be("DCSF-00686-2009 para 3.13");
        var departure = wigan.GetProperty("departure");
        departure.GetProperty("decidedBy").GetString().Should().Be("Cabinet");
        departure.GetProperty("decidedOn").GetString().Should().Be("2009-07-16");
        departure.GetProperty("reviewBy").GetString().Should().Be("2011-07-16");
        departure.GetProperty("file").GetString().Should().Be(Wigan);
        departure.GetProperty("line").GetInt32().Should().Be(197);
        wigan.GetProperty("failing").GetBoolean().Should().BeFalse();

        var summary = root.GetProperty("summary");
        summary.GetProperty("findings").GetInt32().Should().Be(3);
        summary.GetProperty("errors").GetInt32().Should().Be(1);
        summary.GetProperty("notes").GetInt32().Should().Be(2, "Derby's LSCB note and Wigan's departed one: 3.13's 'not recommended' is advice");
        summary.GetProperty("open").GetInt32().Should().Be(2);
        summary.GetProperty("departed").GetInt32().Should().Be(1);
        summary.GetProperty("failingFindings").GetInt32().Should().Be(1);
        summary.GetProperty("exitCode").GetInt32().Should().Be(ExitCodes.FindingsFailed);
    }

    [TestCase("text")]
    [TestCase("json")]
    [TestCase("html")]
    public void The_output_is_the_same_bytes_whatever_the_order_of_the_authority_paths(string format)
    {
        var inOrder = Check([.. SampleFiles, "--format", format]);
        var reversed = Check([.. SampleFiles.Reverse(), "--format", format]);
        var folderAndFile = Check(Wigan, RepositoryPaths.SampleAuthorities, "--format", format);

        reversed.Stdout.Should().Be(inOrder.Stdout);
        folderAndFile.Stdout.Should().Be(inOrder.Stdout);
        reversed.ExitCode.Should().Be(inOrder.ExitCode);
    }

    [Test]
    public void Html_writes_one_page_with_a_row_per_sample_and_exits_as_the_text_report_does()
    {
        var html = Check(RepositoryPaths.SampleAuthorities, "--format", "html");
        var text = Check(RepositoryPaths.SampleAuthorities);

        html.ExitCode.Should().Be(text.ExitCode, html.ToString());
        html.Stdout.Should().StartWith("<!DOCTYPE html>").And.EndWith("</html>\n");
        html.Stdout.Should().Contain("Derby City Council").And.Contain("Wigan Metropolitan Borough Council").And.Contain(ShippedRules.Value.Version);
        html.Stderr.Should().BeEmpty();
    }

    [Test]
    public void Html_with_nothing_evaluated_writes_a_page_that_says_nothing_was_checked_and_why()
    {
        var outcome = Check(RepositoryPaths.InvalidSample("unknown-key.yaml"), "--format", "html");

        outcome.ExitCode.Should().Be(ExitCodes.InvalidInput);
        outcome.Stdout.Should().StartWith("<!DOCTYPE html>").And.Contain("<h1>Nothing was checked</h1>").And.Contain("error GOV120");
    }

    [Test]
    public void A_broken_authority_file_exits_2_but_the_good_ones_are_still_checked_and_printed()
    {
        var broken = RepositoryPaths.InvalidSample("unknown-key.yaml");

        var outcome = Check(RepositoryPaths.SampleAuthorities, broken);

        outcome.ExitCode.Should().Be(ExitCodes.InvalidInput, outcome.ToString());
        outcome.StdoutLines[0].Should().Be(
            $"{broken}:18:5: error GOV120: 'chairIndependent' is not a key of a board. Did you mean 'chairIsIndependent'? Valid keys: id, kind, name, chair, chairName, chairIsIndependent, chairs, members.");
        outcome.StdoutLines.Where(IsFindingLine).Should().Equal(DerbyFinding, DerbyLscbNote, WiganFindingDeparted);
        outcome.StdoutLines.Should().Contain(
            $"Checked 5 authorities as at 2010-09-01 against rule set {ShippedRules.Value.Version} (shipped rules; 31 rules in force).");
        outcome.StdoutLines[^1].Should().Be("Input errors: 0 errors in the rule set; 1 error in 6 authority files (5 authorities loaded).");
    }

    [TestCase("dcs/dcs-on-lscb.yaml", "obligation: should", "obligation: shuold", "shuold", "GOV427")]
    [TestCase("dcs/dcs-appointed.yaml", "role == DirectorOfChildrensServices and authority", "role == DirectorOfChildrenServices and authority", "DirectorOfChildrenServices", "GOV202")]
    public void A_broken_rule_exits_2_with_its_place_and_code_and_checks_nothing(string rule, string good, string bad, string wrongWord, string code)
    {
        using var temp = new TempFolder();
        var rules = Path.Combine(temp.Path, "rules");
        CopyFolder(RepositoryPaths.Rules, rules);
        var file = Path.Combine(rules, rule);
        var text = File.ReadAllText(file);
        text.Should().Contain(good, "the test breaks this text of the shipped rule");
        File.WriteAllText(file, text.Replace(good, bad, StringComparison.Ordinal));
        var (line, column) = PlaceOf(File.ReadAllLines(file), wrongWord);

        var report = Check(["--rules", rules, "--no-shipped-rules", RepositoryPaths.SampleAuthorities]);
        var json = Check(["--rules", rules, "--no-shipped-rules", RepositoryPaths.SampleAuthorities, "--format", "json"]);

        report.ExitCode.Should().Be(ExitCodes.InvalidInput, report.ToString());
        report.StdoutLines[0].Should().StartWith($"{file}:{line}:{column}: error {code}: ").And.Contain(wrongWord);
        report.StdoutLines.Where(IsFindingLine).Should().BeEmpty();
        report.Stdout.Should().NotContain("Checked ");
        report.StdoutLines.Should().Contain($"Nothing was checked: the rule set ({rules}) has errors.");

        json.ExitCode.Should().Be(ExitCodes.InvalidInput);
        using var document = JsonDocument.Parse(json.Stdout);
        document.RootElement.GetProperty("evaluation").ValueKind.Should().Be(JsonValueKind.Null);
        document.RootElement.GetProperty("ruleSet").GetProperty("loaded").GetBoolean().Should().BeFalse();
        var diagnostic = document.RootElement.GetProperty("diagnostics")[0];
        diagnostic.GetProperty("code").GetString().Should().Be(code);
        diagnostic.GetProperty("file").GetString().Should().Be(file);
        diagnostic.GetProperty("line").GetInt32().Should().Be(line);
        diagnostic.GetProperty("column").GetInt32().Should().Be(column);
        document.RootElement.GetProperty("summary").GetProperty("nothingChecked").GetBoolean().Should().BeTrue();
    }

    [Test]
    public void Rules_naming_a_file_rather_than_a_folder_is_a_usage_error()
    {
        var outcome = Check(["--rules", Path.Combine(RepositoryPaths.Rules, "dcs", "dcs-appointed.yaml"), RepositoryPaths.SampleAuthorities]);

        outcome.ExitCode.Should().Be(ExitCodes.UsageError, outcome.ToString());
        outcome.Stderr.Should().Contain("--rules names a folder of rule files, but ");
        outcome.Stdout.Should().BeEmpty();
    }

    /// <summary>Runs <c>check</c>: on the shipped rules, unless the arguments name others.</summary>
    private static CliOutcome Check(params string[] args) => Tool.Run(["check", .. args]);

    /// <summary>A finding's line, <c>file:line:column: severity rule-id: message [citation]</c>; not a diagnostic's (<c>GOV123</c>).</summary>
    private static bool IsFindingLine(string line) => FindingLine().IsMatch(line);

    [GeneratedRegex(@"^\S.*:\d+:\d+: (error|warning|note)( \((departed|new|unchanged)\))* [a-z][a-z0-9-]*: ")]
    private static partial Regex FindingLine();

    private static (int Line, int Column) PlaceOf(string[] lines, string word)
    {
        var index = Array.FindIndex(lines, l => l.Contains(word, StringComparison.Ordinal));
        return (index + 1, lines[index].IndexOf(word, StringComparison.Ordinal) + 1);
    }

    private static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }
}
