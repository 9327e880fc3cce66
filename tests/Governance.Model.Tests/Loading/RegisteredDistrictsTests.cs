using Governance.Model.Loading;
using Governance.Model.Loading.Reading;
using Governance.Model.Tests.Schemas;

namespace Governance.Model.Tests.Loading;

/// <summary>
/// A county's district councils come from the register as well as the file (paras 2.13, 3.25): a whole file that leaves
/// one out still has it checked, and a warning (GOV152) names it at the file's 'districts'; a file that lists none takes
/// the register's. A fragment, such as a rule's test case, holds only what it says.
/// </summary>
public class RegisteredDistrictsTests
{
    private static readonly string Nottinghamshire = Path.Combine(RepositoryPaths.SampleAuthorities, "nottinghamshire.yaml");

    [Test]
    public void A_county_file_listing_every_district_is_taken_as_written_with_no_warning()
    {
        var result = AuthorityLoader.LoadFile(Nottinghamshire);

        result.Diagnostics.Should().BeEmpty();
        result.Authorities.Single().Districts.Select(d => d.Code).Should().Equal(
            "E07000170", "E07000171", "E07000172", "E07000173", "E07000174", "E07000175", "E07000176");
    }

    [Test]
    public void A_district_left_out_of_the_list_is_added_from_the_register_and_named_in_a_warning_at_districts()
    {
        var text = File.ReadAllText(Nottinghamshire).Replace("  - E07000176   # Rushcliffe Borough Council\n", string.Empty, StringComparison.Ordinal);

        var result = AuthorityLoader.LoadText(text, "notts.yaml");

        var warning = result.Diagnostics.Should().ContainSingle().Which;
        warning.Code.Should().Be(DiagnosticCodes.DistrictsFromRegister);
        warning.Severity.Should().Be(DiagnosticSeverity.Warning);
        warning.Location.Line.Should().Be(text.Split('\n').ToList().FindIndex(l => l.StartsWith("districts:", StringComparison.Ordinal)) + 1);
        warning.Message.Should().Be(
            "The register of English local authorities lists a district council of Nottinghamshire County Council on 2010-04-01 that 'districts' leaves out: " +
            "Rushcliffe Borough Council (E07000176). It is checked as a district of the area (paras 2.13, 3.25); list it under 'districts'.");
        result.Authorities.Single().Districts.Select(d => d.Code).Should().HaveCount(7).And.Contain("E07000176");
    }

    [Test]
    public void A_county_file_that_lists_no_districts_takes_every_district_the_register_lists_on_its_date()
    {
        var text = string.Join('\n', File.ReadAllLines(Nottinghamshire).Where(l => !l.StartsWith("  - E0700017", StringComparison.Ordinal) && l != "districts:")) + "\n";

        var result = AuthorityLoader.LoadText(text, "notts.yaml");

        result.Diagnostics.Should().BeEmpty("a file that writes no 'districts' has not left any out");
        var notts = result.Authorities.Single();
        notts.IsTwoTier.Should().BeTrue();
        notts.Districts.Select(d => d.Code).Should().Equal("E07000170", "E07000171", "E07000172", "E07000173", "E07000174", "E07000175", "E07000176");
        notts.Districts.Should().OnlyContain(d => d.Location == notts.Location, "the districts are placed at the authority, which wrote none");
    }

    [Test]
    public void A_fragment_holds_only_the_districts_it_lists()
    {
        var result = TestYaml.LoadWithHeader("districts: [E07000170]\n");

        result.Diagnostics.Should().BeEmpty();
        result.Authorities.Single().Districts.Select(d => d.Code).Should().Equal("E07000170");
    }
}
