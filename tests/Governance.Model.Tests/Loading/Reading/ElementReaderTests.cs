namespace Governance.Model.Tests.Loading.Reading;

/// <summary>Rules of particular elements: people, posts, boards, publications and departures.</summary>
public class ElementReaderTests
{
    [Test]
    public void PartyOnAnOfficer_IsAnError()
    {
        var diagnostic = TestYaml.LoadWithHeader("people:\n  - id: jdoe\n    name: Jane Doe\n    type: officer\n    party: Labour\n").Only();

        diagnostic.Code.Should().Be("GOV129");
        diagnostic.Message.Should().Be("'party' is only for a councillor, but this person is an officer (type: officer). Remove it, or change the type.");
        diagnostic.ShouldBeAt(9, 5);
    }

    [Test]
    public void JobTitleOnACouncillor_IsAnError() =>
        TestYaml.LoadWithHeader("people:\n  - id: pb\n    name: Pat Brown\n    type: councillor\n    jobTitle: Leader\n")
            .Only().Code.Should().Be("GOV129");

    [Test]
    public void PersonWithoutAType_IsMissingAKeyButItsOtherKeysAreKnown()
    {
        var diagnostic = TestYaml.LoadWithHeader("people:\n  - id: pb\n    name: Pat Brown\n    party: Labour\n").Only();

        diagnostic.Code.Should().Be("GOV122");
        diagnostic.Message.Should().Contain("'type' (one of officer, councillor)");
    }

    [Test]
    public void PostEndingBeforeItStarts_IsReportedAtEnd()
    {
        var diagnostic = TestYaml.LoadWithHeader("posts:\n  - id: dcs\n    role: leader\n    start: 2009-04-01\n    end: 2009-03-31\n").Only();

        diagnostic.Code.Should().Be("GOV128");
        diagnostic.Message.Should().Contain("'end' (2009-03-31) is before 'start' (2009-04-01)");
        diagnostic.ShouldBeAt(9, 5);
    }

    [Test]
    public void PostEndingOnTheDayItStarts_IsAccepted() =>
        TestYaml.LoadWithHeader("posts:\n  - id: dcs\n    role: leader\n    start: 2009-04-01\n    end: 2009-04-01\n").Diagnostics.Should().BeEmpty();

    [Test]
    public void PublicationCoveringABackwardPeriod_IsReported() =>
        TestYaml.LoadWithHeader("publications:\n  - id: p\n    kind: childrenAndYoungPeoplesPlan\n    title: Plan\n    coversFrom: 2012-04-01\n    coversUntil: 2009-03-31\n")
            .Only().Code.Should().Be("GOV128");

    [Test]
    public void DepartureReviewedBeforeItIsDecided_IsReported() =>
        TestYaml.LoadWithHeader("departures:\n  - ruleId: r\n    reasons: because\n    decidedBy: Cabinet\n    decidedOn: 2009-09-14\n    reviewBy: 2009-01-01\n")
            .Only().Code.Should().Be("GOV128");

    [TestCase("    reasons:\n")]
    [TestCase("    reasons: \"\"\n")]
    public void DepartureWithEmptyReasons_IsNotALoadingError(string reasons)
    {
        var result = TestYaml.LoadWithHeader("departures:\n  - ruleId: dcs-dass-combined\n" + reasons + "    decidedBy: Cabinet\n    decidedOn: 2009-09-14\n");

        result.Diagnostics.Should().BeEmpty();
        result.Authorities.Single().Departures.Single().Reasons.Should().BeEmpty();
    }

    [Test]
    public void DepartureWithoutReasons_IsMissingARequiredKey() =>
        TestYaml.LoadWithHeader("departures:\n  - ruleId: r\n    decidedBy: Cabinet\n    decidedOn: 2009-09-14\n")
            .Only().Code.Should().Be("GOV122");

    [Test]
    public void BoardMemberWithBothPersonAndName_IsAnError()
    {
        var diagnostic = TestYaml.LoadWithHeader("""
            people:
              - id: jdoe
                name: Jane Doe
                type: officer
            boards:
              - id: lscb
                kind: localSafeguardingChildrenBoard
                name: Board
                members:
                  - person: jdoe
                    name: Jane Doe
                    represents: localAuthority

            """).Only();

        diagnostic.Code.Should().Be("GOV133");
        diagnostic.ShouldBeAt(15, 9);
    }

    [Test]
    public void BoardMemberWithNeitherPersonNorName_IsMissingAKey()
    {
        var diagnostic = TestYaml.LoadWithHeader(
            "boards:\n  - id: lscb\n    kind: localSafeguardingChildrenBoard\n    name: Board\n    members:\n      - represents: police\n").Only();

        diagnostic.Code.Should().Be("GOV122");
        diagnostic.Message.Should().Contain("'person'").And.Contain("'name'");
        diagnostic.ShouldBeAt(10, 9);
    }

    [Test]
    public void BoardWithBothChairAndChairName_IsAnError() =>
        TestYaml.LoadWithHeader(
            "people:\n  - id: a\n    name: A\n    type: officer\nboards:\n  - id: b\n    kind: childrensTrustBoard\n    name: Board\n    chair: a\n    chairName: A\n")
            .Only().Code.Should().Be("GOV133");

    [Test]
    public void BoardMemberWithoutRepresents_IsMissingAKey() =>
        TestYaml.LoadWithHeader("boards:\n  - id: b\n    kind: childrensTrustBoard\n    name: Board\n    members:\n      - name: Sam Hill\n")
            .Only().Message.Should().Contain("'represents'");

    [Test]
    public void ErrorsInSeveralElements_AreAllReported()
    {
        var result = TestYaml.LoadWithHeader("""
            people:
              - id: jdoe
                type: officer
            posts:
              - id: dcs
                role: directr
                start: 2009-02-30
            boards:
              - id: lscb
                name: Board

            """);

        result.Diagnostics.Select(d => d.Code).Should().Equal("GOV122", "GOV125", "GOV127", "GOV122");
        result.Diagnostics.Select(d => d.Location.Line).Should().BeInAscendingOrder();
        result.Authorities.Should().BeEmpty();
    }
}
