using Governance.Model.Loading;
using Governance.Rules.Reports;
using Governance.Rules.Tests.Loading;

namespace Governance.Rules.Tests.Reports;

/// <summary>The plain-language account of an explanation, and the per-condition details added on request.</summary>
public class ExplanationReportTests
{
    private static readonly RuleSet Rules = RuleSet.LoadOrThrow(RepositoryFiles.Rules);

    private static string Write(string sample, string ruleId, bool details = false, DateOnly? asAt = null)
    {
        var authority = AuthorityLoader.LoadFileOrThrow(Path.Combine(RepositoryFiles.Root, "samples", "authorities", sample));
        using var output = new StringWriter();
        ExplanationReport.WriteText(Rules.Explain(authority, ruleId, new EvaluationOptions { AsAt = asAt }), output, details);
        return output.ToString();
    }

    [Test]
    public void A_rule_that_did_not_fire_is_explained_in_plain_words_and_the_details_come_only_on_request()
    {
        var plain = Write("kingston-upon-thames.yaml", "dcs-on-senior-management-team");
        var detailed = Write("kingston-upon-thames.yaml", "dcs-on-senior-management-team", details: true);

        plain.Should().StartWith("dcs-on-senior-management-team: The DCS is a member of the senior management team\n");
        plain.Should().Contain("judged as at 2010-09-01 (the date its file is recorded as at).\nThe rule is in force on that date (effective from 2009-07-01");
        plain.Should().Contain("It did not fire: 'role == DirectorOfChildrensServices and not isVacant and not onSeniorManagementTeam' (");
        plain.Should().Contain("and never held, for:\n  dcs = ");
        plain.Should().NotContain("Conditions, in the order the rule writes them:");
        detailed.Should().StartWith(plain);
        detailed.Should().Contain("Conditions, in the order the rule writes them:\n  dcs: Post where role == DirectorOfChildrensServices");
        detailed.Should().Contain("      did not hold: dcs = Director of Children's Services (Felicity Harcourt)");
        detailed.Should().EndWith("Sets of facts that matched the whole rule as the facts were added: 0\n");
    }

    [Test]
    public void A_departed_finding_says_the_departure_applies()
    {
        var text = Write("wigan.yaml", "dcs-dass-combined");

        text.Should().Contain("It fired: 1 finding.\n");
        text.Should().Contain("note (departed): Wigan Metropolitan Borough Council: Alison Lomax is both DCS and DASS.");
        text.Should().Contain("The authority's departure applies, so the finding does not fail a check: decided by Cabinet on 2009-07-16");
    }

    [Test]
    public void A_not_that_blocks_the_rule_is_named_with_what_it_found()
    {
        var text = Write("derby.yaml", "dcs-appointed");

        text.Should().MatchRegex(@"It did not fire: the 'not' at \S*[/\\]dcs[/\\]dcs-appointed\.yaml:\d+:\d+ found what it rules out: ");
        text.Should().Contain("Director of Children's Services (Yvonne Ashcombe)");
    }

    [Test]
    public void A_date_before_the_rule_is_in_force_says_so_and_nothing_more_about_the_conditions()
    {
        var text = Write("derby.yaml", "dcs-on-senior-management-team", details: true, asAt: new DateOnly(2009, 1, 1));

        text.Should().Contain("judged as at 2009-01-01 (the date given).\nThe rule was not in force on that date (effective from 2009-07-01");
        text.Should().Contain("So it was not evaluated, and made no finding.\n");
        text.Should().Contain("Notice: Derby City Council (E06000015) records");
        text.Should().NotContain("Conditions, in the order");
    }
}
