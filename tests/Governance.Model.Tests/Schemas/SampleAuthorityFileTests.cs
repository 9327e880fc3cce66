using System.Text.Json.Nodes;

namespace Governance.Model.Tests.Schemas;

/// <summary>The sample authority files are valid against the schema and show what the README says they show.</summary>
public class SampleAuthorityFileTests
{
    private const string SchemaLine = "# yaml-language-server: $schema=../../schemas/authority.schema.json";

    private static IEnumerable<TestCaseData> Samples() =>
        Directory.GetFiles(RepositoryPaths.SampleAuthorities, "*.yaml")
            .Order(StringComparer.Ordinal)
            .Select(path => new TestCaseData(path).SetArgDisplayNames(Path.GetFileName(path)));

    [Test]
    public void There_are_five_samples_including_Nottinghamshire()
    {
        Samples().Should().HaveCount(5);
        File.Exists(Path.Combine(RepositoryPaths.SampleAuthorities, "nottinghamshire.yaml")).Should().BeTrue();
    }

    [TestCaseSource(nameof(Samples))]
    public void Sample_is_valid_against_the_schema(string path)
    {
        var errors = AuthoritySchemaValidator.ValidateFile(path);

        errors.Should().BeEmpty(AuthoritySchemaValidator.Describe(errors));
    }

    [TestCaseSource(nameof(Samples))]
    public void Sample_starts_with_the_editor_validation_line(string path)
    {
        File.ReadLines(path).First().Should().Be(SchemaLine);
    }

    [TestCaseSource(nameof(Samples))]
    public void Sample_is_recorded_as_at_a_date_in_2010(string path)
    {
        var recordedAsAt = Load(path)["recordedAsAt"]!.GetValue<string>();

        recordedAsAt.Should().StartWith("2010-");
    }

    [TestCaseSource(nameof(Samples))]
    public void Sample_is_described_in_the_README(string path)
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.SampleAuthorities, "README.md"));

        readme.Should().Contain($"`{Path.GetFileName(path)}`");
    }

    [Test]
    public void README_keeps_the_data_attribution()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.SampleAuthorities, "README.md"));

        readme.Should().Contain("mySociety").And.Contain("MIT");
    }

    [Test]
    public void Nottinghamshire_lists_its_seven_districts()
    {
        var nottinghamshire = Load(Sample("nottinghamshire.yaml"));

        nottinghamshire["code"]!.GetValue<string>().Should().Be("E10000024");
        nottinghamshire["kind"]!.GetValue<string>().Should().Be("county");
        Strings(nottinghamshire["districts"]).Should().Equal(
            "E07000170", "E07000171", "E07000172", "E07000173", "E07000174", "E07000175", "E07000176");
    }

    [Test]
    public void Nottinghamshire_LSCB_has_an_independent_chair_the_DCS_as_member_and_the_Lead_Member_as_participant_observer()
    {
        var nottinghamshire = Load(Sample("nottinghamshire.yaml"));
        var dcs = HolderOf(nottinghamshire, "directorOfChildrensServices");
        var leadMember = HolderOf(nottinghamshire, "leadMemberForChildrensServices");

        var lscb = Items(nottinghamshire["boards"]).Single(b => Text(b, "kind") == "localSafeguardingChildrenBoard");

        lscb["chairIsIndependent"]!.GetValue<bool>().Should().BeTrue();
        var members = Items(lscb["members"]).ToList();
        members.Should().ContainSingle(m => Text(m, "person") == dcs && Text(m, "capacity") == null);
        members.Should().ContainSingle(m => Text(m, "person") == leadMember && Text(m, "capacity") == "participantObserver");
    }

    [Test]
    public void Nottinghamshire_Childrens_Trust_Board_represents_every_district_and_schools()
    {
        var nottinghamshire = Load(Sample("nottinghamshire.yaml"));
        var ctb = Items(nottinghamshire["boards"]).Single(b => Text(b, "kind") == "childrensTrustBoard");
        var members = Items(ctb["members"]).ToList();

        members.Where(m => Text(m, "represents") == "districtCouncil").Select(m => Text(m, "representedAuthority"))
            .Should().BeEquivalentTo(Strings(nottinghamshire["districts"]));
        members.Should().Contain(m => Text(m, "represents") == "schools");
    }

    [Test]
    public void The_joint_DCS_appointment_is_recorded_on_both_sides()
    {
        var richmond = Load(Sample("richmond-upon-thames.yaml"));
        var kingston = Load(Sample("kingston-upon-thames.yaml"));

        var richmondDcs = Items(richmond["posts"]).Single(p => Text(p, "role") == "directorOfChildrensServices");
        var kingstonDcs = Items(kingston["posts"]).Single(p => Text(p, "role") == "directorOfChildrensServices");

        Strings(richmondDcs["jointWith"]).Should().Equal(Text(kingston, "code"));
        Strings(kingstonDcs["jointWith"]).Should().Equal(Text(richmond, "code"));
        NameOf(richmond, Text(richmondDcs, "holder")!).Should().Be(NameOf(kingston, Text(kingstonDcs, "holder")!));
    }

    [Test]
    public void Wigan_has_one_person_as_DCS_and_DASS_with_a_recorded_departure_and_an_integrated_second_tier()
    {
        var wigan = Load(Sample("wigan.yaml"));

        HolderOf(wigan, "directorOfChildrensServices").Should().Be(HolderOf(wigan, "directorOfAdultSocialServices"));
        var departure = Items(wigan["departures"]).Should().ContainSingle().Subject;
        Text(departure, "ruleId").Should().Be("dcs-dass-combined");
        Text(departure, "reviewBy").Should().NotBeNull();
        Items(wigan["divisions"])
            .Select(d => Strings(d["functions"]).ToList())
            .Where(f => f.Contains("education") || f.Contains("childrensSocialCare"))
            .Should().NotBeEmpty()
            .And.OnlyContain(f => f.Contains("education") && f.Contains("childrensSocialCare"));
    }

    [Test]
    public void Derby_has_the_two_faults_its_README_paragraph_names()
    {
        var derby = Load(Sample("derby.yaml"));

        var dcs = Items(derby["posts"]).Single(p => Text(p, "role") == "directorOfChildrensServices");
        dcs["onSeniorManagementTeam"]!.GetValue<bool>().Should().BeFalse();
        Items(derby["publications"]).Should().NotContain(p => Text(p, "kind") == "lscbAnnualReport");
    }

    private static string Sample(string name) => Path.Combine(RepositoryPaths.SampleAuthorities, name);

    private static JsonObject Load(string path) => YamlToJson.ConvertFile(path)!.AsObject();

    private static IEnumerable<JsonObject> Items(JsonNode? list) =>
        list?.AsArray().Select(item => item!.AsObject()) ?? [];

    private static IEnumerable<string> Strings(JsonNode? list) =>
        list?.AsArray().Select(item => item!.GetValue<string>()) ?? [];

    private static string? Text(JsonObject item, string key) => item[key]?.GetValue<string>();

    private static string? HolderOf(JsonObject authority, string role) =>
        Text(Items(authority["posts"]).Single(p => Text(p, "role") == role), "holder");

    private static string? NameOf(JsonObject authority, string personId) =>
        Text(Items(authority["people"]).Single(p => Text(p, "id") == personId), "name");
}
