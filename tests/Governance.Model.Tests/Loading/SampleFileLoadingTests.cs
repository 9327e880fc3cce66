using System.Text.RegularExpressions;
using Governance.Model.Loading;
using Governance.Model.Tests.Schemas;

namespace Governance.Model.Tests.Loading;

/// <summary>The shipped samples: the valid ones load cleanly, each broken one gives the code its comment expects.</summary>
public partial class SampleFileLoadingTests
{
    [Test]
    public void SampleAuthorities_LoadWithoutDiagnostics()
    {
        var result = AuthorityLoader.LoadFolder(RepositoryPaths.SampleAuthorities);

        result.Diagnostics.Should().BeEmpty();
        result.Authorities.Should().HaveCount(result.Files.Count).And.NotBeEmpty();
        result.Authorities.Should().OnlyContain(a => a.IsChildrensServicesAuthority);
    }

    [TestCaseSource(nameof(InvalidSamples))]
    public void InvalidSample_GivesTheExpectedLoaderError(string file)
    {
        var expected = ExpectedCode().Match(File.ReadAllText(file));
        expected.Success.Should().BeTrue("{0} should say which loader error it expects", file);

        var result = AuthorityLoader.LoadFile(file);

        result.Authorities.Should().BeEmpty();
        result.Diagnostics.Should().ContainSingle(d => d.Severity == DiagnosticSeverity.Error)
            .Which.Code.Should().Be(expected.Groups[1].Value);
    }

    private static IEnumerable<string> InvalidSamples() =>
        Directory.EnumerateFiles(RepositoryPaths.InvalidSamples, "*.yaml").Order(StringComparer.Ordinal);

    [GeneratedRegex(@"# expect-loader-error: (GOV\d{3})")]
    private static partial Regex ExpectedCode();
}
