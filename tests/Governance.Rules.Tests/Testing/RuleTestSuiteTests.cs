using Governance.Model;
using Governance.Rules.Testing;
using Governance.Rules.Tests.Loading;

namespace Governance.Rules.Tests.Testing;

/// <summary>Rule test files read from real files, run through the public API: results as data, problems located.</summary>
public sealed class RuleTestSuiteTests
{
    private static readonly Lazy<RuleSet> Shipped = new(() => RuleSet.LoadOrThrow(RepositoryFiles.Rules));

    private const string Header = """
        rule: dcs-appointed
        authority:
          code: E06000001
          name: Hartlepool Borough Council
          kind: unitary
          recordedAsAt: 2010-04-01
          people:
            - { id: dcs-jones, name: Sam Jones, type: officer }
          posts:
            - { id: dcs, role: directorOfChildrensServices, holder: dcs-jones }
        cases:

        """;

    private string folder = null!;

    [SetUp]
    public void MakeFolder() => folder = Directory.CreateTempSubdirectory("rule-tests-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(folder, recursive: true);

    private RuleTestSuite Load(string text)
    {
        File.WriteAllText(Path.Combine(folder, "dcs-appointed.tests.yaml"), text);
        return RuleTestSuite.Load(folder);
    }

    private string FilePath => Path.Combine(folder, "dcs-appointed.tests.yaml");

    [Test]
    public void A_case_that_gets_what_it_expects_passes()
    {
        var suite = Load(Header + """
              - case: a DCS in post
                expect: none
              - case: the post vacant
                authority:
                  posts: [{ id: dcs, role: directorOfChildrensServices }]
                expect:
                  - { status: open, message: "Hartlepool Borough Council has no Director of Children's Services in post on 2010-04-01." }
            """);

        var run = suite.Run(Shipped.Value);

        suite.Diagnostics.Should().BeEmpty();
        run.Results.Select(r => r.Passed).Should().Equal(true, true);
        run.Passed.Should().BeTrue();
        run.Results[1].Actual.Should().ContainSingle().Which.RuleId.Should().Be("dcs-appointed");
    }

    [Test]
    public void A_failing_case_says_what_was_expected_against_what_was_found()
    {
        var suite = Load(Header + """
              - case: the post vacant, wrongly expected to pass
                authority:
                  posts: [{ id: dcs, role: directorOfChildrensServices }]
                expect: none
            """);

        var result = suite.Run(Shipped.Value).Results.Single();

        result.Passed.Should().BeFalse();
        result.Unexpected.Should().ContainSingle();
        result.Describe().Should().Be(
            $"FAILED: dcs-appointed: the post vacant, wrongly expected to pass ({FilePath}:12:5)\n" +
            "  expected: no finding\n" +
            "  actual:   \n" +
            "    dcs-appointed (open): \"Hartlepool Borough Council has no Director of Children's Services in post on 2010-04-01.\"".ReplaceLineEndings());
    }

    [Test]
    public void A_missing_finding_is_reported_as_missing()
    {
        var result = Load(Header + """
              - case: a DCS in post, wrongly expected to fail
                expect:
                  - status: departed
            """).Run(Shipped.Value).Results.Single();

        result.Passed.Should().BeFalse();
        result.Missing.Should().ContainSingle().Which.Should().Be(new ExpectedFinding("dcs-appointed", FindingStatus.Departed, null, new SourceLocation(FilePath, 14, 9)));
        result.Describe().Should().Contain("expected: \n    dcs-appointed (departed)").And.Contain("actual:   no finding");
    }

    [Test]
    public void A_rule_not_in_the_rule_set_is_a_located_problem_with_a_suggestion()
    {
        var result = Load(Header.Replace("rule: dcs-appointed", "rule: dcs-apointed", StringComparison.Ordinal) + """
              - case: anything
                expect: none
            """).Run(Shipped.Value).Results.Single();

        result.Passed.Should().BeFalse();
        result.Problems.Should().ContainSingle().Which.Should().Match<Diagnostic>(d =>
            d.Code == "GOV481" && d.Location == new SourceLocation(FilePath, 1, 7) && d.Message.Contains("Did you mean 'dcs-appointed'?"));
    }

    [TestCase("    expect: none", "    expect: nothing", "GOV484", 13, 13, TestName = "An expect that is neither none nor a list is GOV484")]
    [TestCase("    expect: none", "    expect: [{ status: opened }]", "GOV482", 13, 24, TestName = "A status other than open or departed is GOV482")]
    [TestCase("    expect: none", "    expect: none\n  - case: c\n    expect: none", "GOV483", 14, 11, TestName = "Two cases with one name is GOV483")]
    [TestCase("    expect: none", "    expect: none\n    asAt: 2010-02-30", "GOV428", 14, 11, TestName = "An impossible date is GOV428")]
    [TestCase("    expect: none", "    expect: none\n    authority: { postz: [] }", "GOV120", 14, 18, TestName = "An authority key the format does not have keeps its authority code")]
    [TestCase("    expect: none", "    expect: none\n    authority: { postz: [] }", "GOV485", 12, 5, TestName = "A case whose authority does not load is GOV485")]
    [TestCase("    expect: none", "    expect: none\n    when: 2010-01-01", "GOV420", 14, 5, TestName = "A key a case does not have is GOV420")]
    public void A_bad_test_file_gets_a_located_diagnostic(string oldText, string newText, string code, int line, int column)
    {
        var suite = Load((Header + "  - case: c\n    expect: none\n").Replace(oldText, newText, StringComparison.Ordinal));

        suite.Diagnostics.Should().Contain(d => d.Code == code && d.Location == new SourceLocation(FilePath, line, column), string.Join("\n", suite.Diagnostics));
        suite.HasErrors.Should().BeTrue();
    }

    [Test]
    public void A_file_without_cases_is_GOV480()
    {
        var suite = Load(Header.TrimEnd() + " []\n");

        suite.Diagnostics.Should().ContainSingle().Which.Code.Should().Be("GOV480");
        suite.Cases.Should().BeEmpty();
    }

    [Test]
    public void A_case_that_writes_its_own_code_describes_another_authority_whole()
    {
        var suite = Load(Header + """
              - case: another authority
                authority:
                  code: E06000015
                  name: Derby City Council
                  kind: unitary
                  recordedAsAt: 2010-04-01
                expect:
                  - status: open
            """);

        var testCase = suite.Cases.Single();

        testCase.Authorities.Single().Name.Should().Be("Derby City Council");
        testCase.Authorities.Single().Posts.Should().BeEmpty();
        testCase.Run(Shipped.Value).Passed.Should().BeTrue();
    }

    [Test]
    public void The_rule_set_does_not_read_test_files_as_rules()
    {
        File.WriteAllText(FilePath, Header + "  - case: c\n    expect: none\n");

        RuleSet.Load(folder).Diagnostics.Should().BeEmpty();
        RuleSet.LoadOrThrow(folder).Rules.Should().BeEmpty();
    }
}
