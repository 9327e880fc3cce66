namespace Governance.Model.Tests.Loading.Reading;

/// <summary>GSS codes, kinds, names, districts and joint appointments checked against the register.</summary>
public class RegisterChecksTests
{
    private static string Top(string code, string name, string kind, string date = "2010-04-01") =>
        $"code: {code}\nname: {name}\nkind: {kind}\nrecordedAsAt: {date}\n";

    [Test]
    public void UnknownGssCode_IsAnError()
    {
        var diagnostic = TestYaml.Load(Top("E10000099", "Nowhere County Council", "county")).Only();

        diagnostic.Code.Should().Be("GOV140");
        diagnostic.Message.Should().Contain("'E10000099' is not the GSS code of an English local authority");
        diagnostic.ShouldBeAt(1, 1);
    }

    [Test]
    public void UnknownGssCodeWithAKnownName_SuggestsTheCode() =>
        TestYaml.Load(Top("E10000042", "Nottinghamshire County Council", "county"))
            .Only().Message.Should().Contain("Did you mean E10000024, the code of Nottinghamshire County Council?");

    [Test]
    public void KindDifferentFromTheRegister_IsAnError()
    {
        var diagnostic = TestYaml.Load(Top("E10000024", "Nottinghamshire County Council", "unitary")).Only();

        diagnostic.Code.Should().Be("GOV142");
        diagnostic.Message.Should().Contain("the register says E10000024, Nottinghamshire County Council, is a county council: write 'kind: county'");
        diagnostic.ShouldBeAt(3, 1);
    }

    [Test]
    public void NameDifferentFromTheRegister_IsAWarningAndTheAuthorityLoads()
    {
        var result = TestYaml.Load(Top("E10000024", "Notts County Council", "county"));

        var diagnostic = result.Only();
        diagnostic.Code.Should().Be("GOV143");
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Warning);
        diagnostic.Message.Should().Contain("'Nottinghamshire County Council'");
        diagnostic.ShouldBeAt(2, 1);
        result.HasErrors.Should().BeFalse();
        result.Authorities.Single().Name.Should().Be("Notts County Council");
    }

    [Test]
    public void NameDifferingOnlyInSpacing_IsAccepted() =>
        TestYaml.Load(Top("E06000024", "North Somerset  Council", "unitary")).Diagnostics.Should().BeEmpty();

    [Test]
    public void FileWhoseKindIsDistrict_SaysPlainlyThatADistrictIsNotAChildrensServicesAuthority()
    {
        var diagnostic = TestYaml.Load(Top("E07000170", "Ashfield District Council", "district")).Only();

        diagnostic.Code.Should().Be("GOV146");
        diagnostic.Message.Should().Contain("A district council is not a children's services authority")
            .And.Contain("Nottinghamshire County Council (E10000024)");
        diagnostic.ShouldBeAt(3, 1);
    }

    [Test]
    public void FileWhoseCodeIsADistrict_SaysSoAtTheCode()
    {
        var diagnostic = TestYaml.Load(Top("E07000170", "Ashfield District Council", "county")).Only();

        diagnostic.Code.Should().Be("GOV146");
        diagnostic.ShouldBeAt(1, 1);
    }

    [TestCase("E61000001", "Greater London Authority", "a strategic regional authority")]
    [TestCase("E47000001", "Greater Manchester Combined Authority", "a combined authority")]
    public void CodeOfABodyThatIsNotACouncil_IsAnError(string code, string name, string what)
    {
        var diagnostic = TestYaml.Load(Top(code, name, "unitary")).Only();

        diagnostic.Code.Should().Be("GOV141");
        diagnostic.Message.Should().Contain(what);
    }

    [Test]
    public void AuthorityRecordedAfterItWasAbolished_IsAWarning()
    {
        var diagnostic = TestYaml.Load(Top("E10000009", "Dorset County Council", "county", "2019-04-01")).Only();

        diagnostic.Code.Should().Be("GOV148");
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Warning);
        diagnostic.Message.Should().Contain("ceased to exist on 2019-04-01").And.Contain("Dorset Council (E06000059)");
    }

    [Test]
    public void AuthorityRecordedOnItsLastDay_IsAccepted() =>
        TestYaml.Load(Top("E10000009", "Dorset County Council", "county", "2019-03-31")).Diagnostics.Should().BeEmpty();

    [Test]
    public void AuthorityRecordedBeforeItWasCreated_IsAWarning() =>
        TestYaml.Load(Top("E06000059", "Dorset Council", "unitary", "2019-03-31")).Only().Code.Should().Be("GOV148");

    [Test]
    public void DistrictThatIsNotALowerTierDistrict_IsAnError()
    {
        var diagnostic = TestYaml.LoadWithHeader("districts:\n  - E07000170\n  - E06000018\n").Only();

        diagnostic.Code.Should().Be("GOV144");
        diagnostic.Message.Should().Contain("E06000018 is Nottingham City Council, a unitary authority, not a lower-tier district council");
        diagnostic.ShouldBeAt(7, 5);
    }

    [Test]
    public void DistrictOfAnotherCounty_IsAWarning()
    {
        var result = TestYaml.LoadWithHeader("districts: [E07000170, E07000150]\n");

        var diagnostic = result.Only();
        diagnostic.Code.Should().Be("GOV145");
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Warning);
        diagnostic.Message.Should().Contain("Northamptonshire County Council");
        result.Authorities.Single().Districts.Should().HaveCount(2);
    }

    [Test]
    public void DistrictListedTwice_IsAnError() =>
        TestYaml.LoadWithHeader("districts: [E07000170, E07000170]\n").Only().Code.Should().Be("GOV131");

    [Test]
    public void DistrictsOnAUnitary_IsAnError() =>
        TestYaml.Load(Top("E06000018", "Nottingham City Council", "unitary") + "districts: [E07000170]\n")
            .Only().Code.Should().Be("GOV147");

    [Test]
    public void UnknownDistrictCode_IsAnError() =>
        TestYaml.LoadWithHeader("districts: [E07999999]\n").Only().Code.Should().Be("GOV140");

    [Test]
    public void JointAppointmentWithADistrict_SaysADistrictIsNotAChildrensServicesAuthority()
    {
        var diagnostic = TestYaml.LoadWithHeader("posts:\n  - id: dcs\n    role: directorOfChildrensServices\n    jointWith: [E07000170]\n").Only();

        diagnostic.Code.Should().Be("GOV146");
        diagnostic.Message.Should().Contain("Ashfield District Council, a lower-tier district council, which is not a children's services authority");
        diagnostic.ShouldBeAt(8, 17);
    }

    [Test]
    public void JointAppointmentWithItself_IsAnError() =>
        TestYaml.LoadWithHeader("posts:\n  - id: dcs\n    role: directorOfChildrensServices\n    jointWith: [E10000024]\n")
            .Only().Code.Should().Be("GOV149");

    [Test]
    public void RepresentedAuthorityWithAnUnknownCode_IsAnError() =>
        TestYaml.LoadWithHeader(
            "boards:\n  - id: b\n    kind: childrensTrustBoard\n    name: Board\n    members:\n      - name: Lee\n        represents: districtCouncil\n        representedAuthority: E0700017\n")
            .Only().Code.Should().Be("GOV140");
}
