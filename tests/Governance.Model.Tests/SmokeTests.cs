namespace Governance.Model.Tests;

public class SmokeTests
{
    [Test]
    public void Builds() => 1.Should().Be(1);
}
