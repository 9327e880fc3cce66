using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Governance.Cli.Tests.Support;
using Governance.Rules;

namespace Governance.Cli.Tests.Packaging;

/// <summary>
/// The library packages as a .NET developer gets them: <c>Governance.Model</c> and <c>Governance.Rules</c> packed with
/// <c>dotnet pack</c>, what the packages carry, and <c>samples/consumer</c> restored from those packages alone (a local
/// feed), built and run against a sample authority.
/// </summary>
[TestFixture]
[Category("Packed")]
[NonParallelizable]
public class ConsumerSampleTests
{
    private static readonly TimeSpan StepLimit = TimeSpan.FromMinutes(8);

    private TempFolder temp = null!;
    private string feed = null!;
    private ProcessOutcome packOutput = null!;
    private string artifacts = null!;

    [OneTimeSetUp]
    public void Pack()
    {
        temp = new TempFolder();
        feed = Path.Combine(temp.Path, "feed");
        // Build outputs inside the repository (artifacts/ is ignored by git), as a plain `dotnet pack` has them, but
        // apart from the build these tests run from.
        artifacts = Path.Combine(RepositoryPaths.Root, "artifacts", "test-pack-" + Guid.NewGuid().ToString("N"));
        var log = new StringBuilder();
        foreach (var project in new[] { "Governance.Rules", "Governance.Model" })
        {
            packOutput = Dotnet(
                ["pack", Path.Combine(RepositoryPaths.Root, "src", project), "--configuration", "Release", "--output", feed,
                 "--artifacts-path", artifacts, "-warnaserror", "-nodeReuse:false", "-p:UseSharedCompilation=false"],
                RepositoryPaths.Root,
                null);
            log.Append(packOutput);
            packOutput.ExitCode.Should().Be(0, packOutput.ToString());
        }
    }

    [OneTimeTearDown]
    public void Clean()
    {
        temp?.Dispose();
        if (artifacts is not null && Directory.Exists(artifacts))
        {
            Directory.Delete(artifacts, recursive: true);
        }
    }

    [Test]
    public void Each_library_package_carries_its_licence_readme_notices_repository_commit_and_symbols()
    {
        foreach (var id in new[] { "Governance.Model", "Governance.Rules" })
        {
            using var package = ZipFile.OpenRead(PackagePath(id, ".nupkg"));
            var nuspec = XDocument.Load(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
            var metadata = nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
            string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

            metadata.Elements().Single(e => e.Name.LocalName == "license").Should().Match<XElement>(e => e.Value == "MIT" && (string?)e.Attribute("type") == "expression");
            Value("readme").Should().Be("README.md");
            Value("description").Should().NotBeNullOrWhiteSpace();
            Value("tags").Should().Contain("governance");
            metadata.Elements().Single(e => e.Name.LocalName == "repository").Attribute("commit")!.Value.Should().MatchRegex("^[0-9a-f]{40}$");
            package.Entries.Select(e => e.FullName).Should().Contain(["README.md", "THIRD-PARTY-NOTICES.md", $"lib/net10.0/{id}.dll", $"lib/net10.0/{id}.xml"]);
            File.Exists(PackagePath(id, ".snupkg")).Should().BeTrue($"{id} has a symbol package");
        }
    }

    [Test]
    public void The_library_assemblies_record_no_path_of_the_machine_that_built_them()
    {
        foreach (var id in new[] { "Governance.Model", "Governance.Rules" })
        {
            using var package = ZipFile.OpenRead(PackagePath(id, ".nupkg"));
            using var dll = new MemoryStream();
            package.GetEntry($"lib/net10.0/{id}.dll")!.Open().CopyTo(dll);
            var text = Encoding.UTF8.GetString(dll.ToArray());

            text.Contains(RepositoryPaths.Root, StringComparison.Ordinal).Should().BeFalse($"{id}.dll is built deterministically: paths are /_/..., not {RepositoryPaths.Root}");
            text.Contains(temp.Path, StringComparison.Ordinal).Should().BeFalse($"{id}.dll names no other folder of the machine");
            text.Contains("/_/", StringComparison.Ordinal).Should().BeTrue($"{id}.dll names its symbols by the mapped path");
        }
    }

    [Test]
    public void The_rules_package_carries_the_shipped_rule_set_inside_its_assembly_not_as_loose_files()
    {
        using var package = ZipFile.OpenRead(PackagePath("Governance.Rules", ".nupkg"));

        package.Entries.Where(e => e.FullName.EndsWith(".yaml", StringComparison.Ordinal)).Should().BeEmpty();
        using var dll = new MemoryStream();
        package.GetEntry("lib/net10.0/Governance.Rules.dll")!.Open().CopyTo(dll);
        Encoding.UTF8.GetString(dll.ToArray()).Should().Contain("rules/guidance/DCSF-00686-2009.yaml").And.Contain("rules/dcs/dcs-dass-combined.yaml");
    }

    [Test]
    [CancelAfter(900_000)]
    public void The_consumer_sample_restores_from_the_packages_alone_builds_and_checks_an_authority(CancellationToken cancellationToken)
    {
        var version = Path.GetFileNameWithoutExtension(PackagePath("Governance.Rules", ".nupkg"))["Governance.Rules.".Length..];
        var app = Path.Combine(temp.Path, "consumer");
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "samples", "consumer")))
        {
            Directory.CreateDirectory(app);
            File.Copy(file, Path.Combine(app, Path.GetFileName(file)));
        }

        // Sources: the feed of packed packages, and the machine's package folder for YamlDotNet (already there from the
        // test build), so no network is needed; a package cache of its own, so no earlier Governance package is reused.
        var globalPackages = Dotnet(["nuget", "locals", "global-packages", "--list"], app, null).Stdout.Split(':', 2)[1].Trim();
        temp.Write(
            "consumer/nuget.config",
            $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="feed" value="{feed}" />
                <add key="machine" value="{globalPackages}" />
              </packageSources>
            </configuration>
            """);
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(temp.Path, "nuget-packages") };

        var build = Dotnet(["build", app, $"-p:GovernanceVersion={version}", "-nodeReuse:false", "-p:UseSharedCompilation=false"], app, environment);
        build.ExitCode.Should().Be(0, build.ToString());
        var assets = File.ReadAllText(Path.Combine(app, "obj", "project.assets.json"));
        assets.Should().Contain($"\"Governance.Rules/{version}\"").And.Contain($"\"Governance.Model/{version}\"").And.NotContain("\"type\": \"project\"");

        var json = Path.Combine(temp.Path, "findings.json");
        var run = ProcessRunner.Run(
            ProcessRunner.Dotnet,
            [Path.Combine(app, "bin", "Debug", "net10.0", "Consumer.dll"), RepositoryPaths.SampleAuthority("derby.yaml"), json],
            temp.Path,
            null,
            TimeSpan.FromMinutes(1),
            cancellationToken);

        run.ExitCode.Should().Be(1, run.ToString());
        run.StdoutLines.Should().Contain(line => line.EndsWith(
            "derby.yaml:66:5: error dcs-on-senior-management-team: Derby City Council: the Director of Children's Services, Yvonne Ashcombe, is not recorded as a member of the senior management team. [DCSF-00686-2009 para 3.5]",
            StringComparison.Ordinal));
        run.StdoutLines[^1].Should().StartWith($"Rule set {RuleSet.LoadShipped().Version}, as at ");
        using var report = JsonDocument.Parse(File.ReadAllText(json));
        report.RootElement.GetProperty("ruleSetVersion").GetString().Should().Be(RuleSet.LoadShipped().Version);
        report.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString())
            .Should().Contain("dcs-on-senior-management-team");
    }

    /// <summary>The package (or symbol package) of an id in the feed: the file named id.version.</summary>
    private string PackagePath(string id, string extension) =>
        Directory.GetFiles(feed, "*" + extension)
            .Where(f => Path.GetFileName(f).StartsWith(id + ".", StringComparison.Ordinal) && char.IsAsciiDigit(Path.GetFileName(f)[id.Length + 1]))
            .Should().ContainSingle(packOutput.ToString()).Subject;

    private static ProcessOutcome Dotnet(string[] arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment) =>
        ProcessRunner.Run(ProcessRunner.Dotnet, arguments, workingDirectory, environment, StepLimit, TestContext.CurrentContext.CancellationToken);
}
