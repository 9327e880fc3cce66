namespace Governance.Model.Tests.Loading.Reading;

/// <summary>Dates and enum values.</summary>
public class ValuesTests
{
    [TestCase("2009-02-30", "February 2009 has 28 days")]
    [TestCase("2008-02-30", "February 2008 has 29 days")]
    [TestCase("2010-13-01", "there is no month 13")]
    [TestCase("2010-04-31", "April 2010 has 30 days")]
    [TestCase("0000-01-01", "there is no year 0000")]
    public void ImpossibleDate_IsReportedWithTheReason(string date, string reason)
    {
        var diagnostic = TestYaml.Load(TestYaml.Header.Replace("2010-04-01", date, StringComparison.Ordinal)).Only();

        diagnostic.Code.Should().Be("GOV127");
        diagnostic.Message.Should().Contain($"'{date}'").And.Contain(reason);
        diagnostic.ShouldBeAt(4, 15);
    }

    [TestCase("1 April 2010", "the text '1 April 2010'")]
    [TestCase("2010-4-1", "the text '2010-4-1'")]
    [TestCase("2010-04-01T09:00:00", "the text '2010-04-01T09:00:00'")]
    [TestCase("20100401", "the number 20100401")]
    [TestCase("\"٢٠١٠-٠٤-٠١\"", "the text '٢٠١٠-٠٤-٠١'")]
    public void NotADate_AsksForYyyyMmDd(string written, string described)
    {
        var diagnostic = TestYaml.Load(TestYaml.Header.Replace("2010-04-01", written, StringComparison.Ordinal)).Only();

        diagnostic.Code.Should().Be("GOV126");
        diagnostic.Message.Should().Contain("YYYY-MM-DD").And.Contain(described);
    }

    [Test]
    public void QuotedDate_IsAccepted() =>
        TestYaml.Load(TestYaml.Header.Replace("2010-04-01", "\"2010-04-01\"", StringComparison.Ordinal))
            .Authorities.Single().RecordedAsAt.Should().Be(new DateOnly(2010, 4, 1));

    [Test]
    public void ListWhereADateIsExpected_IsAWrongType() =>
        TestYaml.Load(TestYaml.Header.Replace("2010-04-01", "[2010-04-01]", StringComparison.Ordinal))
            .Only().Message.Should().Be("'recordedAsAt' should be a date (YYYY-MM-DD), but it is a list.");

    [Test]
    public void UnknownEnumValue_ListsTheValidValuesAndSuggests()
    {
        var diagnostic = TestYaml.LoadWithHeader("posts:\n  - id: dcs\n    role: directorOfChildrenServices\n").Only();

        diagnostic.Code.Should().Be("GOV125");
        diagnostic.Message.Should().Contain("Did you mean 'directorOfChildrensServices'?")
            .And.Contain("Valid values: chiefExecutive, leader, electedMayor, directorOfChildrensServices, directorOfAdultSocialServices, leadMemberForChildrensServices, supportingMember, other.");
        diagnostic.ShouldBeAt(7, 11);
    }

    [Test]
    public void EnumValueInPascalCase_SuggestsCamelCase() =>
        TestYaml.Load(TestYaml.Header.Replace("kind: county", "kind: County", StringComparison.Ordinal))
            .Only().Message.Should().Contain("Did you mean 'county'?");

    [Test]
    public void UnknownEnumValueInAList_IsReportedAtTheItem()
    {
        var diagnostic = TestYaml.LoadWithHeader("divisions:\n  - id: ed\n    name: Education\n    functions: [education, schools]\n").Only();

        diagnostic.Code.Should().Be("GOV125");
        diagnostic.Message.Should().Contain("An item of 'functions' is 'schools'");
        diagnostic.ShouldBeAt(8, 28);
    }
}
