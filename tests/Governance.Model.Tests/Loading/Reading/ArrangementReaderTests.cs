namespace Governance.Model.Tests.Loading.Reading;

/// <summary>
/// The arrangements beyond the statutory posts: any post as a line manager, the DCS's remit, chairs and memberships
/// with their dates, scrutiny committees and dated reviews.
/// </summary>
public class ArrangementReaderTests
{
    private const string People = """
        people:
          - id: ceo-dcs
            name: Alex Green
            type: officer
          - id: resources
            name: Sam Hill
            type: officer
          - id: cllr-a
            name: Cllr Pat Brown
            type: councillor
          - id: cllr-b
            name: Cllr Lee Stone
            type: councillor

        """;

    [Test]
    public void A_post_of_role_other_is_known_by_its_title_and_can_be_a_line_manager()
    {
        var authority = Loaded("""
            posts:
              - id: cdr
                role: other
                title: Corporate Director of Resources
                holder: resources
              - id: dcs
                role: directorOfChildrensServices
                holder: ceo-dcs
                reportsTo: cdr
            """);

        var dcs = authority.Posts.Single(p => p.Id == "dcs");
        dcs.ReportsTo!.Role.Should().Be(PostRole.Other);
        dcs.ReportsTo.Title.Should().Be("Corporate Director of Resources");
        dcs.ReportsTo.ToString().Should().Be("Corporate Director of Resources (Sam Hill)");
    }

    [Test]
    public void A_post_of_role_other_without_a_title_is_missing_a_key()
    {
        var diagnostic = TestYaml.LoadWithHeader("posts:\n  - id: dop\n    role: other\n").Only();

        diagnostic.Code.Should().Be("GOV122");
        diagnostic.Message.Should().Contain("role is 'other' is missing the required key 'title'");
        diagnostic.ShouldBeAt(6, 5);
    }

    [Test]
    public void A_DCS_who_is_also_the_Chief_Executive_holds_both_posts()
    {
        var authority = Loaded("""
            posts:
              - id: ceo
                role: chiefExecutive
                holder: ceo-dcs
              - id: dcs
                role: directorOfChildrensServices
                title: Chief Executive and Director of Children's Services
                holder: ceo-dcs
                reportsTo: ceo
            """);

        authority.Posts[0].Holder.Should().BeSameAs(authority.Posts[1].Holder);
        authority.Posts[1].ReportsTo.Should().BeSameAs(authority.Posts[0]);
    }

    [Test]
    public void The_DCS_remit_lists_the_s18_2_functions_it_covers()
    {
        var authority = Loaded("""
            posts:
              - id: dcs
                role: directorOfChildrensServices
                remit: [education, childrensSocialCare, careLeavers, childrensTrustCooperation, healthPartnershipArrangements, earlyYears]
                additionalFunctions: [culture]
            """);

        authority.Posts[0].Remit.Should().Equal(
            ServiceFunction.Education, ServiceFunction.ChildrensSocialCare, ServiceFunction.CareLeavers,
            ServiceFunction.ChildrensTrustCooperation, ServiceFunction.HealthPartnershipArrangements, ServiceFunction.EarlyYears);
        authority.Posts[0].AdditionalFunctions.Should().Equal(ServiceFunction.Culture);
    }

    [Test]
    public void A_board_records_its_chairs_with_their_terms_and_its_members_with_theirs()
    {
        var authority = Loaded("""
            boards:
              - id: lscb
                kind: localSafeguardingChildrenBoard
                name: Safeguarding Board
                chairs:
                  - person: cllr-a
                    end: 2009-03-31
                  - name: Jo Reeve
                    isIndependent: true
                    start: 2009-04-01
                members:
                  - person: cllr-b
                    represents: localAuthority
                    capacity: participantObserver
                    start: 2009-06-11
                  - name: Dr Fiona Adeyemi
                    represents: health
                    end: 2009-12-31
            """);

        var board = authority.Boards[0];
        board.Chairs.Should().HaveCount(2);
        board.Chairs[0].Person!.Name.Should().Be("Cllr Pat Brown");
        board.Chairs[0].End.Should().Be(new DateOnly(2009, 3, 31));
        board.Chairs[1].Board.Should().BeSameAs(board);
        board.ChairName.Should().Be("Jo Reeve", "the last chair listed is the board's chair");
        board.ChairIsIndependent.Should().BeTrue();
        board.Chairs[1].LocationOf(nameof(BoardChair.Start)).Line.Should().Be(27);
        board.Members[0].Start.Should().Be(new DateOnly(2009, 6, 11));
        board.Members[1].End.Should().Be(new DateOnly(2009, 12, 31));
    }

    [Test]
    public void The_single_chair_form_is_one_chair_without_dates_located_at_its_key()
    {
        var authority = Loaded("""
            boards:
              - id: ctb
                kind: childrensTrustBoard
                name: Trust Board
                chairName: Jo Reeve
                chairIsIndependent: true
            """);

        var chair = authority.Boards[0].Chairs.Should().ContainSingle().Subject;
        chair.Name.Should().Be("Jo Reeve");
        chair.IsIndependent.Should().BeTrue();
        chair.Start.Should().BeNull();
        chair.Location.Line.Should().Be(22);
        chair.LocationOf(nameof(BoardChair.IsIndependent)).Line.Should().Be(23);
    }

    [Test]
    public void Chairs_and_the_single_chair_form_together_are_conflicting_keys()
    {
        var diagnostic = TestYaml.LoadWithHeader(People + """
            boards:
              - id: ctb
                kind: childrensTrustBoard
                name: Trust Board
                chairName: Jo Reeve
                chairs:
                  - name: Jo Reeve
            """).Only();

        diagnostic.Code.Should().Be("GOV133");
        diagnostic.Message.Should().Contain("either 'chairs'").And.Contain("or 'chairName'");
        diagnostic.ShouldBeAt(22, 5);
    }

    [Test]
    public void An_independent_chair_without_a_name_is_reported()
    {
        var diagnostic = TestYaml.LoadWithHeader("boards:\n  - id: b\n    kind: localSafeguardingChildrenBoard\n    name: B\n    chairIsIndependent: true\n").Only();

        diagnostic.Code.Should().Be("GOV122");
        diagnostic.ShouldBeAt(9, 5);
    }

    [Test]
    public void A_membership_that_ends_before_it_starts_is_reported_at_end()
    {
        var diagnostic = TestYaml.LoadWithHeader(
            "boards:\n  - id: b\n    kind: localSafeguardingChildrenBoard\n    name: B\n    members:\n      - name: X\n        represents: police\n        start: 2009-04-01\n        end: 2009-03-01\n").Only();

        diagnostic.Code.Should().Be("GOV128");
        diagnostic.Message.Should().Contain("A membership cannot end before it starts");
        diagnostic.ShouldBeAt(13, 9);
    }

    [Test]
    public void A_scrutiny_committee_has_councillors_and_co_opted_members_with_their_terms()
    {
        var authority = Loaded("""
            scrutinyCommittees:
              - id: cyp
                name: Children and Young People's Overview and Scrutiny Committee
                scrutinises: [education, childrensSocialCare]
                members:
                  - person: cllr-a
                    start: 2009-06-11
                  - name: Revd Ann Cole
                    isCoopted: true
            """);

        var committee = authority.ScrutinyCommittees.Should().ContainSingle().Subject;
        committee.ScrutinisesChildrensServices.Should().BeTrue();
        committee.Members[0].Person.Should().BeOfType<Councillor>();
        committee.Members[0].Committee.Should().BeSameAs(committee);
        committee.Members[1].IsCoopted.Should().BeTrue();
        committee.Members[1].Name.Should().Be("Revd Ann Cole");
        committee.Members[1].Authority.Should().BeSameAs(authority);
    }

    [Test]
    public void A_committee_member_names_a_person_or_a_name_not_both()
    {
        var diagnostic = TestYaml.LoadWithHeader(People + """
            scrutinyCommittees:
              - id: cyp
                name: Scrutiny
                members:
                  - person: cllr-a
                    name: Cllr Pat Brown
            """).Only();

        diagnostic.Code.Should().Be("GOV133");
        diagnostic.Message.Should().StartWith("A committee member has either 'person'");
    }

    [Test]
    public void A_review_records_its_kind_date_authors_and_report()
    {
        var authority = Loaded("""
            publications:
              - id: ct-report
                kind: childrensTrustAnnualReport
                title: Children's Trust Annual Report 2009
            reviews:
              - kind: governanceAssessment
                completedOn: 2009-09-30
                carriedOutBy: [leader, chiefExecutive]
                reportedIn: ct-report
              - kind: referralPoints
                completedOn: 2010-01-15
            """);

        authority.Reviews.Should().HaveCount(2);
        authority.Reviews[0].Kind.Should().Be(ReviewKind.GovernanceAssessment);
        authority.Reviews[0].CarriedOutBy.Should().Equal(PostRole.Leader, PostRole.ChiefExecutive);
        authority.Reviews[0].ReportedIn.Should().BeSameAs(authority.Publications[0]);
        authority.Reviews[1].CompletedOn.Should().Be(new DateOnly(2010, 1, 15));
    }

    [Test]
    public void A_review_without_a_date_or_with_an_unknown_report_is_reported()
    {
        var result = TestYaml.LoadWithHeader("reviews:\n  - kind: referralPoints\n    reportedIn: nowhere\n");

        result.Diagnostics.Select(d => d.Code).Should().BeEquivalentTo("GOV122", "GOV132");
        result.Authorities.Should().BeEmpty();
    }

    [Test]
    public void A_division_records_its_dates()
    {
        var authority = Loaded("divisions:\n  - id: d\n    name: Education\n    start: 2008-04-01\n    end: 2010-03-31\n");

        authority.Divisions[0].Start.Should().Be(new DateOnly(2008, 4, 1));
        authority.Divisions[0].End.Should().Be(new DateOnly(2010, 3, 31));
    }

    private static Authority Loaded(string rest)
    {
        var result = TestYaml.LoadWithHeader(People + rest);
        result.Diagnostics.Should().BeEmpty();
        return result.Authorities.Single();
    }
}
