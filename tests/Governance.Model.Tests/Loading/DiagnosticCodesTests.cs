using System.Reflection;
using Governance.Model.Loading.Reading;
using Governance.Model.Tests.Schemas;

namespace Governance.Model.Tests.Loading;

/// <summary>The codes are unique and each is documented, so docs/diagnostics.md cannot fall behind.</summary>
public class DiagnosticCodesTests
{
    private static readonly string[] Codes = typeof(DiagnosticCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    [Test]
    public void Codes_AreUniqueAndInTheAuthorityFileRange()
    {
        Codes.Should().OnlyHaveUniqueItems();
        Codes.Should().OnlyContain(c => c.Length == 6 && c.StartsWith("GOV1", StringComparison.Ordinal));
    }

    [Test]
    public void Codes_AreEachDocumentedInDiagnosticsMd()
    {
        var docs = File.ReadAllText(Path.Join(RepositoryPaths.Root, "docs", "diagnostics.md"));

        Codes.Should().OnlyContain(code => docs.Contains($"| {code} |", StringComparison.Ordinal));
    }
}
