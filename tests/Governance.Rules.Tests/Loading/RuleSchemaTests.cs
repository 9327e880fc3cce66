using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NJsonSchema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Governance.Rules.Tests.Loading;

/// <summary>schemas/rule.schema.json, as an editor uses it (NJsonSchema validating each YAML document as JSON).</summary>
public sealed partial class RuleSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromFileAsync(RepositoryFiles.RuleSchema).GetAwaiter().GetResult();

    private static IEnumerable<string> RuleFiles() =>
        Directory.EnumerateFiles(RepositoryFiles.Rules, "*.yaml", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}guidance{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => !f.EndsWith(Governance.Rules.Testing.RuleTestSuite.FileSuffix, StringComparison.Ordinal))
            .Concat(Directory.EnumerateFiles(RepositoryFiles.TestRules, "*.yaml"))
            .Order(StringComparer.Ordinal);

    [Test]
    public void There_are_rule_files_to_validate() => RuleFiles().Should().HaveCountGreaterThan(10);

    [TestCaseSource(nameof(RuleFiles))]
    public void Every_rule_file_is_valid_against_the_schema(string path)
    {
        var documents = ToJson(File.ReadAllText(path));

        documents.Should().NotBeEmpty();
        foreach (var document in documents)
        {
            Schema.Validate(document!.ToJsonString()).Select(e => e.ToString()).Should().BeEmpty(path);
        }
    }

    [Test]
    public void Every_rule_file_names_the_schema_for_the_editor()
    {
        foreach (var path in RuleFiles())
        {
            File.ReadLines(path).First().Should().StartWith("# yaml-language-server: $schema=", path).And.EndWith("schemas/rule.schema.json", path);
        }
    }

    private const string Valid = """
        id: r
        title: T
        cites: { document: DCSF-00686-2009, paragraphs: ["3.13"], quote: q }
        obligation: should
        when:
          - dcs: Post where role == DirectorOfChildrensServices
          - not:
              - BoardMembership where person == dcs.holder
          - check: dcs.holder != null
        then:
          finding: x
          at: dcs
        """;

    [Test]
    public void A_valid_rule_passes() => Errors(Valid).Should().BeEmpty();

    [TestCase("title: T", "titel: T", TestName = "An unknown key is rejected")]
    [TestCase("obligation: should", "obligation: shall", TestName = "An unknown obligation is rejected")]
    [TestCase("obligation: should\n", "", TestName = "A finding rule without an obligation is rejected")]
    [TestCase("id: r", "id: Dcs_Rule", TestName = "A malformed id is rejected")]
    [TestCase("[\"3.13\"]", "[3.13]", TestName = "An unquoted paragraph number is rejected")]
    [TestCase("[\"3.13\"]", "[\"para 3.13\"]", TestName = "A malformed paragraph number is rejected")]
    [TestCase("  - check: dcs.holder != null", "  - chek: dcs.holder != null\n    extra: 1", TestName = "An element with two keys is rejected")]
    [TestCase("  - check: dcs.holder != null", "  - count: Post", TestName = "A reserved word as a name is rejected")]
    [TestCase("  finding: x\n  at: dcs", "  finding: x\n  derive: { fact: K, with: { a: b } }", TestName = "Both finding and derive are rejected")]
    [TestCase("title: T", "title: T\neffective: { from: 2009-7-1 }", TestName = "A malformed date is rejected")]
    [TestCase("when:\n", "when: []\nx:\n", TestName = "An empty when is rejected")]
    public void An_invalid_rule_is_rejected(string oldText, string newText) =>
        Errors(Valid.Replace(oldText, newText, StringComparison.Ordinal)).Should().NotBeEmpty();

    [Test]
    public void A_derive_rule_with_an_obligation_is_rejected()
    {
        const string Derive = """
            id: r
            title: T
            cites: { document: DCSF-00686-2009, paragraphs: ["2.13"], quote: q }
            when:
              - county: Authority where isTwoTier
            then:
              derive: { fact: TwoTierArea, with: { county: county } }
            """;

        Errors(Derive).Should().BeEmpty();
        Errors(Derive + "\nobligation: should").Should().NotBeEmpty();
    }

    private static List<string> Errors(string yaml) =>
        ToJson(yaml).SelectMany(d => Schema.Validate(d!.ToJsonString())).Select(e => e.ToString()).ToList();

    /// <summary>Each YAML document as JSON, read the way a YAML language server reads it (YAML 1.2 core schema).</summary>
    internal static List<JsonNode?> ToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return [.. stream.Documents.Where(d => d.RootNode is not YamlScalarNode { Value: null or "" }).Select(d => Node(d.RootNode))];
    }

    private static JsonNode? Node(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, Node(c.Value)))),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(Node)]),
        YamlScalarNode scalar when scalar.Style != ScalarStyle.Plain => JsonValue.Create(scalar.Value),
        YamlScalarNode { Value: "" or "~" or "null" or null } => null,
        YamlScalarNode { Value: "true" or "false" } scalar => JsonValue.Create(scalar.Value == "true"),
        YamlScalarNode scalar when Number().IsMatch(scalar.Value!) => JsonValue.Create(double.Parse(scalar.Value!, CultureInfo.InvariantCulture)),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => throw new InvalidOperationException($"Unexpected YAML node at {node.Start}."),
    };

    [GeneratedRegex(@"^[-+]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
