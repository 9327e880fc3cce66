using Governance.Model.Loading;

namespace Governance.Model.Tests.Loading.Reading;

/// <summary>Text values that are written but are not text a person could mean: blank text and control characters.</summary>
public class TextValueTests
{
    private const string Person = "people:\n  - id: jdoe\n    name: NAME\n    type: officer\n";

    private const string Dcs = "posts:\n  - id: dcs\n    role: directorOfChildrensServices\n    holder: HOLDER\n";

    private static AuthorityLoadResult WithName(string name) =>
        TestYaml.LoadWithHeader(Person.Replace("NAME", name, StringComparison.Ordinal));

    [TestCase("\" \"")]
    [TestCase("'   '")]
    [TestCase("\"\"")]
    [TestCase("\"\\t\"")]
    public void QuotedBlankReference_IsAnErrorNotAVacancy(string blank)
    {
        var result = TestYaml.LoadWithHeader(Person.Replace("NAME", "Jane Doe", StringComparison.Ordinal) + Dcs.Replace("HOLDER", blank, StringComparison.Ordinal));

        var diagnostic = result.Only();
        diagnostic.Code.Should().Be("GOV171");
        diagnostic.Message.Should().Contain("'holder'").And.Contain("not a value");
        diagnostic.ShouldBeAt(12, 13);
        result.Authorities.Should().BeEmpty("a post whose holder is blank is not a vacant post");
    }

    [Test]
    public void NoHolderAtAll_IsStillAVacancy()
    {
        var result = TestYaml.LoadWithHeader(Dcs.Replace("    holder: HOLDER\n", string.Empty, StringComparison.Ordinal));

        result.Diagnostics.Should().BeEmpty();
        result.Authorities.Single().Posts.Single().Holder.Should().BeNull();
    }

    [TestCase("\\n", "a line break (U+000A)")]
    [TestCase("\\r", "a carriage return (U+000D)")]
    [TestCase("\\e", "an escape character (U+001B)")]
    [TestCase("\\0", "a null character (U+0000)")]
    [TestCase("\\x07", "U+0007")]
    [TestCase("\\x7F", "U+007F")]
    [TestCase("\\N", "U+0085")]
    [TestCase("\\L", "a line separator (U+2028)")]
    [TestCase("\\P", "a paragraph separator (U+2029)")]
    public void ControlCharacterInAName_IsRefusedAtTheCharacter(string escape, string named)
    {
        var result = WithName($"\"Jane{escape}Doe\"");

        var diagnostic = result.Only();
        diagnostic.Code.Should().Be("GOV170");
        diagnostic.Message.Should().Contain("'name'").And.Contain(named);
        diagnostic.ShouldBeAt(7, 16);
        result.Authorities.Should().BeEmpty();
    }

    [Test]
    public void EveryControlCharacterButTab_IsRefused()
    {
        var controls = Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Concat([0x2028, 0x2029]).Where(c => c != '\t');

        foreach (var control in controls)
        {
            var diagnostics = WithName($"\"Jane\\u{control:X4}Doe\"").Diagnostics;

            diagnostics.Select(d => d.Code).Should().Equal(["GOV170"], $"U+{control:X4} is a control character");
        }
    }

    [Test]
    public void ForgedReportLinesInABlockName_AreRefusedAtTheFirstLineBreak()
    {
        var result = WithName("|\n      Jane Doe\n      test.yaml:1:1: error GOV999: forged\n      ::error file=x::forged");

        result.Only().Code.Should().Be("GOV170");
        result.Only().ShouldBeAt(8, 15);
    }

    [Test]
    public void RawEscapeByteInAName_IsRefused()
    {
        var result = WithName("Jane\u001b[31mDoe");

        result.Authorities.Should().BeEmpty();
        result.Diagnostics.Should().NotBeEmpty();
        result.Diagnostics.Select(d => d.Code).Should().BeSubsetOf(["GOV170", "GOV104"]);
    }

    [Test]
    public void TabInAName_IsAccepted() =>
        WithName("\"Jane\\tDoe\"").Authorities.Single().People.Single().Name.Should().Be("Jane\tDoe");

    [Test]
    public void ReasonsOfSeveralParagraphs_AreAcceptedButNotOtherControlCharacters()
    {
        const string Departure = "departures:\n  - ruleId: dcs-dass-combined\n    reasons: REASONS\n    decidedBy: Cabinet\n    decidedOn: 2009-09-14\n";

        var paragraphs = TestYaml.LoadWithHeader(Departure.Replace("REASONS", ">-\n      First.\n\n      Second.", StringComparison.Ordinal));
        var escaped = TestYaml.LoadWithHeader(Departure.Replace("REASONS", "\"First.\\eSecond.\"", StringComparison.Ordinal));

        paragraphs.Authorities.Single().Departures.Single().Reasons.Should().Be("First.\nSecond.");
        escaped.Only().Code.Should().Be("GOV170");
    }
}
