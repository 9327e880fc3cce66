using Governance.Model.Loading;

namespace Governance.Model.Tests.Loading;

/// <summary>A complete, realistic authority file with every section of the format, loaded from disk.</summary>
public class CompleteAuthorityTests
{
    internal const string Nottinghamshire = """
        # yaml-language-server: $schema=../../schemas/authority.schema.json
        code: E10000024
        name: Nottinghamshire County Council
        kind: county
        recordedAsAt: 2010-04-01
        districts: [
          E07000170,
            E07000171, E07000172, E07000173,
          E07000174, E07000175, E07000176]
        people:
          - id: jdoe
            name: Jane Doe
            type: officer
            jobTitle: Corporate Director, Children, Families and Cultural Services
            politicalOffices: []
            safeguardingTraining:
              - course: Safeguarding children for senior leaders
                completedOn: 2009-11-12
            vettingAndBarring:
              registeredOn: 2010-01-15
              reference: VBS-000123
          - id: msmith
            name: Mick Smith
            type: officer
            jobTitle: Chief Executive
          - id: jsmith
            name: Jo Smith
            type: officer
            jobTitle: Service Director, Education Standards and Inclusion
          - id: pbrown
            name: Pat Brown
            type: councillor
            party: Labour
            isExecutiveMember: true
            politicalOffices: [Group leader]
        posts:
          - id: dcs
            role: directorOfChildrensServices
            holder: jdoe
            start: 2008-04-01
            end: 2011-03-31
            tenure: substantive
            reportsTo: ceo
            onSeniorManagementTeam: true
            additionalFunctions: [culture]
            jointWith: [E06000018]
          - id: ceo
            role: chiefExecutive
            holder: msmith
          - id: lead
            role: leadMemberForChildrensServices
            holder: pbrown
          - id: dass
            role: directorOfAdultSocialServices
        divisions:
          - id: education
            name: Education, Standards and Inclusion
            head: jsmith
            reportsTo: dcs
            functions: [education, earlyYears]
        boards:
          - id: lscb
            kind: localSafeguardingChildrenBoard
            name: Nottinghamshire Safeguarding Children Board
            chairName: Alex Green
            chairIsIndependent: true
            members:
              - person: jdoe
                represents: localAuthority
                capacity: member
              - name: Chief Superintendent Sam Hill
                organisation: Nottinghamshire Police
                represents: police
              - name: Cllr Lee Ward
                organisation: Ashfield District Council
                represents: districtCouncil
                representedAuthority: E07000170
          - id: ctb
            kind: childrensTrustBoard
            name: Nottinghamshire Children's Trust Board
            chair: pbrown
            members:
              - person: pbrown
                represents: localAuthority
                capacity: participantObserver
        publications:
          - id: cypp
            kind: childrenAndYoungPeoplesPlan
            title: Children and Young People's Plan 2009-2012
            published: 2009-06-01
            coversFrom: 2009-04-01
            coversUntil: 2012-03-31
            submittedTo: ctb
        departures:
          - ruleId: dcs-dass-combined
            reasons: >-
              A combined Director of People was considered and rejected.
            decidedBy: Cabinet
            decidedOn: 2009-09-14
            reviewBy: 2011-09-14
        """;

    private string folder = null!;
    private string path = null!;

    [SetUp]
    public void WriteFile()
    {
        folder = Directory.CreateTempSubdirectory("governance-complete-").FullName;
        path = Path.Join(folder, "nottinghamshire.yaml");
        File.WriteAllText(path, Nottinghamshire);
    }

    [TearDown]
    public void DeleteFile() => Directory.Delete(folder, recursive: true);

    [Test]
    public void LoadFile_CompleteAuthority_LoadsWithoutDiagnostics()
    {
        var result = AuthorityLoader.LoadFile(path);

        result.Diagnostics.Should().BeEmpty();
        result.HasErrors.Should().BeFalse();
        result.Files.Should().Equal(path);
        result.Authorities.Should().ContainSingle();
    }

    [Test]
    public void LoadFile_CompleteAuthority_ReadsTheTopLevel()
    {
        var authority = AuthorityLoader.LoadFileOrThrow(path);

        authority.Code.Should().Be("E10000024");
        authority.Name.Should().Be("Nottinghamshire County Council");
        authority.Kind.Should().Be(AuthorityKind.County);
        authority.RecordedAsAt.Should().Be(new DateOnly(2010, 4, 1));
        authority.IsTwoTier.Should().BeTrue();
        authority.Districts.Select(d => d.Name).Should().Equal(
            "Ashfield District Council", "Bassetlaw District Council", "Broxtowe Borough Council", "Gedling Borough Council",
            "Mansfield District Council", "Newark and Sherwood District Council", "Rushcliffe Borough Council");
        authority.Districts.Should().OnlyContain(d => d.Kind == AuthorityKind.District && ReferenceEquals(d.Authority, authority));
    }

    [Test]
    public void LoadFile_CompleteAuthority_ResolvesPeopleToTheSameObjects()
    {
        var authority = AuthorityLoader.LoadFileOrThrow(path);
        var jane = authority.People.Single(p => p.Id == "jdoe");
        var pat = authority.People.Single(p => p.Id == "pbrown");
        var dcs = authority.Posts.Single(p => p.Id == "dcs");
        var lscb = authority.Boards.Single(b => b.Id == "lscb");
        var ctb = authority.Boards.Single(b => b.Id == "ctb");

        dcs.Holder.Should().BeSameAs(jane);
        authority.Posts.Single(p => p.Id == "lead").Holder.Should().BeSameAs(pat);
        authority.Divisions.Single().Head.Should().BeSameAs(authority.People.Single(p => p.Id == "jsmith"));
        lscb.Members[0].Person.Should().BeSameAs(jane);
        ctb.Chair.Should().BeSameAs(pat);
        ctb.ChairName.Should().Be("Pat Brown");
        ctb.Members[0].Capacity.Should().Be(MembershipCapacity.ParticipantObserver);
    }

    [Test]
    public void LoadFile_CompleteAuthority_ResolvesPostsBoardsAndBackReferences()
    {
        var authority = AuthorityLoader.LoadFileOrThrow(path);
        var dcs = authority.Posts.Single(p => p.Id == "dcs");
        var ceo = authority.Posts.Single(p => p.Id == "ceo");
        var lscb = authority.Boards.Single(b => b.Id == "lscb");

        authority.Posts.Select(p => p.Id).Should().Equal("dcs", "ceo", "lead", "dass");
        dcs.ReportsTo.Should().BeSameAs(ceo);
        dcs.Authority.Should().BeSameAs(authority);
        authority.Posts.Single(p => p.Id == "dass").IsVacant.Should().BeTrue();
        authority.Divisions.Single().ReportsTo.Should().BeSameAs(dcs);
        authority.Publications.Single().SubmittedTo.Should().BeSameAs(authority.Boards.Single(b => b.Id == "ctb"));
        lscb.Members.Should().OnlyContain(m => ReferenceEquals(m.Board, lscb) && ReferenceEquals(m.Authority, authority));
        lscb.Members[2].RepresentedAuthority!.Name.Should().Be("Ashfield District Council");
        lscb.Members[2].RepresentedAuthority!.Authority.Should().BeSameAs(authority);
        dcs.JointWith.Should().ContainSingle().Which.Name.Should().Be("Nottingham City Council");
        dcs.JointWith[0].Authority.Should().BeSameAs(authority);
    }

    [Test]
    public void LoadFile_CompleteAuthority_ReadsValuesOfEverySection()
    {
        var authority = AuthorityLoader.LoadFileOrThrow(path);
        var jane = (Officer)authority.People.Single(p => p.Id == "jdoe");
        var pat = (Councillor)authority.People.Single(p => p.Id == "pbrown");
        var dcs = authority.Posts.Single(p => p.Id == "dcs");

        jane.JobTitle.Should().Be("Corporate Director, Children, Families and Cultural Services");
        jane.PoliticalOffices.Should().BeEmpty();
        jane.SafeguardingTraining.Should().ContainSingle().Which.CompletedOn.Should().Be(new DateOnly(2009, 11, 12));
        jane.SafeguardingTraining[0].Authority.Should().BeSameAs(authority);
        jane.VettingAndBarring!.Reference.Should().Be("VBS-000123");
        jane.VettingAndBarring.RegisteredOn.Should().Be(new DateOnly(2010, 1, 15));
        pat.Party.Should().Be("Labour");
        pat.IsExecutiveMember.Should().BeTrue();
        pat.PoliticalOffices.Should().Equal("Group leader");
        dcs.Start.Should().Be(new DateOnly(2008, 4, 1));
        dcs.End.Should().Be(new DateOnly(2011, 3, 31));
        dcs.Tenure.Should().Be(Tenure.Substantive);
        dcs.OnSeniorManagementTeam.Should().BeTrue();
        dcs.AdditionalFunctions.Should().Equal(ServiceFunction.Culture);
        authority.Divisions.Single().Functions.Should().Equal(ServiceFunction.Education, ServiceFunction.EarlyYears);
        authority.Boards[0].ChairIsIndependent.Should().BeTrue();
        authority.Boards[0].ChairName.Should().Be("Alex Green");
        authority.Boards[0].Chair.Should().BeNull();
        authority.Publications.Single().CoversUntil.Should().Be(new DateOnly(2012, 3, 31));
        var departure = authority.Departures.Single();
        departure.Reasons.Should().Be("A combined Director of People was considered and rejected.");
        departure.DecidedOn.Should().Be(new DateOnly(2009, 9, 14));
        departure.ReviewBy.Should().Be(new DateOnly(2011, 9, 14));
    }

    [Test]
    public void LoadFile_CompleteAuthority_KeepsLocationsOfElementsAndMembers()
    {
        var authority = AuthorityLoader.LoadFileOrThrow(path);
        var dcs = authority.Posts.Single(p => p.Id == "dcs");

        authority.Location.Should().Be(new SourceLocation(path, 2, 1));
        authority.LocationOf(nameof(Authority.RecordedAsAt)).Should().Be(new SourceLocation(path, 5, 1));
        authority.Districts[1].Location.Should().Be(new SourceLocation(path, 8, 5));
        authority.People[0].Location.Should().Be(new SourceLocation(path, 11, 5));
        authority.People[0].SafeguardingTraining[0].Location.Should().Be(new SourceLocation(path, 17, 9));
        dcs.Location.Should().Be(new SourceLocation(path, 37, 5));
        dcs.MemberLocations[nameof(Post.Holder)].Should().Be(new SourceLocation(path, 39, 5));
        dcs.MemberLocations[nameof(Post.JointWith)].Should().Be(new SourceLocation(path, 46, 5));
        authority.Posts.Single(p => p.Id == "dass").MemberLocations.Should().NotContainKey(nameof(Post.Holder));
        authority.Posts.Single(p => p.Id == "dass").LocationOf(nameof(Post.Holder)).Should().Be(new SourceLocation(path, 53, 5));
        authority.Boards[0].Members[1].LocationOf(nameof(BoardMembership.Organisation)).Should().Be(new SourceLocation(path, 72, 9));
        authority.People[0].MemberLocations.Should().NotContainKey("Type");
    }
}
