using Governance.Rules.Testing;
using Governance.Rules.Tests.Loading;

namespace Governance.Rules.Tests.Testing;

/// <summary>
/// The YAML test cases written beside the shipped rules (<c>rules/**/*.tests.yaml</c>), one NUnit test per case, run
/// through the public <see cref="RuleTestSuite"/> API against the shipped rule set: an analyst who adds a case or a
/// rule adds tests here without writing C#.
/// </summary>
public sealed class ShippedRuleCasesTests
{
    private static readonly Lazy<RuleSet> Shipped = new(() => RuleSet.LoadOrThrow(RepositoryFiles.Rules));

    private static readonly Lazy<RuleTestSuite> Suite = new(() => RuleTestSuite.Load(RepositoryFiles.Rules));

    /// <summary>Each case of each test file, named by its rule and its own name.</summary>
    public static IEnumerable<TestCaseData> Cases() =>
        Suite.Value.Cases.Select(c => new TestCaseData(c).SetName($"{c.RuleId}: {c.Name}".Replace('{', '(').Replace('}', ')')));

    [TestCaseSource(nameof(Cases))]
    public void Case(RuleTestCase testCase)
    {
        var result = testCase.Run(Shipped.Value);

        Assert.That(result.Passed, Is.True, result.Describe());
    }

    [Test]
    public void The_test_files_beside_the_rules_load_without_problems()
    {
        Suite.Value.Files.Should().NotBeEmpty();
        Suite.Value.Diagnostics.Should().BeEmpty();
    }

    [Test]
    public void Every_rule_that_reports_findings_has_a_case_that_complies_and_a_case_that_fails()
    {
        var cases = Suite.Value.Cases;
        var untested = Shipped.Value.Rules
            .Where(r => r.Obligation is not null)
            .Select(r => r.Id)
            .Where(id => !cases.Any(c => c.RuleId == id && c.Complies) || !cases.Any(c => c.RuleId == id && c.Fails))
            .ToList();

        untested.Should().BeEmpty("each rule needs YAML cases beside it: at least one arrangement that complies and one that does not");
    }

    [Test]
    public void Every_test_file_tests_a_rule_of_the_rule_set()
    {
        var ids = Shipped.Value.Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

        Suite.Value.Cases.Select(c => c.RuleId).Distinct().Where(id => !ids.Contains(id)).Should().BeEmpty();
    }
}
