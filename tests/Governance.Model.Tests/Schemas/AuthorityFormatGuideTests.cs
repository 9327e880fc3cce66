using System.Text.Json;
using System.Text.RegularExpressions;

namespace Governance.Model.Tests.Schemas;

/// <summary>docs/authority-format.md cannot drift from the schema: its examples validate and it names every key and value.</summary>
public partial class AuthorityFormatGuideTests
{
    private static readonly string Guide = File.ReadAllText(RepositoryPaths.FormatGuide);

    [Test]
    public void The_full_example_is_valid_against_the_schema()
    {
        var example = YamlBlocks(Section("## A full example")).Should().ContainSingle().Subject;

        var errors = AuthoritySchemaValidator.ValidateYaml(example);

        errors.Should().BeEmpty(AuthoritySchemaValidator.Describe(errors));
    }

    [Test]
    public void Every_smaller_example_is_a_valid_fragment_of_an_authority_file()
    {
        const string header = "code: E10000024\nname: Nottinghamshire County Council\nkind: county\nrecordedAsAt: 2010-04-01\n";
        var fragments = YamlBlocks(Guide)
            .Where(block => !block.Contains("recordedAsAt:", StringComparison.Ordinal)
                && block.Split('\n').Any(line => line.Length > 0 && !line.StartsWith('#')))
            .ToList();

        fragments.Should().HaveCountGreaterThanOrEqualTo(4);
        foreach (var fragment in fragments)
        {
            var errors = AuthoritySchemaValidator.ValidateFragmentYaml(header + fragment);
            errors.Should().BeEmpty($"{fragment}{Environment.NewLine}{AuthoritySchemaValidator.Describe(errors)}");
        }
    }

    [Test]
    public void The_guide_names_every_key_of_the_schema()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.AuthoritySchema));
        var keys = PropertyNames(schema.RootElement).Distinct(StringComparer.Ordinal).ToList();

        keys.Should().HaveCountGreaterThan(40);
        keys.Where(key => !Guide.Contains($"`{key}`", StringComparison.Ordinal)).Should().BeEmpty();
    }

    [Test]
    public void The_guide_names_every_allowed_value_of_the_schema()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.AuthoritySchema));
        var values = EnumValues(schema.RootElement).Distinct(StringComparer.Ordinal).ToList();

        values.Should().HaveCountGreaterThan(40);
        values.Where(value => !Guide.Contains($"`{value}`", StringComparison.Ordinal)).Should().BeEmpty();
    }

    [TestCase("1.12")]
    [TestCase("2.5")]
    [TestCase("2.17")]
    [TestCase("2.25")]
    [TestCase("3.5")]
    [TestCase("3.6")]
    [TestCase("3.12")]
    [TestCase("3.13")]
    [TestCase("3.14")]
    [TestCase("3.15")]
    [TestCase("3.16")]
    [TestCase("3.29")]
    [TestCase("3.32")]
    [TestCase("3.34")]
    public void The_guide_cites_the_paragraph(string paragraph)
    {
        Guide.Should().MatchRegex($@"paras? [0-9.,– ]*\b{Regex.Escape(paragraph)}\b");
    }

    private static string Section(string heading)
    {
        var start = Guide.IndexOf(heading, StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, $"the guide has a section '{heading}'");
        var end = Guide.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        return end < 0 ? Guide[start..] : Guide[start..end];
    }

    private static IEnumerable<string> YamlBlocks(string markdown) =>
        YamlBlock().Matches(markdown).Select(m => m.Groups["body"].Value);

    private static IEnumerable<string> PropertyNames(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => p.Name == "properties"
            ? p.Value.EnumerateObject().Select(q => q.Name).Concat(p.Value.EnumerateObject().SelectMany(q => PropertyNames(q.Value)))
            : PropertyNames(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(PropertyNames),
        _ => [],
    };

    private static IEnumerable<string> EnumValues(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => p.Name == "enum" && p.Value.GetArrayLength() > 1
            ? p.Value.EnumerateArray().Select(v => v.GetString()!)
            : EnumValues(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(EnumValues),
        _ => [],
    };

    [GeneratedRegex("^```yaml\\n(?<body>.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex YamlBlock();
}
