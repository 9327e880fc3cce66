using Governance.Cli.Check;
using Governance.Cli.Tests.Support;

namespace Governance.Cli.Tests.Check;

public class RulesLocatorTests
{
    [Test]
    public void The_rules_folder_of_the_current_directory_is_found_and_named_relative_to_it()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(Path.Combine(temp.Path, "rules"));

        var location = RulesLocator.Find(temp.Path, Path.Combine(temp.Path, "tool"));

        location.Should().NotBeNull();
        location!.Path.Should().Be("rules");
    }

    [Test]
    public void A_rules_folder_above_the_current_directory_is_found()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(Path.Combine(temp.Path, "rules"));
        var deep = Directory.CreateDirectory(Path.Combine(temp.Path, "authorities", "north")).FullName;

        var location = RulesLocator.Find(deep, Path.Combine(temp.Path, "tool"));

        location!.Path.Should().Be(Path.Combine(temp.Path, "rules"));
        location.HowFound.Should().Be($"found in {temp.Path}");
    }

    [Test]
    public void Without_a_rules_folder_above_the_shipped_rules_next_to_the_tool_are_used()
    {
        using var temp = new TempFolder();
        var work = Directory.CreateDirectory(Path.Combine(temp.Path, "work")).FullName;
        var tool = Directory.CreateDirectory(Path.Combine(temp.Path, "tool", "rules")).Parent!.FullName;

        var location = RulesLocator.Find(work, tool);

        location!.Path.Should().Be(Path.Combine(tool, "rules"));
        location.HowFound.Should().Be("shipped with the tool");
    }

    [Test]
    public void The_rules_shipped_with_the_tool_are_copied_next_to_it()
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "rules");
        var source = RepositoryPaths.Rules;
        var expected = Directory.Exists(source)
            ? Directory.EnumerateFiles(source, "*.y*ml", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(source, f)).Order(StringComparer.Ordinal).ToList()
            : [];

        var copied = Directory.Exists(shipped)
            ? Directory.EnumerateFiles(shipped, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(shipped, f)).Order(StringComparer.Ordinal).ToList()
            : [];

        copied.Should().Equal(expected);
    }
}
