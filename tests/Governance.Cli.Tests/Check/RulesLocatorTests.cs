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

        var location = RulesLocator.Find(temp.Path);

        location.Should().NotBeNull();
        location!.Path.Should().Be("rules");
    }

    [Test]
    public void A_rules_folder_above_the_current_directory_is_found()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(Path.Combine(temp.Path, "rules"));
        var deep = Directory.CreateDirectory(Path.Combine(temp.Path, "authorities", "north")).FullName;

        var location = RulesLocator.Find(deep);

        location!.Path.Should().Be(Path.Combine(temp.Path, "rules"));
        location.HowFound.Should().Be($"found in {temp.Path}");
    }

    [Test]
    public void Without_a_rules_folder_here_or_above_the_rule_set_shipped_inside_the_tool_is_used()
    {
        using var temp = new TempFolder();
        var work = Directory.CreateDirectory(Path.Combine(temp.Path, "work")).FullName;

        var location = RulesLocator.Find(work);

        location.Should().Be(RulesLocation.Shipped);
        location.Path.Should().BeNull();
        location.Name.Should().Be("the shipped rule set");
    }
}
