using Governance.Model;
using Governance.Rules.Linting;
using Governance.Rules.Tests.Loading;

namespace Governance.Rules.Tests.Linting;

/// <summary>
/// Linting rule folders: the load's own problems, then a checkable item no rule cites, a rule without the test cases it
/// needs, a test of a rule that is not there. Each case is a small folder of local rules written to disk and linted
/// with the shipped rules, as <c>governance lint</c> does.
/// </summary>
public sealed class RuleSetLintTests
{
    private const string Catalogue = """
        id: LOCAL-1
        title: A local protocol
        kind: local protocol
        reference: LOCAL-1
        edition: "2010"
        inForce: { from: 2009-07-01 }
        paragraphs:
          - { number: "1.1", section: Chairing, heading: An independent chair, quote: the board is chaired independently, obligations: [should], classification: checkable }
          - { number: "1.2", section: Chairing, heading: A deputy chair, quote: the board has a deputy chair, obligations: [should], classification: checkable }
          - { number: "1.3", section: Meetings, heading: Minutes, quote: minutes are kept, obligations: [should], classification: process, evidence: The minutes. }
        """;

    private const string Rule = """
        id: local-independent-chair
        title: The LSCB is chaired independently (local protocol)
        cites:
          document: LOCAL-1
          paragraphs: ["1.1"]
          quote: the board is chaired independently
        obligation: should
        when:
          - lscb: Board where kind == LocalSafeguardingChildrenBoard and not chairIsIndependent
        then:
          finding: "{lscb.name} is not chaired independently."
          at: lscb
        """;

    [Test]
    public void The_repository_s_rules_lint_without_a_problem()
    {
        var result = RuleSetLint.LintFolders([RepositoryFiles.Rules]);

        result.Diagnostics.Should().BeEmpty();
        result.RuleSet.Should().NotBeNull();
        result.TestFiles.Should().BePositive();
    }

    [Test]
    public void A_checkable_item_no_rule_cites_is_a_warning_at_the_item_in_the_catalogue()
    {
        using var folder = new LocalRules(("guidance/LOCAL-1.yaml", Catalogue), ("local-independent-chair.yaml", Rule), ("local-independent-chair.tests.yaml", Cases(complies: true, fails: true)));

        var result = RuleSetLint.LintFolders([folder.Path], withShippedRules: true);

        var warning = result.Diagnostics.Should().ContainSingle().Subject;
        warning.Code.Should().Be("GOV530");
        warning.Severity.Should().Be(DiagnosticSeverity.Warning);
        warning.Message.Should().StartWith("LOCAL-1 para 1.2 (A deputy chair) is classified checkable, but no rule cites it.");
        warning.Location.Should().Be(new SourceLocation(Path.Combine(folder.Path, "guidance", "LOCAL-1.yaml"), 9, 5));
        result.ErrorCount.Should().Be(0);
        result.WarningCount.Should().Be(1);
    }

    [TestCase(false, false, "GOV531", "has no test case")]
    [TestCase(true, false, "GOV532", "has no test case that expects a finding of it")]
    [TestCase(false, true, "GOV533", "has no test case that expects no finding of it")]
    public void A_rule_without_a_case_that_complies_and_one_that_fails_is_a_warning_at_the_rule(bool complies, bool fails, string code, string problem)
    {
        var files = new List<(string, string)> { ("guidance/LOCAL-1.yaml", Catalogue), ("local-independent-chair.yaml", Rule) };
        if (complies || fails)
        {
            files.Add(("local-independent-chair.tests.yaml", Cases(complies, fails)));
        }

        using var folder = new LocalRules([.. files]);

        var result = RuleSetLint.LintFolders([folder.Path], withShippedRules: true);

        var diagnostic = result.Diagnostics.Should().ContainSingle(d => d.Code != "GOV530").Subject;
        diagnostic.Code.Should().Be(code);
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Warning);
        diagnostic.Message.Should().StartWith($"The rule 'local-independent-chair' {problem}");
        diagnostic.Location.Should().Be(new SourceLocation(Path.Combine(folder.Path, "local-independent-chair.yaml"), 1, 1));
    }

    [Test]
    public void The_shipped_rules_need_no_cases_from_the_folders_named_but_the_folders_rules_do()
    {
        using var folder = new LocalRules(("guidance/LOCAL-1.yaml", Catalogue), ("local-independent-chair.yaml", Rule));

        var result = RuleSetLint.LintFolders([folder.Path], withShippedRules: true);

        result.Diagnostics.Where(d => d.Code == "GOV531").Should().ContainSingle()
            .Which.Message.Should().Contain("'local-independent-chair'");
    }

    [Test]
    public void A_test_of_a_rule_the_rule_set_does_not_have_is_an_error_with_the_nearest_id()
    {
        using var folder = new LocalRules(
            ("guidance/LOCAL-1.yaml", Catalogue),
            ("local-independent-chair.yaml", Rule),
            ("local-independent-chair.tests.yaml", Cases(complies: true, fails: true)),
            ("typo.tests.yaml", Cases(complies: true, fails: true).Replace("rule: local-independent-chair", "rule: local-independant-chair", StringComparison.Ordinal)));

        var result = RuleSetLint.LintFolders([folder.Path], withShippedRules: true);

        var error = result.Diagnostics.Should().ContainSingle(d => d.Code == "GOV534").Subject;
        error.Severity.Should().Be(DiagnosticSeverity.Error);
        error.Message.Should().Be("The test file tests the rule 'local-independant-chair', which the rule set does not have. Did you mean 'local-independent-chair'?");
        error.Location.File.Should().EndWith("typo.tests.yaml");
        error.Location.Line.Should().Be(1);
    }

    [Test]
    public void A_rule_set_with_errors_reports_them_and_every_problem_in_the_test_files_without_the_checks_across_them()
    {
        using var folder = new LocalRules(
            ("guidance/LOCAL-1.yaml", Catalogue),
            ("local-independent-chair.yaml", Rule.Replace("paragraphs: [\"1.1\"]", "paragraphs: [\"1.9\"]", StringComparison.Ordinal)),
            ("local-independent-chair.tests.yaml", "rule: local-independent-chair\ncases: [ unclosed\n"));

        var result = RuleSetLint.LintFolders([folder.Path], withShippedRules: true);

        result.RuleSet.Should().BeNull();
        result.Diagnostics.Select(d => d.Code).Should().Contain("GOV431").And.NotContain(["GOV530", "GOV531"]);
        result.Diagnostics.Should().Contain(d => d.Location.File.EndsWith("local-independent-chair.tests.yaml", StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Error);
        result.ErrorCount.Should().BeGreaterThanOrEqualTo(2);
    }

    [Test]
    public void A_folder_that_does_not_exist_is_an_error_once_and_an_empty_folder_a_warning()
    {
        using var folder = new LocalRules();
        var missing = Path.Combine(folder.Path, "missing");

        var absent = RuleSetLint.LintFolders([missing], withShippedRules: true);
        var empty = RuleSetLint.LintFolders([folder.Path], withShippedRules: true);

        absent.Diagnostics.Should().ContainSingle().Which.Should().Be(
            new Diagnostic("GOV400", DiagnosticSeverity.Error, $"The folder '{missing}' does not exist.", new SourceLocation(missing, 0, 0)));
        empty.Diagnostics.Should().ContainSingle().Which.Code.Should().Be("GOV535");
        empty.ErrorCount.Should().Be(0);
    }

    private static string Cases(bool complies, bool fails)
    {
        var cases = new List<string>();
        if (complies)
        {
            cases.Add("  - case: An independent chair\n    expect: none");
        }

        if (fails)
        {
            cases.Add("  - case: The DCS chairs the board\n    authority:\n      boards:\n        - { id: lscb, kind: localSafeguardingChildrenBoard, name: The Board, chairName: Pat Chair, chairIsIndependent: false }\n    expect:\n      - status: open");
        }

        return $$"""
            rule: local-independent-chair
            authority:
              code: E06000001
              name: Hartlepool Borough Council
              kind: unitary
              recordedAsAt: 2010-09-01
              boards:
                - { id: lscb, kind: localSafeguardingChildrenBoard, name: The Board, chairName: Pat Chair, chairIsIndependent: true }
            cases:
            {{string.Join("\n", cases)}}
            """;
    }

    /// <summary>A folder of local rules written to a temporary folder, deleted when disposed.</summary>
    private sealed class LocalRules : IDisposable
    {
        public LocalRules(params (string Path, string Text)[] files)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "governance-lint-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
            foreach (var (relative, text) in files)
            {
                var file = System.IO.Path.Combine(Path, relative);
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
                File.WriteAllText(file, text);
            }
        }

        public string Path { get; }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}

public sealed class LintDiagnosticCodesTests
{
    [Test]
    public void The_lint_codes_are_in_their_range_and_documented()
    {
        var codes = typeof(LintDiagnosticCodes).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToList();
        var docs = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "diagnostics.md"));

        codes.Should().NotBeEmpty().And.OnlyHaveUniqueItems().And.OnlyContain(c => string.CompareOrdinal(c, "GOV530") >= 0 && string.CompareOrdinal(c, "GOV539") <= 0);
        codes.Should().OnlyContain(c => docs.Contains($"| {c} |", StringComparison.Ordinal));
    }
}
