using Governance.Model.Tests.Loading;

namespace Governance.Model.Tests.InForce;

/// <summary>
/// <see cref="Authority.InForceOn"/>: the arrangements in place on a date. A term covers its first and its last day;
/// a former post-holder, member or chair is history; nothing is lost of where an element was written.
/// </summary>
public class InForceViewTests
{
    private static readonly Authority Recorded = Load("""
        people:
          - id: ceo-old
            name: Old Chief
            type: officer
          - id: ceo-new
            name: New Chief
            type: officer
          - id: dcs-okafor
            name: Daniel Okafor
            type: officer
            safeguardingTraining:
              - course: Early course
                completedOn: 2008-05-01
              - course: Later course
                completedOn: 2009-10-14
            vettingAndBarring:
              registeredOn: 2009-11-01
          - id: cllr-a
            name: Cllr Pat Brown
            type: councillor
          - id: cllr-b
            name: Cllr Lee Stone
            type: councillor
        posts:
          - id: ceo-2006
            role: chiefExecutive
            holder: ceo-old
            end: 2009-05-31
          - id: ceo-2009
            role: chiefExecutive
            holder: ceo-new
            start: 2009-06-01
          - id: dcs
            role: directorOfChildrensServices
            holder: dcs-okafor
            start: 2008-01-01
            reportsTo: ceo-2009
            jointWith: [E06000018]
          - id: lm-brown
            role: leadMemberForChildrensServices
            holder: cllr-a
            start: 2008-05-20
            end: 2009-06-10
          - id: lm-stone
            role: leadMemberForChildrensServices
            holder: cllr-b
            start: 2009-06-11
        divisions:
          - id: old-structure
            name: Education and Social Care
            reportsTo: dcs
            end: 2009-03-31
          - id: education
            name: Education
            head: dcs-okafor
            reportsTo: dcs
            start: 2009-04-01
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
              - person: dcs-okafor
                represents: localAuthority
              - person: cllr-a
                represents: localAuthority
                capacity: participantObserver
                end: 2009-06-10
              - person: cllr-b
                represents: localAuthority
                capacity: participantObserver
                start: 2009-06-11
        scrutinyCommittees:
          - id: cyp
            name: Children's Scrutiny
            members:
              - person: cllr-a
                start: 2009-06-11
              - name: Revd Ann Cole
                isCoopted: true
                end: 2009-06-10
        publications:
          - id: report-2009
            kind: lscbAnnualReport
            title: LSCB Annual Report 2008-09
            published: 2009-07-31
            submittedTo: lscb
        reviews:
          - kind: governanceAssessment
            completedOn: 2009-09-30
            reportedIn: report-2009
        departures:
          - ruleId: dcs-dass-combined
            reasons: Shared management of the two departments while the council is restructured.
            decidedBy: Cabinet
            decidedOn: 2009-07-01
        """);

    [TestCase("2009-06-10", "lm-brown", TestName = "The Lead Member's last day is in force")]
    [TestCase("2009-06-11", "lm-stone", TestName = "The successor's first day is in force and the predecessor is history")]
    public void A_Lead_Member_changeover_gives_one_Lead_Member_on_each_day(string date, string expected)
    {
        var view = Recorded.InForceOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        view.Posts.Where(p => p.Role == PostRole.LeadMemberForChildrensServices).Select(p => p.Id).Should().Equal(expected);
    }

    [TestCase("2007-12-31", new[] { PostRole.DirectorOfChildrensServices, PostRole.LeadMemberForChildrensServices }, TestName = "Before the first recorded DCS and Lead Member started, who held the posts is unrecorded")]
    [TestCase("2008-01-01", new[] { PostRole.LeadMemberForChildrensServices }, TestName = "On the first recorded DCS's first day only the Lead Member is unrecorded")]
    [TestCase("2008-05-19", new[] { PostRole.LeadMemberForChildrensServices }, TestName = "The day before the first recorded Lead Member started, the Lead Member is unrecorded")]
    [TestCase("2008-05-20", new PostRole[0], TestName = "From the first recorded Lead Member's first day nothing is unrecorded")]
    public void A_role_whose_every_recorded_post_starts_after_the_date_is_unrecorded_history(string date, PostRole[] expected) =>
        Recorded.InForceOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).UnrecordedRoles.Should().Equal(expected);

    [Test]
    public void On_or_after_the_file_s_own_date_nothing_is_unrecorded_history_even_a_post_starting_later()
    {
        var future = Load("""
            people:
              - { id: dcs-new, name: New Director, type: officer }
            posts:
              - { id: dcs, role: directorOfChildrensServices, holder: dcs-new, start: 2011-01-01 }
            """);

        future.UnrecordedRoles.Should().BeEmpty("the file itself is taken as complete");
        future.InForceOn(future.RecordedAsAt).UnrecordedRoles.Should().BeEmpty("on its own date the file says the post is not filled");
        future.InForceOn(future.RecordedAsAt.AddDays(-1)).UnrecordedRoles.Should().Equal(PostRole.DirectorOfChildrensServices);
    }

    [Test]
    public void The_day_before_a_start_the_appointment_is_not_in_force() =>
        Recorded.InForceOn(new DateOnly(2007, 12, 31)).Posts.Select(p => p.Id).Should().Equal("ceo-2006");

    [Test]
    public void On_the_start_day_the_appointment_is_in_force() =>
        Recorded.InForceOn(new DateOnly(2008, 1, 1)).Posts.Select(p => p.Id).Should().Equal("ceo-2006", "dcs");

    [Test]
    public void On_the_end_day_the_appointment_is_in_force_and_the_day_after_it_is_history()
    {
        Recorded.InForceOn(new DateOnly(2009, 5, 31)).Posts.Select(p => p.Id).Should().Contain("ceo-2006").And.NotContain("ceo-2009");
        Recorded.InForceOn(new DateOnly(2009, 6, 1)).Posts.Select(p => p.Id).Should().Contain("ceo-2009").And.NotContain("ceo-2006");
    }

    [Test]
    public void A_reporting_line_to_a_successor_goes_to_the_predecessor_in_force_on_the_date()
    {
        var before = Recorded.InForceOn(new DateOnly(2009, 5, 31)).Posts.Single(p => p.Id == "dcs");
        var after = Recorded.InForceOn(new DateOnly(2009, 6, 1)).Posts.Single(p => p.Id == "dcs");

        before.ReportsTo!.Holder!.Name.Should().Be("Old Chief");
        after.ReportsTo!.Holder!.Name.Should().Be("New Chief");
    }

    [Test]
    public void Board_members_and_chairs_are_those_in_office_on_the_date()
    {
        var lscb = Recorded.InForceOn(new DateOnly(2009, 6, 11)).Boards.Single();

        lscb.Members.Select(m => m.Name).Should().Equal("Daniel Okafor", "Cllr Lee Stone");
        lscb.Chairs.Select(c => c.Name).Should().Equal("Jo Reeve");
        lscb.ChairIsIndependent.Should().BeTrue();
        Recorded.InForceOn(new DateOnly(2009, 3, 31)).Boards.Single().ChairName.Should().Be("Cllr Pat Brown");
    }

    [Test]
    public void Scrutiny_memberships_and_divisions_are_those_in_place_on_the_date()
    {
        var view = Recorded.InForceOn(new DateOnly(2009, 6, 10));

        view.ScrutinyCommittees.Single().Members.Select(m => m.Name).Should().Equal("Revd Ann Cole");
        view.Divisions.Select(d => d.Id).Should().Equal("education");
        Recorded.InForceOn(new DateOnly(2009, 3, 31)).Divisions.Select(d => d.Id).Should().Equal("old-structure");
    }

    [Test]
    public void Training_registrations_publications_reviews_and_departures_dated_later_did_not_yet_exist()
    {
        var view = Recorded.InForceOn(new DateOnly(2009, 7, 31));

        var dcs = view.People.Single(p => p.Id == "dcs-okafor");
        dcs.SafeguardingTraining.Select(t => t.Course).Should().Equal("Early course");
        dcs.VettingAndBarring.Should().BeNull();
        view.Publications.Should().ContainSingle().Which.SubmittedTo.Should().BeSameAs(view.Boards[0]);
        view.Reviews.Should().BeEmpty();
        view.Departures.Should().ContainSingle();
        Recorded.InForceOn(new DateOnly(2009, 7, 30)).Publications.Should().BeEmpty();
        Recorded.InForceOn(new DateOnly(2009, 9, 30)).Reviews.Should().ContainSingle().Which.ReportedIn!.Title.Should().Be("LSCB Annual Report 2008-09");
    }

    [Test]
    public void The_view_is_a_whole_authority_whose_elements_keep_their_source_locations()
    {
        var view = Recorded.InForceOn(new DateOnly(2009, 6, 11));

        var original = Recorded.Posts.Single(p => p.Id == "dcs");
        var copy = view.Posts.Single(p => p.Id == "dcs");
        copy.Should().NotBeSameAs(original);
        copy.Authority.Should().BeSameAs(view);
        copy.Location.Should().Be(original.Location);
        copy.LocationOf(nameof(Post.ReportsTo)).Should().Be(original.LocationOf(nameof(Post.ReportsTo)));
        copy.JointWith.Single().Authority.Should().BeSameAs(view);
        copy.Holder.Should().BeSameAs(view.People.Single(p => p.Id == "dcs-okafor"));
        view.Boards[0].Members[1].Location.Should().Be(Recorded.Boards[0].Members[2].Location);
        view.Code.Should().Be(Recorded.Code);
        view.RecordedAsAt.Should().Be(Recorded.RecordedAsAt);
        view.Location.Should().Be(Recorded.Location);
    }

    [Test]
    public void The_recorded_authority_is_not_changed() =>
        Recorded.Posts.Should().HaveCount(5).And.AllSatisfy(p => p.Authority.Should().BeSameAs(Recorded));

    private static Authority Load(string rest)
    {
        var result = TestYaml.LoadWithHeader(rest);
        result.Diagnostics.Should().BeEmpty();
        return result.Authorities.Single();
    }
}
