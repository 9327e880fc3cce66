using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Governance.Rules.Reports;
using Governance.Rules.Tests.Loading;
using static Governance.Rules.Tests.Reports.CheckReportBuilder;

namespace Governance.Rules.Tests.Reports;

public class JUnitReportTests
{
    private static readonly string SchemaFile = Path.Combine(RepositoryFiles.Root, "tests", "Governance.Rules.Tests", "Reports", "Schemas", "JUnit.xsd");

    [Test]
    public void The_report_of_the_samples_is_valid_against_the_JUnit_schema()
    {
        Validate(Written(SamplesChecked(), JUnitReport.Write)).Should().BeEmpty();
    }

    [Test]
    public void A_report_with_departures_rule_errors_and_broken_files_is_valid_against_the_JUnit_schema()
    {
        Validate(Written(OneOfEverything(), JUnitReport.Write)).Should().BeEmpty();
    }

    [Test]
    public void Each_authority_is_a_suite_with_a_case_per_rule_in_force_failing_for_open_findings_at_or_above_fail_on()
    {
        var document = XDocument.Parse(Written(SamplesChecked(), JUnitReport.Write));
        var suites = document.Root!.Elements("testsuite").ToList();

        suites.Select(s => (string)s.Attribute("name")!).Should().Equal(
            "input files",
            "Derby City Council (E06000015)",
            "Royal Borough of Kingston upon Thames (E09000021)",
            "Nottinghamshire County Council (E10000024)",
            "London Borough of Richmond upon Thames (E09000027)",
            "Wigan Metropolitan Borough Council (E08000010)");
        var derby = suites[1];
        derby.Elements("testcase").Select(c => (string)c.Attribute("name")!).Should().Contain("dcs-on-senior-management-team").And.OnlyHaveUniqueItems();
        var smt = derby.Elements("testcase").Single(c => (string)c.Attribute("name")! == "dcs-on-senior-management-team");
        smt.Element("failure")!.Attribute("type")!.Value.Should().Be("error");
        smt.Element("failure")!.Value.Should().Contain("derby.yaml:66:5: error dcs-on-senior-management-team");
        derby.Elements("testcase").Single(c => (string)c.Attribute("name")! == "lscb-annual-report").Elements().Should().BeEmpty("a note is below --fail-on warning");
        ((int)derby.Attribute("failures")!).Should().Be(1);
        derby.Attribute("timestamp")!.Value.Should().Be("2010-09-01T00:00:00");
    }

    [Test]
    public void A_departed_finding_is_skipped_and_a_rule_error_is_an_error()
    {
        var document = XDocument.Parse(Written(OneOfEverything(), JUnitReport.Write));
        var derby = document.Root!.Elements("testsuite").Single(s => ((string)s.Attribute("name")!).StartsWith("Derby", StringComparison.Ordinal));

        derby.Elements("testcase").Single(c => (string)c.Attribute("name")! == "dcs-dass-combined").Element("skipped")!.Attribute("message")!.Value
            .Should().Be("Departed: A joint post for a small unitary.");
        derby.Elements("testcase").Single(c => (string)c.Attribute("name")! == "broken-rule").Element("error").Should().NotBeNull();
        var files = document.Root!.Elements("testsuite").First();
        files.Elements("testcase").Single(c => (string)c.Attribute("name")! == "authorities/broken.yaml").Element("error")!.Attribute("type")!.Value.Should().Be("GOV120");
    }

    [Test]
    public void Control_characters_from_files_are_escaped_not_written_as_invalid_XML()
    {
        var report = OneOfEverything();
        var finding = report.Result!.Findings[0] with { Message = "Name\u001b[31m with an escape\nand a newline" };
        var broken = report with { Result = report.Result with { Findings = [finding] } };

        var xml = Written(broken, JUnitReport.Write);

        Validate(xml).Should().BeEmpty();
        xml.Should().Contain("Name\\u001B[31m with an escape\\nand a newline");
    }

    private static List<string> Validate(string xml)
    {
        var schemas = new XmlSchemaSet();
        schemas.Add(null, SchemaFile);
        var problems = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity}: {e.Message} (line {e.Exception?.LineNumber})");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read())
        {
        }

        return problems;
    }
}
