using System.Text.RegularExpressions;
using Governance.Cli.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Governance.Cli.Tests;

/// <summary>
/// The GitHub Action at the repository's root (action.yml): a composite action whose inputs all reach the step it runs,
/// scripts/governance-action.sh. The step itself is run against the installed tool in Installed/InstalledToolTests.
/// </summary>
public partial class GitHubActionTests
{
    private static string ActionFile => Path.Combine(RepositoryPaths.Root, "action.yml");

    private static string Script => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "scripts", "governance-action.sh"));

    [Test]
    public void The_action_is_composite_and_installs_the_tool_at_the_pinned_version_it_requires()
    {
        var action = Load();
        var inputs = (YamlMappingNode)action["inputs"];
        var runs = (YamlMappingNode)action["runs"];

        ((YamlScalarNode)runs["using"]).Value.Should().Be("composite");
        ((YamlScalarNode)((YamlMappingNode)inputs["version"])["required"]).Value.Should().Be("true", "a tool version is always pinned");
        ((YamlScalarNode)((YamlMappingNode)inputs["paths"])["required"]).Value.Should().Be("true");
        File.ReadAllText(ActionFile).Should().Contain("dotnet tool install Governance.Cli --version \"$GOVERNANCE_VERSION\"");
    }

    [Test]
    public void Every_input_reaches_a_step_and_every_variable_the_check_step_sets_is_read_by_the_script()
    {
        var text = File.ReadAllText(ActionFile);
        var inputs = ((YamlMappingNode)Load()["inputs"]).Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToList();
        var passed = InputUse().Matches(text).Select(m => m.Groups["name"].Value).ToHashSet();
        var variables = CheckStepVariable().Matches(text).Select(m => m.Groups["name"].Value).ToList();

        inputs.Should().NotBeEmpty();
        passed.Should().BeEquivalentTo(inputs, "each input is used, and only inputs that exist are");
        variables.Should().NotBeEmpty().And.OnlyContain(v => v == "GOVERNANCE_VERSION" || v == "GOVERNANCE_SOURCE" || Script.Contains("${" + v, StringComparison.Ordinal));
    }

    [Test]
    public void The_README_shows_a_workflow_using_the_action_with_SARIF_upload()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));

        readme.Should().Contain("uses: github/codeql-action/upload-sarif@").And.Contain("baseline:").And.Contain("version:");
    }

    private static YamlMappingNode Load()
    {
        var stream = new YamlStream();
        using var reader = new StringReader(File.ReadAllText(ActionFile));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    [GeneratedRegex(@"\$\{\{ inputs\.(?<name>[a-z-]+) \}\}")]
    private static partial Regex InputUse();

    [GeneratedRegex(@"^\s+(?<name>GOVERNANCE_[A-Z_]+): \$\{\{", RegexOptions.Multiline)]
    private static partial Regex CheckStepVariable();
}
