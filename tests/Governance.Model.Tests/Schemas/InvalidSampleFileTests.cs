using System.Text.RegularExpressions;

namespace Governance.Model.Tests.Schemas;

/// <summary>
/// The deliberately broken files in samples/invalid. Each says in a comment what the schema should make of it:
/// <c># expect-schema-error: Kind at #/path</c>, or <c># expect-schema: valid</c> for a fault only the loader
/// can find (a dangling reference, a duplicate id).
/// </summary>
public partial class InvalidSampleFileTests
{
    private static IEnumerable<TestCaseData> InvalidFiles() =>
        Directory.GetFiles(RepositoryPaths.InvalidSamples, "*.yaml")
            .Order(StringComparer.Ordinal)
            .Select(path => new TestCaseData(path).SetArgDisplayNames(Path.GetFileName(path)));

    private static IEnumerable<TestCaseData> SchemaInvalidFiles() =>
        InvalidFiles().Where(c => ExpectedError((string)c.Arguments[0]!) is not null);

    private static IEnumerable<TestCaseData> SchemaValidFiles() =>
        InvalidFiles().Where(c => ExpectedError((string)c.Arguments[0]!) is null);

    [Test]
    public void There_are_files_of_both_sorts()
    {
        SchemaInvalidFiles().Should().HaveCountGreaterThanOrEqualTo(3);
        SchemaValidFiles().Should().HaveCountGreaterThanOrEqualTo(1);
    }

    [TestCaseSource(nameof(InvalidFiles))]
    public void File_states_its_expectation_and_is_described_in_the_README(string path)
    {
        var text = File.ReadAllText(path);
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.InvalidSamples, "README.md"));

        (ExpectSchemaErrorLine().IsMatch(text) ^ text.Contains("# expect-schema: valid", StringComparison.Ordinal))
            .Should().BeTrue("each file must say either 'expect-schema-error' or 'expect-schema: valid', not both");
        text.Should().Contain("# expect-loader-error: GOV");
        readme.Should().Contain($"`{Path.GetFileName(path)}`");
    }

    [TestCaseSource(nameof(SchemaInvalidFiles))]
    public void File_fails_schema_validation_with_the_expected_error(string path)
    {
        var (kind, location) = ExpectedError(path)!.Value;

        var errors = AuthoritySchemaValidator.ValidateFile(path);

        AuthoritySchemaValidator.Flatten(errors)
            .Should().Contain(e => e.Kind.ToString() == kind && e.Path == location, AuthoritySchemaValidator.Describe(errors));
    }

    [TestCaseSource(nameof(SchemaValidFiles))]
    public void File_whose_fault_only_the_loader_finds_passes_the_schema(string path)
    {
        var errors = AuthoritySchemaValidator.ValidateFile(path);

        errors.Should().BeEmpty(AuthoritySchemaValidator.Describe(errors));
    }

    private static (string Kind, string Path)? ExpectedError(string path)
    {
        var match = ExpectSchemaErrorLine().Match(File.ReadAllText(path));
        return match.Success ? (match.Groups["kind"].Value, match.Groups["path"].Value) : null;
    }

    [GeneratedRegex(@"^# expect-schema-error: (?<kind>\w+) at (?<path>\S+)$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex ExpectSchemaErrorLine();
}
