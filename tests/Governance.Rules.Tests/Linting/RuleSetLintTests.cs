using Governance.Model;
using Governance.Rules.Linting;
using Governance.Rules.Linting.Checks;
using Governance.Rules.Tests.Loading;

namespace Governance.Rules.Tests.Linting;

/// <summary>
/// Linting rule folders: the load's own problems, then a checkable item no rule cites, a rule without the test cases it
/// needs, a test of a rule that is not there. Each case is a small folder of local rules written to disk and linted
/// with the shipped rules, as <c>governance lint</c> does.
/// </summary>
public sealed class RuleSetLintTests
{
    private const string RuleFile = "lscb-chair-independent-of-council.yaml";

    private const string TestFile = "lscb-chair-independent-of-council.tests.yaml";

    private const string CatalogueFile = "guidance/LOCAL-PROTOCOL.yaml";

    /// <summary>The example of local rules in the repository, with their own catalogue and test cases.</summary>
    private static string Sample => Path.Combine(RepositoryFiles.Root, "samples", "local-rules");

    [Test]
    public void The_repository_s_rules_lint_without_a_problem()
    {
        var result = RuleSetLint.LintFolders([RepositoryFiles.Rules]);

        result.Diagnostics.Should().BeEmpty();
        result.RuleSet.Should().NotBeNull();
        result.TestFiles.Should().BePositive();
    }

    [Test]
    public void The_example_local_rules_lint_without_a_problem_with_the_shipped_rules()
    {
        var result = RuleSetLint.LintFolders([Sample], withShippedRules: true);

        result.Diagnostics.Should().BeEmpty();
        result.TestFiles.Should().Be(1);
    }

    [Test]
    public void A_checkable_item_no_rule_cites_is_a_warning_at_the_item_in_the_catalogue()
    {
        using var folder = new LocalRules();
        var catalogue = folder.Edit(CatalogueFile, text => text.Replace("classification: process\n    evidence: The published minutes of each meeting.", "classification: checkable", StringComparison.Ordinal));

        var result = RuleSetLint.LintFolders([folder.Path], withShippedRules: true);

        var warning = result.Diagnostics.Should().ContainSingle().Subject;
        warning.Code.Should().Be("GOV530");
        warning.Severity.Should().Be(DiagnosticSeverity.Warning);
        warning.Message.Should().StartWith("LOCAL-PROTOCOL para 1.2 (The Board's minutes are published) is classified checkable, but no rule cites it.");
        var line = File.ReadAllLines(catalogue).ToList().IndexOf("  - number: \"1.2\"") + 1;
        warning.Location.Should().Be(new SourceLocation(catalogue, line, 5));
        result.ErrorCount.Should().Be(0);
        result.WarningCount.Should().Be(1);
    }

    [TestCase(true, false, "GOV532", "has no test case that expects a finding of it")]
    [TestCase(false, true, "GOV533", "has no test case that expects no finding of it")]
    public void A_rule_without_a_case_that_complies_and_one_that_fails_is_a_warning_at_the_rule(bool complies, bool fails, string code, string problem)
    {
        using var folder = new LocalRules();
        folder.Edit(TestFile, text => OnlyCases(text, complies, fails));

        var result = RuleSetLint.LintFolders([folder.Path], withShippedRules: true);

        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(code);
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Warning);
        diagnostic.Message.Should().StartWith($"The rule 'lscb-chair-independent-of-council' {problem}");
        diagnostic.Location.Should().Be(new SourceLocation(Path.Combine(folder.Path, RuleFile), 2, 1));
    }

    [Test]
    public void The_shipped_rules_need_no_cases_from_the_folders_named_but_the_folders_rules_do()
    {
        using var folder = new LocalRules();
        File.Delete(Path.Combine(folder.Path, TestFile));

        var result = RuleSetLint.LintFolders([folder.Path], withShippedRules: true);

        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be("GOV531");
        diagnostic.Message.Should().StartWith("The rule 'lscb-chair-independent-of-council' has no test case.");
        diagnostic.Location.Should().Be(new SourceLocation(Path.Combine(folder.Path, RuleFile), 2, 1));
    }

    [Test]
    public void A_test_of_a_rule_the_rule_set_does_not_have_is_an_error_with_the_nearest_id()
    {
        using var folder = new LocalRules();
        File.WriteAllText(
            Path.Combine(folder.Path, "typo.tests.yaml"),
            File.ReadAllText(Path.Combine(folder.Path, TestFile)).Replace("rule: lscb-chair-independent-of-council", "rule: lscb-chair-independant-of-council", StringComparison.Ordinal));

        var result = RuleSetLint.LintFolders([folder.Path], withShippedRules: true);

        var error = result.Diagnostics.Should().ContainSingle().Subject;
        error.Code.Should().Be("GOV534");
        error.Severity.Should().Be(DiagnosticSeverity.Error);
        error.Message.Should().Be("The test file tests the rule 'lscb-chair-independant-of-council', which the rule set does not have. Did you mean 'lscb-chair-independent-of-council'?");
        error.Location.Should().Be(new SourceLocation(Path.Combine(folder.Path, "typo.tests.yaml"), 2, 7));
    }

    [Test]
    public void A_rule_set_with_errors_reports_them_and_every_problem_in_the_test_files_without_the_checks_across_them()
    {
        using var folder = new LocalRules();
        folder.Edit(RuleFile, text => text.Replace("paragraphs: [\"1.1\"]", "paragraphs: [\"1.9\"]", StringComparison.Ordinal));
        folder.Edit(TestFile, _ => "rule: lscb-chair-independent-of-council\ncases: [ unclosed\n");

        var result = RuleSetLint.LintFolders([folder.Path], withShippedRules: true);

        result.RuleSet.Should().BeNull();
        result.Diagnostics.Select(d => d.Code).Should().Contain("GOV431").And.NotContain(["GOV530", "GOV531"]);
        result.Diagnostics.Should().Contain(d => d.Location.File == Path.Combine(folder.Path, TestFile) && d.Severity == DiagnosticSeverity.Error);
        result.ErrorCount.Should().BeGreaterThanOrEqualTo(2);
    }

    [Test]
    public void A_folder_that_does_not_exist_is_an_error_once_and_an_empty_folder_a_warning()
    {
        using var folder = new LocalRules();
        var missing = Path.Combine(folder.Path, "missing");
        var emptyFolder = Directory.CreateDirectory(Path.Combine(folder.Path, "empty")).FullName;

        var absent = RuleSetLint.LintFolders([missing], withShippedRules: true);
        var empty = RuleSetLint.LintFolders([emptyFolder], withShippedRules: true);

        absent.Diagnostics.Should().ContainSingle().Which.Should().Be(
            new Diagnostic("GOV400", DiagnosticSeverity.Error, $"The folder '{missing}' does not exist.", new SourceLocation(missing, 0, 0)));
        empty.Diagnostics.Should().ContainSingle().Which.Code.Should().Be("GOV535");
        empty.ErrorCount.Should().Be(0);
    }

    [Test]
    public void A_pattern_joined_with_no_condition_relating_it_is_a_warning_at_the_pattern()
    {
        using var folder = new LocalRules();
        var rule = folder.Edit(RuleFile, text => text.Replace(
            "  - lscb: Board where kind == LocalSafeguardingChildrenBoard and not chairIsIndependent\n",
            "  - lscb: Board where kind == LocalSafeguardingChildrenBoard and not chairIsIndependent\n  - member: BoardMembership where capacity == Member\n",
            StringComparison.Ordinal));

        var result = RuleSetLint.LintFolders([folder.Path], withShippedRules: true);

        var warning = result.Diagnostics.Should().ContainSingle().Subject;
        warning.Code.Should().Be("GOV536");
        warning.Severity.Should().Be(DiagnosticSeverity.Warning);
        warning.Message.Should().StartWith("The rule 'lscb-chair-independent-of-council' joins 'member' (BoardMembership) to 'lscb' (Board) with no condition relating them");
        warning.Location.File.Should().Be(rule);
        warning.Location.Line.Should().Be(File.ReadAllLines(rule).ToList().FindIndex(l => l.Contains("- member:", StringComparison.Ordinal)) + 1);
    }

    [TestCase("- a: Post\n  - b: Post", true)]
    [TestCase("- a: Post\n  - b: Post\n  - check: a.holder == b.holder", true)]
    [TestCase("- a: Post\n  - not:\n      - Post where role == ChiefExecutive", true)]
    [TestCase("- a: Post\n  - g: group Post by holder", true)]
    [TestCase("- a: Post\n  - b: Post where holder == a.holder", false)]
    [TestCase("- la: Authority\n  - p: Post where authority == la", false)]
    [TestCase("- la: Authority\n  - p: Post\n  - q: Board where authority == la", true)]
    [TestCase("- a: Post\n  - n: count Post where isVacant\n  - check: n > 1", false)]
    [TestCase("- a: Post where isJoint\n  - partner: Authority where any(a.jointWith, j => j.code == code)\n  - other: Post where authority == partner", false)]
    [TestCase("- a: Post\n  - not:\n      - Post where holder == a.holder and role == ChiefExecutive", false)]
    public void Joins_with_no_shared_key_are_found_and_bounded_ones_are_not(string when, bool cartesian)
    {
        var text = $$"""
            id: joins
            title: Joins
            cites: { document: DCSF-00686-2009, paragraphs: ["3.1"], quote: strategic leadership of high quality services }
            obligation: advisory
            when:
              {{when}}
            then:
              finding: "A join."
            """;
        var ruleSet = CatalogueRules.Load([RuleSetFile.FromText("joins.yaml", text)]);

        var found = Governance.Rules.Linting.Checks.CartesianJoins.Of(ruleSet.Compiled.Rules.Single()).ToList();

        found.Select(d => d.Code).Should().Equal(cartesian ? ["GOV536"] : []);
    }

    /// <summary>A test file's text with only the cases asked for: the one that complies, the one that fails, or both.</summary>
    private static string OnlyCases(string text, bool complies, bool fails)
    {
        var head = text[..text.IndexOf("\ncases:", StringComparison.Ordinal)];
        var cases = text[(head.Length + "\ncases:\n".Length)..].Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        return head + "\ncases:\n" + string.Join("\n\n", cases.Where(c => c.Contains("expect: none", StringComparison.Ordinal) ? complies : fails));
    }

    /// <summary>A copy of the example local rules in a temporary folder, to change; deleted when disposed.</summary>
    private sealed class LocalRules : IDisposable
    {
        public LocalRules()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "governance-lint-tests", Guid.NewGuid().ToString("N"));
            foreach (var file in Directory.EnumerateFiles(Sample, "*", SearchOption.AllDirectories))
            {
                var copy = System.IO.Path.Combine(Path, System.IO.Path.GetRelativePath(Sample, file));
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(copy)!);
                File.Copy(file, copy);
            }
        }

        public string Path { get; }

        /// <summary>Changes a file of the copy and returns its full path.</summary>
        public string Edit(string relativePath, Func<string, string> change)
        {
            var file = System.IO.Path.Combine(Path, relativePath);
            var text = File.ReadAllText(file);
            var changed = change(text);
            changed.Should().NotBe(text, $"the test changes {relativePath}");
            File.WriteAllText(file, changed);
            return file;
        }

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
