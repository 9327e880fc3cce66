using System.Xml.Linq;
using Governance.Cli.Tests.Support;

namespace Governance.Cli.Tests;

/// <summary>
/// The packages carry THIRD-PARTY-NOTICES.md; it must name every package the shipped projects depend on (the tool
/// package carries their assemblies), so adding a dependency without its notice fails here.
/// </summary>
public class ThirdPartyNoticesTests
{
    [Test]
    public void Every_package_a_shipped_project_depends_on_has_a_notice()
    {
        var notices = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "THIRD-PARTY-NOTICES.md"));
        var dependencies = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.csproj", SearchOption.AllDirectories)
            .SelectMany(project => XDocument.Load(project).Descendants("PackageReference"))
            .Where(reference => (string?)reference.Attribute("PrivateAssets") != "all")
            .Select(reference => (string)reference.Attribute("Include")!)
            .Distinct()
            .ToList();

        dependencies.Should().NotBeEmpty();
        dependencies.Where(package => !notices.Contains($"| {package} |", StringComparison.Ordinal))
            .Should().BeEmpty("each package dependency of src/ needs a row (package, users, licence, copyright) in THIRD-PARTY-NOTICES.md");
    }

    [Test]
    public void The_repository_is_MIT_licensed_and_every_package_says_so()
    {
        File.ReadAllText(Path.Combine(RepositoryPaths.Root, "LICENSE")).Should().StartWith("MIT License");
        File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "Directory.Build.props"))
            .Should().Contain("<PackageLicenseExpression>MIT</PackageLicenseExpression>");
    }
}
