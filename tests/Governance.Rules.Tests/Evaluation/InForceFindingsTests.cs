using Governance.Model;
using Governance.Model.Loading;
using Governance.Model.Loading.Reading;
using Governance.Rules.Tests.Loading;

namespace Governance.Rules.Tests.Evaluation;

/// <summary>
/// No shipped rule reports a post, person or seat that was not in place on the date judged: rules see the arrangements
/// in force on the as-at date. Run against a council recorded in the middle of changeovers of every role, seat and
/// chair, so any rule (today's or one added later) that looked at history would be caught here.
/// </summary>
public sealed class InForceFindingsTests
{
    private static readonly Lazy<RuleSet> Shipped = new(() => RuleSet.LoadOrThrow(RepositoryFiles.Rules));

    private static string Changeovers => Path.Combine(RepositoryFiles.Root, "tests", "Governance.Rules.Tests", "Evaluation", "Authorities", "changeovers.yaml");

    private static readonly DateOnly[] Dates = [new(2009, 4, 1), new(2009, 12, 31), new(2010, 1, 1), new(2010, 4, 1), new(2010, 7, 1)];

    [Test]
    public void A_district_the_county_file_leaves_out_is_still_checked_from_the_register()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "samples", "authorities", "nottinghamshire.yaml"))
            .Replace("  - E07000176   # Rushcliffe Borough Council\n", string.Empty, StringComparison.Ordinal)
            .Replace(
                "      - name: Cllr Oliver Sandiford\n        organisation: Rushcliffe Borough Council\n        represents: districtCouncil\n        representedAuthority: E07000176\n",
                string.Empty,
                StringComparison.Ordinal);
        var loaded = AuthorityLoader.LoadText(text, "nottinghamshire.yaml");

        var result = Shipped.Value.Evaluate(loaded.Authorities);

        loaded.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.DistrictsFromRegister);
        result.Findings.Should().ContainSingle(f => f.RuleId == "each-district-council-on-childrens-trust-board")
            .Which.Message.Should().Contain("Rushcliffe Borough Council, a district council of the area, is not represented");
    }

    [Test]
    public void A_sample_checked_before_its_date_gives_no_finding_for_a_post_it_records_only_from_later_and_says_so()
    {
        var derby = AuthorityLoader.LoadFileOrThrow(Path.Combine(RepositoryFiles.Root, "samples", "authorities", "derby.yaml"));

        var result = Shipped.Value.Evaluate([derby], new EvaluationOptions { AsAt = new DateOnly(2009, 9, 1) });

        result.Findings.Should().NotContain(f => f.RuleId == "dcs-appointed", "Derby records its DCS from 2009-01-05, in post on the date");
        result.Findings.Should().NotContain(f => f.RuleId == "lead-member-designated", "Derby records its Lead Member only from 2010-05-24: earlier holders are not recorded");
        result.Notices.Should().Contain(
            "Derby City Council (E06000015) records its Leader of the Council from 2010-05-24 and its Lead Member for Children's Services from 2010-05-24 only: " +
            "who held the posts before then is not recorded, so they were not judged. " +
            "Record earlier holders (with 'start' and 'end') to have them judged.");
    }

    [Test]
    public void The_samples_checked_after_their_dates_give_no_finding_of_a_review_report_or_training_they_could_not_record_and_say_so()
    {
        var samples = AuthorityLoader.LoadFolderOrThrow(Path.Combine(RepositoryFiles.Root, "samples", "authorities"));
        string[] needRecordsSince = ["referral-points-review", "annual-governance-assessment", "lscb-annual-report", "lead-member-safeguarding-training", "supporting-members-safeguarding-training", "scrutiny-members-safeguarding-training"];

        var onTheirDates = Shipped.Value.Evaluate(samples);
        var yearLater = Shipped.Value.Evaluate(samples, new EvaluationOptions { AsAt = new DateOnly(2011, 6, 1) });

        onTheirDates.Findings.Select(f => f.RuleId).Should().Contain("lscb-annual-report", "judged on their own dates, these rules still judge");
        yearLater.Findings.Should().NotContain(f => needRecordsSince.Contains(f.RuleId));
        yearLater.Findings.Should().Contain(f => f.RuleId == "dcs-dass-combined", "posts are taken to stand as recorded");
        yearLater.Notices.Should().Contain(n => n.StartsWith(
            "5 files are recorded as at a date before the date checked (2011-06-01): Derby City Council (E06000015) as at 2010-06-30, ",
            StringComparison.Ordinal) && n.Contains("cannot record what was done after their date (a review, a report, training)", StringComparison.Ordinal));
    }

    [Test]
    public void The_notices_about_unrecorded_history_are_in_the_same_order_whatever_the_order_of_the_authorities()
    {
        var samples = AuthorityLoader.LoadFolderOrThrow(Path.Combine(RepositoryFiles.Root, "samples", "authorities"));
        var options = new EvaluationOptions { AsAt = new DateOnly(2008, 2, 1) };

        var forwards = Shipped.Value.Evaluate(samples, options);
        var backwards = Shipped.Value.Evaluate([.. samples.Reverse()], options);

        forwards.Notices.Where(n => n.Contains(" only: who held ", StringComparison.Ordinal)).Should().HaveCountGreaterThan(1);
        backwards.Notices.Should().Equal(forwards.Notices);
    }

    [Test]
    public void A_day_before_the_first_recorded_DCS_started_the_DCS_is_not_judged_and_on_that_day_it_is()
    {
        var derby = AuthorityLoader.LoadFileOrThrow(Path.Combine(RepositoryFiles.Root, "samples", "authorities", "derby.yaml"));

        var before = Shipped.Value.Evaluate([derby], new EvaluationOptions { AsAt = new DateOnly(2009, 1, 4) });
        var first = Shipped.Value.Evaluate([derby], new EvaluationOptions { AsAt = new DateOnly(2009, 1, 5) });

        before.Findings.Should().NotContain(f => f.RuleId == "dcs-appointed");
        before.Notices.Should().Contain(n => n.Contains("its Director of Children's Services from 2009-01-05", StringComparison.Ordinal));
        first.Findings.Should().NotContain(f => f.RuleId == "dcs-appointed");
        first.Notices.Should().NotContain(n => n.Contains("Director of Children's Services from", StringComparison.Ordinal));
    }

    [TestCaseSource(nameof(Dates))]
    public void No_rule_reports_a_post_person_or_seat_not_in_place_on_the_date(DateOnly asAt)
    {
        var authority = AuthorityLoader.LoadFileOrThrow(Changeovers);
        var notInForce = NotInForce(authority, asAt);
        var absentPeople = authority.People.Where(p => !InPlace(authority, p, asAt)).Select(p => p.Name).ToList();

        var result = Shipped.Value.Evaluate([authority], new EvaluationOptions { AsAt = asAt });

        notInForce.Should().NotBeEmpty("the fixture has history on every date checked");
        result.Errors.Should().BeEmpty();
        foreach (var finding in result.Findings)
        {
            notInForce.Should().NotContainKey(finding.Location, $"{finding.RuleId} points at something not in place on {asAt:yyyy-MM-dd}: {finding.Message}");
            foreach (var evidence in finding.Evidence)
            {
                notInForce.Should().NotContainKey(evidence.Location, $"{finding.RuleId} gives as evidence something not in place on {asAt:yyyy-MM-dd}: {evidence.Description}");
            }

            absentPeople.Should().NotContain(name => finding.Message.Contains(name, StringComparison.Ordinal), $"{finding.RuleId} names someone not in place: {finding.Message}");
        }
    }

    [Test]
    public void The_fixture_is_judged_with_rules_in_force()
    {
        var result = Shipped.Value.Evaluate([AuthorityLoader.LoadFileOrThrow(Changeovers)]);

        result.RulesInForce.Should().HaveCountGreaterThan(3);
    }

    /// <summary>Every dated element of the authority not in force on the date, by where it is written.</summary>
    private static Dictionary<SourceLocation, string> NotInForce(Authority authority, DateOnly asAt)
    {
        var elements = new List<(ModelElement Element, bool InForce)>();
        elements.AddRange(authority.Posts.Select(p => ((ModelElement)p, p.IsInForceOn(asAt))));
        elements.AddRange(authority.Divisions.Select(d => ((ModelElement)d, d.IsInForceOn(asAt))));
        elements.AddRange(authority.Boards.SelectMany(b => b.Members).Select(m => ((ModelElement)m, m.IsInForceOn(asAt))));
        elements.AddRange(authority.Boards.SelectMany(b => b.Chairs).Select(c => ((ModelElement)c, c.IsInForceOn(asAt))));
        elements.AddRange(authority.ScrutinyCommittees.SelectMany(c => c.Members).Select(m => ((ModelElement)m, m.IsInForceOn(asAt))));
        return elements.Where(e => !e.InForce).ToDictionary(e => e.Element.Location, e => e.Element.ToString() ?? string.Empty);
    }

    /// <summary>Whether a person holds a post, a seat or a chair in force on the date.</summary>
    private static bool InPlace(Authority authority, Person person, DateOnly asAt) =>
        authority.Posts.Any(p => p.Holder == person && p.IsInForceOn(asAt)) ||
        authority.Boards.Any(b => b.Members.Any(m => m.Person == person && m.IsInForceOn(asAt)) || b.Chairs.Any(c => c.Person == person && c.IsInForceOn(asAt))) ||
        authority.ScrutinyCommittees.Any(c => c.Members.Any(m => m.Person == person && m.IsInForceOn(asAt)));
}
