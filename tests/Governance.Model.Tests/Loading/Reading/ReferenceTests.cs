namespace Governance.Model.Tests.Loading.Reading;

/// <summary>Ids and the references between people, posts and boards.</summary>
public class ReferenceTests
{
    private const string People = """
        people:
          - id: jdoe
            name: Jane Doe
            type: officer
          - id: pbrown
            name: Pat Brown
            type: councillor

        """;

    [Test]
    public void HolderNamingAnUndefinedPerson_SuggestsTheNearestId()
    {
        var diagnostic = TestYaml.LoadWithHeader(People + "posts:\n  - id: dcs\n    role: directorOfChildrensServices\n    holder: jdo\n").Only();

        diagnostic.Code.Should().Be("GOV132");
        diagnostic.Message.Should().Contain("'holder' names the person 'jdo', but no person in 'people' has that id. Did you mean 'jdoe'?");
        diagnostic.ShouldBeAt(15, 13);
    }

    [Test]
    public void ReportsToNamingAnUndefinedPost_IsReported()
    {
        var diagnostic = TestYaml.LoadWithHeader("posts:\n  - id: dcs\n    role: directorOfChildrensServices\n    reportsTo: chief\n").Only();

        diagnostic.Code.Should().Be("GOV132");
        diagnostic.Message.Should().Contain("the post 'chief'");
    }

    [Test]
    public void SubmittedToNamingAnUndefinedBoard_IsReported()
    {
        var diagnostic = TestYaml.LoadWithHeader(
            "boards:\n  - id: ctb\n    kind: childrensTrustBoard\n    name: Trust\npublications:\n  - id: r\n    kind: lscbAnnualReport\n    title: Report\n    submittedTo: ctv\n").Only();

        diagnostic.Code.Should().Be("GOV132");
        diagnostic.Message.Should().Contain("the board 'ctv'").And.Contain("Did you mean 'ctb'?");
    }

    [Test]
    public void ReferencesToPeopleDefinedLater_AreResolved()
    {
        var authority = TestYaml.LoadWithHeader("posts:\n  - id: dcs\n    role: directorOfChildrensServices\n    holder: jdoe\n" + People)
            .Authorities.Single();

        authority.Posts[0].Holder.Should().BeSameAs(authority.People[0]);
    }

    [Test]
    public void PostReportingToAPostDefinedLater_IsResolved()
    {
        var authority = TestYaml.LoadWithHeader(
            "posts:\n  - id: dcs\n    role: directorOfChildrensServices\n    reportsTo: ceo\n  - id: ceo\n    role: chiefExecutive\n").Authorities.Single();

        authority.Posts.Select(p => p.Id).Should().Equal("dcs", "ceo");
        authority.Posts[0].ReportsTo.Should().BeSameAs(authority.Posts[1]);
    }

    [Test]
    public void PostsReportingInALoop_AreReportedOnce()
    {
        var result = TestYaml.LoadWithHeader("""
            posts:
              - id: ceo
                role: chiefExecutive
                reportsTo: dcs
              - id: dcs
                role: directorOfChildrensServices
                reportsTo: ceo
              - id: lead
                role: supportingMember
                reportsTo: dcs

            """);

        var diagnostic = result.Only();
        diagnostic.Code.Should().Be("GOV134");
        diagnostic.Message.Should().Contain("'ceo' → 'dcs' → 'ceo'");
        diagnostic.ShouldBeAt(8, 5);
        result.Authorities.Should().BeEmpty();
    }

    [Test]
    public void PostReportingToItself_IsReported() =>
        TestYaml.LoadWithHeader("posts:\n  - id: ceo\n    role: chiefExecutive\n    reportsTo: ceo\n")
            .Only().Message.Should().Contain("reports to itself");

    [Test]
    public void DuplicateIdWithinAList_IsReportedAtTheSecond()
    {
        var diagnostic = TestYaml.LoadWithHeader(People + "  - id: jdoe\n    name: John Doe\n    type: officer\n").Only();

        diagnostic.Code.Should().Be("GOV131");
        diagnostic.Message.Should().Contain("'jdoe' is already used by another person (line 6)");
        diagnostic.ShouldBeAt(12, 9);
    }

    [Test]
    public void SameIdInDifferentLists_IsAllowed() =>
        TestYaml.LoadWithHeader("posts:\n  - id: dcs\n    role: leader\nboards:\n  - id: dcs\n    kind: childrensTrustBoard\n    name: Trust\n")
            .Diagnostics.Should().BeEmpty();

    [TestCase("jane doe")]
    [TestCase("jdoe!")]
    public void IdWithInvalidCharacters_IsReported(string id) =>
        TestYaml.LoadWithHeader($"people:\n  - id: {id}\n    name: Jane Doe\n    type: officer\n").Only().Code.Should().Be("GOV130");

    [Test]
    public void ReferenceToAPersonWithErrors_IsNotReportedTwice()
    {
        var diagnostic = TestYaml.LoadWithHeader(
            "people:\n  - id: jdoe\n    name: Jane Doe\n    type: offcer\nposts:\n  - id: dcs\n    role: leader\n    holder: jdoe\n").Only();

        diagnostic.Code.Should().Be("GOV125");
    }
}
