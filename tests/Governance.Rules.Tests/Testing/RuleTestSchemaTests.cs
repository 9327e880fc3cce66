using System.Text.Json.Nodes;
using Governance.Rules.Testing;
using Governance.Rules.Tests.Loading;
using NJsonSchema;

namespace Governance.Rules.Tests.Testing;

/// <summary>schemas/rule-tests.schema.json, as an editor uses it on the test files beside the rules.</summary>
public sealed class RuleTestSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromFileAsync(RepositoryFiles.RuleTestSchema).GetAwaiter().GetResult();

    private static IEnumerable<string> TestFiles() =>
        Directory.EnumerateFiles(RepositoryFiles.Rules, "*" + RuleTestSuite.FileSuffix, SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(TestFiles))]
    public void Every_test_file_is_valid_against_the_schema_and_names_it(string path)
    {
        var document = RuleSchemaTests.ToJson(File.ReadAllText(path)).Single();

        Schema.Validate(document!.ToJsonString()).Select(e => e.ToString()).Should().BeEmpty(path);
        File.ReadLines(path).First().Should().StartWith("# yaml-language-server: $schema=", path).And.EndWith("schemas/rule-tests.schema.json", path);
    }

    [Test]
    public void The_authority_of_a_case_has_exactly_the_keys_of_an_authority_file()
    {
        var authority = JsonNode.Parse(File.ReadAllText(RepositoryFiles.AuthoritySchema))!["properties"]!.AsObject().Select(p => p.Key);
        var fragment = JsonNode.Parse(File.ReadAllText(RepositoryFiles.RuleTestSchema))!["definitions"]!["authority"]!["properties"]!.AsObject().Select(p => p.Key);

        fragment.Should().BeEquivalentTo(authority);
    }

    [TestCase("expect: none", "expect: nothing", TestName = "An expect that is neither none nor a list is rejected")]
    [TestCase("status: open", "status: opened", TestName = "An unknown status is rejected")]
    [TestCase("case: c", "name: c", TestName = "A case without a name is rejected")]
    [TestCase("    posts: []", "    postz: []", TestName = "An unknown authority key is rejected")]
    public void An_invalid_test_file_is_rejected(string oldText, string newText) =>
        Errors(Valid.Replace(oldText, newText, StringComparison.Ordinal)).Should().NotBeEmpty();

    [Test]
    public void A_valid_test_file_passes() => Errors(Valid).Should().BeEmpty();

    private const string Valid = """
        rule: dcs-appointed
        authority:
          code: E06000001
          name: Hartlepool Borough Council
          kind: unitary
          recordedAsAt: 2010-04-01
        cases:
          - case: c
            asAt: 2010-04-01
            authority:
              posts: []
            expect:
              - status: open
          - case: d
            expect: none
        """;

    private static List<string> Errors(string yaml) =>
        [.. Schema.Validate(RuleSchemaTests.ToJson(yaml).Single()!.ToJsonString()).Select(e => e.ToString())];
}
