using Governance.Rules.Definitions;

namespace Governance.Rules.Tests.Definitions;

public class FactGroupTests
{
    [Test]
    public void A_group_exposes_its_key_items_and_count()
    {
        var group = new FactGroup<string, int>("odd", [1, 3, 5]);

        group.Key.Should().Be("odd");
        group.Items.Should().Equal(1, 3, 5);
        group.Count.Should().Be(3);
        group.ToString().Should().Be("odd (3)");
    }

    [Test]
    public void A_group_seen_without_type_arguments_gives_the_same_key_and_items()
    {
        IFactGroup group = new FactGroup<int, string>(2, ["a", "b"]);

        group.Key.Should().Be(2);
        group.Items.Cast<string>().Should().Equal("a", "b");
        group.Count.Should().Be(2);
    }
}
