using Governance.Model.Register;

namespace Governance.Model.Tests.Register;

public class AuthorityRegisterTests
{
    private static AuthorityRegister Register => AuthorityRegister.Default;

    [TestCase("2009-10-01", 152)]
    [TestCase("2019-04-01", 151)]
    [TestCase("2021-04-01", 152)]
    [TestCase("2023-04-01", 153)]
    public void ChildrensServicesAuthoritiesOn_KnownDates_MatchTheOfficialCounts(string day, int expected) =>
        Register.ChildrensServicesAuthoritiesOn(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture))
            .Should().HaveCount(expected);

    [Test]
    public void ChildrensServicesAuthoritiesOn_TheDayBeforeAReorganisation_StillCountsTheOldAuthorities()
    {
        // Dorset County, Bournemouth and Poole end "2019-03-31" in the source: their last day, not their first day gone.
        var onLastDay = Register.ChildrensServicesAuthoritiesOn(new DateOnly(2019, 3, 31)).Select(a => a.GssCode).ToArray();

        onLastDay.Should().HaveCount(152).And.Contain(["E10000009", "E06000028", "E06000029"]);
        onLastDay.Should().NotContain("E06000058", "Bournemouth, Christchurch and Poole starts on 2019-04-01");
    }

    [Test]
    public void TryFind_Nottinghamshire_GivesNameKindAndOpenDates()
    {
        Register.TryFind("E10000024", out var notts).Should().BeTrue();

        notts!.OfficialName.Should().Be("Nottinghamshire County Council");
        notts.Kind.Should().Be(AuthorityKind.County);
        notts.End.Should().BeNull();
        notts.IsChildrensServicesAuthority.Should().BeTrue();
        notts.Region.Should().Be("East Midlands");
    }

    [Test]
    public void Parse_NoRegionColumn_LeavesTheRegionEmpty()
    {
        const string csv = "local-authority-code,official-name,gss-code,start-date,end-date,replaced-by,local-authority-type,county-la\n" +
            "NTT,Nottinghamshire County Council,E10000024,,,,CTY,\n";

        AuthorityRegister.Parse(csv).All.Should().ContainSingle().Which.Region.Should().BeEmpty();
    }

    [Test]
    public void TryFind_ALowerTierDistrict_GivesItsCountyAsAGssCode()
    {
        Register.TryFind("E07000170", out var ashfield).Should().BeTrue();

        ashfield!.Kind.Should().Be(AuthorityKind.District);
        ashfield.CountyGssCode.Should().Be("E10000024");
        ashfield.IsChildrensServicesAuthority.Should().BeFalse();
    }

    [TestCase("E61000001")]
    [TestCase("E47000001")]
    public void TryFind_StrategicAndCombinedAuthorities_AreListedButAreNotCouncils(string code)
    {
        Register.TryFind(code, out var body).Should().BeTrue();

        body!.Kind.Should().BeNull();
        body.IsCouncil.Should().BeFalse();
    }

    [TestCase("CTY", AuthorityKind.County)]
    [TestCase("UA", AuthorityKind.Unitary)]
    [TestCase("MD", AuthorityKind.MetropolitanDistrict)]
    [TestCase("LBO", AuthorityKind.LondonBorough)]
    [TestCase("CC", AuthorityKind.CityOfLondon)]
    [TestCase("NMD", AuthorityKind.District)]
    public void KindOf_CouncilTypeCodes_MapToKinds(string typeCode, AuthorityKind kind) =>
        AuthorityRegister.KindOf(typeCode).Should().Be(kind);

    [TestCase("SRA")]
    [TestCase("COMB")]
    public void KindOf_BodiesThatAreNotCouncils_HaveNoKind(string typeCode) =>
        AuthorityRegister.KindOf(typeCode).Should().BeNull();

    [Test]
    public void End_WrittenAsTheLastDay_BecomesTheSuccessorsFirstDay()
    {
        Register.TryFind("E06000028", out var bournemouth).Should().BeTrue();

        bournemouth!.WrittenEnd.Should().Be(new DateOnly(2019, 3, 31));
        bournemouth.End.Should().Be(new DateOnly(2019, 4, 1));
    }

    [Test]
    public void End_WrittenAsTheSuccessorsFirstDay_IsKept()
    {
        Register.TryFind("E10000006", out var cumbria).Should().BeTrue();

        cumbria!.End.Should().Be(new DateOnly(2023, 4, 1));
        cumbria.ExistsOn(new DateOnly(2023, 3, 31)).Should().BeTrue();
        cumbria.ExistsOn(new DateOnly(2023, 4, 1)).Should().BeFalse();
    }

    [TestCase("2019-03-31", "2019-04-01")]
    [TestCase("2020-06-30", "2020-06-30")]
    public void ExclusiveEnd_WithoutAKnownSuccessor_ReadsThirtyFirstMarchAsTheLastDay(string written, string expected) =>
        AuthorityRegister.ExclusiveEnd(DateOnly.Parse(written, System.Globalization.CultureInfo.InvariantCulture), [])
            .Should().Be(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Test]
    public void OfficialName_WithADoubleSpaceInTheSource_IsNormalised()
    {
        Register.TryFind("E06000024", out var northSomerset).Should().BeTrue();

        northSomerset!.OfficialName.Should().Be("North Somerset Council");
    }

    [Test]
    public void FindByName_IgnoresCase() =>
        Register.FindByName("nottinghamshire county council").Select(a => a.GssCode).Should().Equal("E10000024");

    [Test]
    public void Parse_QuotedFieldsWithCommas_AreRead()
    {
        const string csv = "local-authority-code,official-name,gss-code,start-date,end-date,replaced-by,local-authority-type,county-la\n" +
            "BPC,\"Bournemouth, Christchurch and Poole Council\",E06000058,2019-04-01,,,UA,\n";

        var register = AuthorityRegister.Parse(csv);

        register.All.Should().ContainSingle().Which.OfficialName.Should().Be("Bournemouth, Christchurch and Poole Council");
    }

    [Test]
    public void Parse_MissingColumn_Throws() =>
        FluentActions.Invoking(() => AuthorityRegister.Parse("gss-code\nE1\n")).Should().Throw<FormatException>();
}
