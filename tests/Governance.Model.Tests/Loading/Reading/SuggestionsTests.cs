using Governance.Model.Loading.Reading;

namespace Governance.Model.Tests.Loading.Reading;

public class SuggestionsTests
{
    [TestCase("holdr", "holder")]
    [TestCase("reportTo", "reportsTo")]
    [TestCase("REPORTSTO", "reportsTo")]
    [TestCase("hodler", "holder")]
    public void Closest_NearMisses_AreFound(string word, string expected) =>
        Suggestions.Closest(word, ["id", "role", "holder", "reportsTo"]).Should().Be(expected);

    [TestCase("colour")]
    [TestCase("")]
    public void Closest_NothingNear_IsNull(string word) =>
        Suggestions.Closest(word, ["id", "role", "holder", "reportsTo"]).Should().BeNull();

    [Test]
    public void Closest_VeryLongWord_IsNotCompared() =>
        Suggestions.Closest(new string('a', 10_000), [new string('a', 9_999)]).Should().BeNull();

    [TestCase("abc", "abc", 0)]
    [TestCase("abc", "acb", 1)]
    [TestCase("kitten", "sitting", 3)]
    public void Distance_CountsEditsIncludingSwaps(string a, string b, int expected) =>
        Suggestions.Distance(a, b).Should().Be(expected);
}
