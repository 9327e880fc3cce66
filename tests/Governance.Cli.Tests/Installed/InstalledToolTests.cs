using System.IO.Compression;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Xml.Linq;
using Governance.Cli.Tests.Support;
using Governance.Rules;

namespace Governance.Cli.Tests.Installed;

/// <summary>
/// The tool as a user gets it: packed with <c>dotnet pack</c> (a package for each platform, compiled ReadyToRun, a
/// portable one, and the <c>Governance.Cli</c> package that points at them), installed with <c>dotnet tool install</c>
/// from those packages alone, and run as a process, from the repository's root or, to use the rules the package
/// carries, from a folder outside the repository. The portable package, which platforms without a package of their own
/// get, is installed and run too.
/// </summary>
[TestFixture]
[Category("Installed")]
[NonParallelizable]
public class InstalledToolTests
{
    // The platforms with a ReadyToRun package of their own (Governance.Cli.csproj); every other platform gets "any".
    private static readonly string[] Platforms = ["linux-x64", "linux-arm64", "win-x64", "osx-arm64"];

    // One pack makes six packages, four of them compiled ReadyToRun: minutes on a busy 2-core machine.
    private static readonly TimeSpan StepLimit = TimeSpan.FromMinutes(12);

    private TempFolder temp = null!;
    private string packages = null!;
    private string toolPath = null!;
    private string portableToolPath = null!;

    [OneTimeSetUp]
    public void PackAndInstall()
    {
        temp = new TempFolder();
        packages = Path.Combine(temp.Path, "packages");
        toolPath = Path.Combine(temp.Path, "tools");
        portableToolPath = Path.Combine(temp.Path, "portable-tools");

        // Build into a folder of its own, so the pack never touches the build these tests run from. Restore uses the
        // repository's package versions, already in the package cache after the test build, so it needs no network.
        var pack = ProcessRunner.Run(
            ProcessRunner.Dotnet,
            ["pack", RepositoryPaths.CliProject, "--configuration", "Release", "--output", packages,
             "--artifacts-path", Path.Combine(temp.Path, "artifacts"), "-nodeReuse:false", "-p:UseSharedCompilation=false"],
            RepositoryPaths.Root,
            null,
            StepLimit,
            TestContext.CurrentContext.CancellationToken);
        pack.ExitCode.Should().Be(0, pack.ToString());

        // Install from the packed packages only: a configuration without sources, the package folder added, and a
        // package cache of its own so an earlier install of the same version is never reused. Governance.Cli is what
        // users install; Governance.Cli.any, the portable package, is installed by its own name to run it here.
        var config = temp.Write(
            "nuget.config",
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <clear />\n  </packageSources>\n</configuration>\n");
        foreach (var (package, path) in new[] { ("Governance.Cli", toolPath), ("Governance.Cli.any", portableToolPath) })
        {
            var install = ProcessRunner.Run(
                ProcessRunner.Dotnet,
                ["tool", "install", package, "--prerelease", "--tool-path", path, "--add-source", packages, "--configfile", config],
                temp.Path,
                new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(temp.Path, "nuget-packages") },
                StepLimit,
                TestContext.CurrentContext.CancellationToken);
            install.ExitCode.Should().Be(0, install.ToString());
        }
    }

    [OneTimeTearDown]
    public void Clean() => temp?.Dispose();

    [Test]
    public void One_pack_makes_a_package_for_each_platform_a_portable_one_and_the_package_that_points_at_them()
    {
        var version = Path.GetFileName(Directory.GetFiles(packages, "Governance.Cli.any.*.nupkg").Should().ContainSingle().Subject)["Governance.Cli.any.".Length..^".nupkg".Length];
        var ids = Platforms.Append("any").Select(rid => $"Governance.Cli.{rid}").ToList();

        Directory.GetFiles(packages, "*.nupkg").Select(Path.GetFileName).Should().BeEquivalentTo(
            ids.Prepend("Governance.Cli").Select(id => $"{id}.{version}.nupkg"));
        using var pointer = ZipFile.OpenRead(Path.Combine(packages, $"Governance.Cli.{version}.nupkg"));
        var settings = XDocument.Load(pointer.Entries.Single(e => e.Name == "DotnetToolSettings.xml").Open());
        settings.Descendants("RuntimeIdentifierPackage").Select(p => ((string)p.Attribute("RuntimeIdentifier")!, (string)p.Attribute("Id")!))
            .Should().BeEquivalentTo(Platforms.Append("any").Select(rid => (rid, $"Governance.Cli.{rid}")));
        pointer.Entries.Should().NotContain(e => e.Name.EndsWith(".dll", StringComparison.Ordinal), "the code is in the platforms' packages");
    }

    [Test]
    public void Dotnet_tool_install_picks_this_machine_s_package_compiled_ReadyToRun()
    {
        var expected = Platforms.Contains(RuntimeInformation.RuntimeIdentifier) ? RuntimeInformation.RuntimeIdentifier : "any";

        var installed = Path.GetDirectoryName(InstalledAssembly(toolPath))!;

        installed.Split(Path.DirectorySeparatorChar).Should().Contain($"governance.cli.{expected}");
        if (expected != "any")
        {
            IsReadyToRun(Path.Combine(installed, "governance.dll")).Should().BeTrue();
            IsReadyToRun(Path.Combine(installed, "Governance.Rules.dll")).Should().BeTrue();
        }
    }

    [Test]
    [CancelAfter(120_000)]
    public void The_portable_package_is_compiled_by_the_JIT_and_checks_the_samples(CancellationToken cancellationToken)
    {
        IsReadyToRun(InstalledAssembly(portableToolPath)).Should().BeFalse();

        var outcome = ProcessRunner.Run(
            Path.Combine(portableToolPath, OperatingSystem.IsWindows() ? "governance.exe" : "governance"),
            ["check", "samples/authorities"],
            RepositoryPaths.Root,
            null,
            TimeSpan.FromMinutes(1),
            cancellationToken);

        outcome.ExitCode.Should().Be(ExitCodes.FindingsFailed, outcome.ToString());
        outcome.StdoutLines.Should().Contain(l => l.StartsWith("samples/authorities/derby.yaml:66:5: error dcs-on-senior-management-team: ", StringComparison.Ordinal));
    }

    [Test]
    [CancelAfter(120_000)]
    public void The_installed_tool_prints_its_version(CancellationToken cancellationToken)
    {
        var outcome = RunTool(["--version"], cancellationToken);

        outcome.ExitCode.Should().Be(ExitCodes.Success, outcome.ToString());
        outcome.StdoutLines.Should().ContainSingle().Which.Should().StartWith("0.1.0");
    }

    [Test]
    [CancelAfter(120_000)]
    public void The_installed_tool_validates_the_samples_and_reports_a_broken_file_with_exit_code_2(CancellationToken cancellationToken)
    {
        var outcome = RunTool(
            ["validate", "samples/authorities", "samples/invalid/unknown-key.yaml"],
            cancellationToken);

        outcome.ExitCode.Should().Be(ExitCodes.InvalidInput, outcome.ToString());
        outcome.StdoutLines.Should().Equal(
            "samples/invalid/unknown-key.yaml:18:5: error GOV120: 'chairIndependent' is not a key of a board. Did you mean 'chairIsIndependent'? Valid keys: id, kind, name, chair, chairName, chairIsIndependent, chairs, members.",
            "6 files, 5 authorities: 1 error, 0 warnings");
        outcome.Stderr.Should().BeEmpty();
    }

    [Test]
    [CancelAfter(120_000)]
    public void The_installed_tool_exits_0_on_the_clean_samples(CancellationToken cancellationToken)
    {
        var outcome = RunTool(["validate", "samples/authorities"], cancellationToken);

        outcome.ExitCode.Should().Be(ExitCodes.Success, outcome.ToString());
        outcome.StdoutLines.Should().Equal("5 files, 5 authorities: 0 errors, 0 warnings");
    }

    [Test]
    [CancelAfter(120_000)]
    public void The_installed_tool_exits_64_on_a_usage_error(CancellationToken cancellationToken)
    {
        var outcome = RunTool(["validate"], cancellationToken);

        outcome.ExitCode.Should().Be(ExitCodes.UsageError, outcome.ToString());
        outcome.Stderr.Should().Contain("Run 'governance validate --help' to see the usage.");
    }

    [Test]
    [CancelAfter(120_000)]
    public void The_installed_tool_checks_the_samples_with_the_rules_it_carries(CancellationToken cancellationToken)
    {
        // A working folder with an unrelated rules/ folder in it, broken: the tool never picks rules up from the working
        // folder, only from its package (which --verbose names) and from folders named with --rules.
        var work = Directory.CreateDirectory(Path.Combine(temp.Path, "work")).FullName;
        Directory.CreateDirectory(Path.Combine(work, "rules"));
        File.WriteAllText(Path.Combine(work, "rules", "not-a-rule.yaml"), "this: [is not a rule\n");
        var authorities = Path.Combine(work, "authorities");
        Directory.CreateDirectory(authorities);
        foreach (var file in Directory.GetFiles(RepositoryPaths.SampleAuthorities, "*.yaml"))
        {
            File.Copy(file, Path.Combine(authorities, Path.GetFileName(file)));
        }

        var outcome = ProcessRunner.Run(
            ToolExecutable, ["check", "authorities", "--verbose", "--output", "sarif=findings.sarif"], work, null, TimeSpan.FromMinutes(1), cancellationToken);

        outcome.ExitCode.Should().Be(ExitCodes.FindingsFailed, outcome.ToString());
        outcome.Stderr.Should().Be("governance: rules from shipped rules\n");
        using var sarif = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(work, "findings.sarif")));
        sarif.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength().Should().Be(3);
        outcome.StdoutLines.Where(line => line.StartsWith("authorities/", StringComparison.Ordinal)).Should().Equal(
            "authorities/derby.yaml:66:5: error dcs-on-senior-management-team: Derby City Council: the Director of Children's Services, Yvonne Ashcombe, is not recorded as a member of the senior management team. [DCSF-00686-2009 para 3.5]",
            "authorities/derby.yaml:167:1: note lscb-annual-report: Derby City Council: no annual report of the Derby Safeguarding Children Board published in the year to 2010-06-30 and submitted to the Children's Trust Board is recorded. [DCSF-00686-2009 para 3.34]",
            "authorities/wigan.yaml:82:5: note (departed) dcs-dass-combined: Wigan Metropolitan Borough Council: Alison Lomax is both DCS and DASS. [DCSF-00686-2009 para 3.13]");
        var version = RuleSet.LoadOrThrow(RepositoryPaths.Rules).Version;
        outcome.StdoutLines.Should().ContainSingle(line => line.StartsWith($"Checked 5 authorities as at 2010-09-01 against rule set {version} (", StringComparison.Ordinal)
            && line.Contains("(shipped rules; ", StringComparison.Ordinal) && line.EndsWith(" rules in force).", StringComparison.Ordinal));
        outcome.StdoutLines[^2].Should().Be("Findings: 1 error, 0 warnings, 2 notes (2 open, 1 departed); 1 finding at or above --fail-on warning.");
    }

    [Test]
    [CancelAfter(120_000)]
    public void The_installed_tool_reports_the_coverage_of_the_rules_it_carries_and_lints_the_repository_s_rules(CancellationToken cancellationToken)
    {
        var elsewhere = Directory.CreateDirectory(Path.Combine(temp.Path, "elsewhere")).FullName;
        var coverage = GuidanceCoverage.Of(RuleSet.LoadOrThrow(RepositoryPaths.Rules));

        var covered = ProcessRunner.Run(ToolExecutable, ["coverage", "--format", "json"], elsewhere, null, TimeSpan.FromMinutes(1), cancellationToken);
        var linted = RunTool(["lint", "rules", "--no-shipped-rules"], cancellationToken);

        covered.ExitCode.Should().Be(ExitCodes.Success, covered.ToString());
        using var json = System.Text.Json.JsonDocument.Parse(covered.Stdout);
        json.RootElement.GetProperty("summary").GetProperty("headline").GetString()
            .Should().Be($"{coverage.CheckableChecked} of {coverage.CheckableCount} checkable items are checked");
        linted.ExitCode.Should().Be(ExitCodes.Success, linted.ToString());
        linted.StdoutLines.Should().ContainSingle().Which.Should().StartWith("rules: ").And.EndWith(": 0 errors, 0 warnings");
    }

    [Test]
    public void The_tool_package_carries_no_loose_rule_files_the_rule_set_is_inside_the_library()
    {
        var assembly = InstalledAssembly(toolPath);

        Directory.EnumerateFiles(Path.GetDirectoryName(assembly)!, "*.y*ml", SearchOption.AllDirectories).Should().BeEmpty();
        File.Exists(Path.Combine(Path.GetDirectoryName(assembly)!, "Governance.Rules.dll")).Should().BeTrue();
    }

    /// <summary>The tool's own assembly, where <c>dotnet tool install</c> put it.</summary>
    private static string InstalledAssembly(string tools) =>
        Directory.GetFiles(Path.Combine(tools, ".store"), "governance.dll", SearchOption.AllDirectories).Should().ContainSingle().Subject;

    /// <summary>Whether an assembly holds code compiled ahead of time (ReadyToRun), not only IL for the JIT.</summary>
    private static bool IsReadyToRun(string assembly)
    {
        using var reader = new PEReader(File.OpenRead(assembly));
        return reader.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0;
    }

    private string ToolExecutable => Path.Combine(toolPath, OperatingSystem.IsWindows() ? "governance.exe" : "governance");

    [Test]
    [CancelAfter(240_000)]
    public void The_installed_tool_runs_the_rules_tests_writes_a_schema_explains_a_rule_and_writes_the_rule_docs(CancellationToken cancellationToken)
    {
        var docsFolder = Path.Combine(temp.Path, "rule-docs");

        var tested = RunTool(["test", "rules", "--no-shipped-rules"], cancellationToken);
        var schema = RunTool(["schema", "authority"], cancellationToken);
        var explained = RunTool(["explain", "samples/authorities/derby.yaml", "--rule", "dcs-on-senior-management-team"], cancellationToken);
        var docs = RunTool(["docs", "--output", docsFolder], cancellationToken);

        tested.ExitCode.Should().Be(ExitCodes.Success, tested.ToString());
        tested.StdoutLines[^1].Should().MatchRegex(@"^[1-9]\d* passed, 0 failed$");
        schema.ExitCode.Should().Be(ExitCodes.Success, schema.ToString());
        using (var written = System.Text.Json.JsonDocument.Parse(schema.Stdout))
        {
            written.RootElement.GetProperty("title").GetString().Should().Be("Children's services governance arrangements of an English local authority");
        }

        explained.ExitCode.Should().Be(ExitCodes.Success, explained.ToString());
        explained.StdoutLines.Should().Contain("It fired: 1 finding.");
        docs.ExitCode.Should().Be(ExitCodes.Success, docs.ToString());
        File.ReadAllText(Path.Combine(docsFolder, "rules.md")).Should().Contain("dcs-dass-combined");
        File.Exists(Path.Combine(docsFolder, "facts.md")).Should().BeTrue();
    }

    [Test]
    [CancelAfter(120_000)]
    public void The_action_s_step_checks_the_samples_with_annotations_and_SARIF_and_fails_on_their_findings(CancellationToken cancellationToken)
    {
        var sarif = Path.Combine(temp.Path, "action.sarif");
        var outputs = temp.Write("action-outputs.txt", string.Empty);

        var outcome = RunActionStep(
            new Dictionary<string, string> { ["GOVERNANCE_PATHS"] = "samples/authorities", ["GOVERNANCE_SARIF"] = sarif, ["GITHUB_OUTPUT"] = outputs },
            cancellationToken);

        outcome.ExitCode.Should().Be(ExitCodes.FindingsFailed, outcome.ToString());
        outcome.StdoutLines.Should().Contain(l => l.StartsWith("::error file=samples/authorities/derby.yaml,line=66,col=5,", StringComparison.Ordinal));
        using (var log = System.Text.Json.JsonDocument.Parse(File.ReadAllText(sarif)))
        {
            log.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength().Should().BePositive();
        }

        File.ReadAllLines(outputs).Should().Equal("exit-code=1", $"sarif={sarif}");
    }

    [Test]
    [CancelAfter(120_000)]
    public void The_action_s_step_with_a_baseline_fails_only_on_new_findings_and_takes_paths_one_per_line(CancellationToken cancellationToken)
    {
        var baseline = Path.Combine(temp.Path, "baseline.sarif");
        RunActionStep(new Dictionary<string, string> { ["GOVERNANCE_PATHS"] = "samples/authorities/wigan.yaml", ["GOVERNANCE_SARIF"] = baseline }, cancellationToken)
            .ExitCode.Should().Be(ExitCodes.Success);

        var unchanged = RunActionStep(
            new Dictionary<string, string>
            {
                ["GOVERNANCE_PATHS"] = "samples/authorities/wigan.yaml\n",
                ["GOVERNANCE_SARIF"] = Path.Combine(temp.Path, "unchanged.sarif"),
                ["GOVERNANCE_BASELINE"] = baseline,
            },
            cancellationToken);
        var withNew = RunActionStep(
            new Dictionary<string, string>
            {
                ["GOVERNANCE_PATHS"] = "  samples/authorities/wigan.yaml\n  samples/authorities/derby.yaml\n",
                ["GOVERNANCE_SARIF"] = Path.Combine(temp.Path, "new.sarif"),
                ["GOVERNANCE_BASELINE"] = baseline,
            },
            cancellationToken);

        unchanged.ExitCode.Should().Be(ExitCodes.Success, unchanged.ToString());
        withNew.ExitCode.Should().Be(ExitCodes.FindingsFailed, withNew.ToString());
        withNew.StdoutLines.Should().Contain(l => l.Contains("derby.yaml", StringComparison.Ordinal) && l.StartsWith("::error ", StringComparison.Ordinal));
    }

    [Test]
    [CancelAfter(60_000)]
    public void The_action_s_step_refuses_an_empty_paths_input_with_a_usage_error(CancellationToken cancellationToken)
    {
        var outcome = RunActionStep(new Dictionary<string, string> { ["GOVERNANCE_PATHS"] = " " }, cancellationToken);

        outcome.ExitCode.Should().Be(ExitCodes.UsageError, outcome.ToString());
    }

    /// <summary>Runs the step action.yml runs, with the installed tool first on the path, from the repository's root.</summary>
    private ProcessOutcome RunActionStep(Dictionary<string, string> inputs, CancellationToken cancellationToken)
    {
        inputs["PATH"] = toolPath + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        return ProcessRunner.Run(
            "bash",
            [Path.Combine(RepositoryPaths.Root, "scripts", "governance-action.sh")],
            RepositoryPaths.Root,
            inputs,
            TimeSpan.FromMinutes(1),
            cancellationToken);
    }

    private ProcessOutcome RunTool(string[] args, CancellationToken cancellationToken) => ProcessRunner.Run(
        ToolExecutable,
        args,
        RepositoryPaths.Root,
        null,
        TimeSpan.FromMinutes(1),
        cancellationToken);
}
