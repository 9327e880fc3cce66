using Governance.Reading;

namespace Governance.Model.Tests.Reading;

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

    [TestCase("kitten", "sitting", 3)]
    [TestCase("role", "rloe", 1)]
    [TestCase("", "abc", 3)]
    [TestCase("same", "same", 0)]
    public void Distance_counts_edits_with_adjacent_swaps_as_one(string a, string b, int expected) =>
        Suggestions.Distance(a, b).Should().Be(expected);

    [TestCase("holdr", "holder")]
    [TestCase("Role", "role")]
    [TestCase("ISVACANT", "isVacant")]
    [TestCase("reportTo", "reportsTo")]
    public void Closest_finds_likely_slips(string written, string expected) =>
        Suggestions.Closest(written, ["role", "holder", "isVacant", "reportsTo", "start"]).Should().Be(expected);

    [TestCase("xyz")]
    [TestCase("authority")]
    [TestCase("role")]
    public void Closest_suggests_nothing_when_nothing_is_close_or_the_name_is_exact(string written) =>
        Suggestions.Closest(written, ["role", "holder", "start"]).Should().BeNull();

    [Test]
    public void Hidden_binding_names_are_never_suggested_or_listed()
    {
        Suggestions.Closest("$2", ["$1", "x"]).Should().BeNull();
        Suggestions.List(["$1", "dcs", "asAt"]).Should().Be("'dcs', 'asAt'");
    }

    [Test]
    public void Long_lists_are_cut_short()
    {
        var names = Enumerable.Range(1, Suggestions.ListLimit + 4).Select(i => $"n{i}").ToList();
        Suggestions.List(names).Should().EndWith($"'n{Suggestions.ListLimit}' and 4 more");
    }
}
