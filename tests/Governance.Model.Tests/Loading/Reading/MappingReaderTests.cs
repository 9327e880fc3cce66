namespace Governance.Model.Tests.Loading.Reading;

/// <summary>Keys: unknown, missing, of the wrong type, or empty.</summary>
public class MappingReaderTests
{
    [Test]
    public void UnknownKey_SuggestsTheNearestKey()
    {
        var diagnostic = TestYaml.LoadWithHeader("posts:\n  - id: dcs\n    role: leader\n    holdr: jdoe\n").Only();

        diagnostic.Code.Should().Be("GOV120");
        diagnostic.Message.Should().Contain("'holdr' is not a key of a post").And.Contain("Did you mean 'holder'?").And.Contain("Valid keys: id, role, holder");
        diagnostic.ShouldBeAt(8, 5);
    }

    [Test]
    public void UnknownTopLevelKey_InTheWrongCase_SuggestsTheRightCase() =>
        TestYaml.Load(TestYaml.Header.Replace("recordedAsAt", "recordedasat", StringComparison.Ordinal))
            .Only("GOV120").Message.Should().Contain("Did you mean 'recordedAsAt'?");

    [Test]
    public void UnknownKey_FarFromAnyKey_ListsTheValidKeysWithoutAGuess()
    {
        var diagnostic = TestYaml.LoadWithHeader("colour: blue\n").Only();

        diagnostic.Message.Should().NotContain("Did you mean").And.Contain("Valid keys: code, name, kind, recordedAsAt");
    }

    [Test]
    public void MissingRequiredKey_PointsAtTheMappingThatLacksIt()
    {
        var diagnostic = TestYaml.LoadWithHeader("people:\n  - id: jdoe\n    type: officer\n").Only();

        diagnostic.Code.Should().Be("GOV122");
        diagnostic.Message.Should().Be("A person is missing the required key 'name' (text).");
        diagnostic.ShouldBeAt(6, 5);
    }

    [Test]
    public void MissingTopLevelKeys_AreEachReportedAtTheTopMapping()
    {
        var result = TestYaml.Load("code: E10000024\nname: Nottinghamshire County Council\n");

        result.Diagnostics.Select(d => d.Code).Should().Equal("GOV122", "GOV122");
        result.Diagnostics.Select(d => d.Message).Should().Contain(m => m.Contains("'kind'", StringComparison.Ordinal))
            .And.Contain(m => m.Contains("'recordedAsAt'", StringComparison.Ordinal));
        result.Diagnostics.Should().OnlyContain(d => d.Location == new SourceLocation(TestYaml.FileName, 1, 1));
    }

    [Test]
    public void ListWhereTextIsExpected_NamesWhatWasExpected()
    {
        var diagnostic = TestYaml.Load(TestYaml.Header.Replace("name: Nottinghamshire County Council", "name: [Nottinghamshire]", StringComparison.Ordinal)).Only();

        diagnostic.Code.Should().Be("GOV123");
        diagnostic.Message.Should().Be("'name' should be text, but it is a list.");
        diagnostic.ShouldBeAt(2, 7);
    }

    [Test]
    public void MappingWhereAListIsExpected_IsAWrongType()
    {
        var diagnostic = TestYaml.LoadWithHeader("people:\n  id: jdoe\n").Only();

        diagnostic.Code.Should().Be("GOV123");
        diagnostic.Message.Should().Contain("'people' should be a list of people, but it is keys and values");
    }

    [Test]
    public void TextWhereAMappingItemIsExpected_IsAWrongType()
    {
        var diagnostic = TestYaml.LoadWithHeader("people:\n  - jdoe\n").Only();

        diagnostic.Code.Should().Be("GOV123");
        diagnostic.Message.Should().Contain("should be a person, written as keys and values, but this one is the text 'jdoe'");
        diagnostic.ShouldBeAt(6, 5);
    }

    [TestCase("yes", "the text 'yes'")]
    [TestCase("\"true\"", "the text 'true'")]
    [TestCase("1", "the number 1")]
    [TestCase("[true]", "a list")]
    public void TextWhereTrueOrFalseIsExpected_IsAWrongType(string written, string described)
    {
        var diagnostic = TestYaml.LoadWithHeader(
            $"people:\n  - id: pb\n    name: Pat Brown\n    type: councillor\n    isExecutiveMember: {written}\n").Only();

        diagnostic.Code.Should().Be("GOV123");
        diagnostic.Message.Should().Contain("true or false").And.Contain(described);
        diagnostic.ShouldBeAt(9, 24);
    }

    [Test]
    public void EmptyRequiredText_IsAnError()
    {
        var diagnostic = TestYaml.LoadWithHeader("people:\n  - id: jdoe\n    name: \"  \"\n    type: officer\n").Only();

        diagnostic.Code.Should().Be("GOV124");
        diagnostic.Message.Should().Contain("'name' is empty");
    }

    [Test]
    public void EmptyTopLevelName_IsAnError() =>
        TestYaml.Load(TestYaml.Header.Replace("name: Nottinghamshire County Council", "name:", StringComparison.Ordinal))
            .Only("GOV124").ShouldBeAt(2, 6);

    [Test]
    public void NumberWhereTextIsExpected_IsReadAsWritten()
    {
        var authority = TestYaml.LoadWithHeader(
            "people:\n  - id: jdoe\n    name: Jane Doe\n    type: officer\n    vettingAndBarring:\n      registeredOn: 2010-01-15\n      reference: 000123\n")
            .Authorities.Single();

        authority.People[0].VettingAndBarring!.Reference.Should().Be("000123");
    }

    [Test]
    public void EmptyLists_AreAccepted() =>
        TestYaml.LoadWithHeader("people:\nposts: []\nboards: ~\n").Authorities.Single().People.Should().BeEmpty();
}
