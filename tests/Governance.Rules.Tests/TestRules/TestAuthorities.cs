using Governance.Model;

namespace Governance.Rules.Tests.TestRules;

/// <summary>Small authorities built in code, each showing what one of the test rules looks for.</summary>
internal static class TestAuthorities
{
    /// <summary>A metropolitan district whose DCS also holds the DASS post, is not on the senior management team,
    /// not on the LSCB, and is recorded as a joint appointment with a partner that does not record it back; it also
    /// records two Lead Members.</summary>
    public static Authority Metropolitan()
    {
        var director = new Officer { Id = "director", Name = "Alex Director" };
        var lm1 = new Councillor { Id = "lm1", Name = "Cllr One" };
        var lm2 = new Councillor { Id = "lm2", Name = "Cllr Two" };
        return new Authority
        {
            Code = "E08000010",
            Name = "Metropolitan Council",
            Kind = AuthorityKind.MetropolitanDistrict,
            RecordedAsAt = new DateOnly(2010, 3, 31),
            People = [director, lm1, lm2],
            Posts =
            [
                new Post
                {
                    Id = "dcs", Role = PostRole.DirectorOfChildrensServices, Holder = director, Start = new DateOnly(2008, 1, 1),
                    JointWith = [new AuthorityReference { Code = "E08000011", Name = "Partner Council", Kind = AuthorityKind.MetropolitanDistrict }],
                },
                new Post { Id = "dass", Role = PostRole.DirectorOfAdultSocialServices, Holder = director },
                new Post { Id = "lm-1", Role = PostRole.LeadMemberForChildrensServices, Holder = lm1 },
                new Post { Id = "lm-2", Role = PostRole.LeadMemberForChildrensServices, Holder = lm2 },
            ],
            Boards =
            [
                new Board
                {
                    Id = "lscb", Kind = BoardKind.LocalSafeguardingChildrenBoard, Name = "Metropolitan LSCB",
                    Members = [new BoardMembership { Name = "Police Chief", Represents = PartnerKind.Police }],
                },
            ],
        };
    }

    /// <summary>The partner of the joint appointment, which records a DCS of its own that is not joint.</summary>
    public static Authority Partner()
    {
        var director = new Officer { Id = "own-director", Name = "Sam Own" };
        return new Authority
        {
            Code = "E08000011",
            Name = "Partner Council",
            Kind = AuthorityKind.MetropolitanDistrict,
            RecordedAsAt = new DateOnly(2010, 3, 31),
            People = [director],
            Posts = [new Post { Id = "dcs", Role = PostRole.DirectorOfChildrensServices, Holder = director, OnSeniorManagementTeam = true }],
            Boards =
            [
                new Board
                {
                    Id = "lscb", Kind = BoardKind.LocalSafeguardingChildrenBoard, Name = "Partner LSCB",
                    Members = [new BoardMembership { Person = director, Name = director.Name, Represents = PartnerKind.LocalAuthority }],
                },
            ],
        };
    }

    /// <summary>A county with two districts whose Children's Trust Board has no district council member, and whose
    /// DCS post is vacant.</summary>
    public static Authority County() => new()
    {
        Code = "E10000024",
        Name = "Shire County Council",
        Kind = AuthorityKind.County,
        RecordedAsAt = new DateOnly(2010, 3, 31),
        Districts =
        [
            new AuthorityReference { Code = "E07000170", Name = "Ashfield", Kind = AuthorityKind.District },
            new AuthorityReference { Code = "E07000171", Name = "Bassetlaw", Kind = AuthorityKind.District },
        ],
        Posts = [new Post { Id = "dcs", Role = PostRole.DirectorOfChildrensServices, OnSeniorManagementTeam = true }],
        Boards =
        [
            new Board
            {
                Id = "ctb", Kind = BoardKind.ChildrensTrustBoard, Name = "Shire Children's Trust Board",
                Members = [new BoardMembership { Name = "Health Lead", Represents = PartnerKind.Health }],
            },
        ],
    };

    /// <summary>Every element of the authorities, as facts for the engine.</summary>
    public static IReadOnlyList<object> Facts(params Authority[] authorities)
    {
        var facts = new List<object>();
        foreach (var authority in authorities)
        {
            facts.Add(authority);
            facts.AddRange(authority.Districts);
            facts.AddRange(authority.People);
            facts.AddRange(authority.Posts);
            facts.AddRange(authority.Posts.SelectMany(p => p.JointWith));
            facts.AddRange(authority.Boards);
            facts.AddRange(authority.Boards.SelectMany(b => b.Members));
            facts.AddRange(authority.Divisions);
            facts.AddRange(authority.Publications);
            facts.AddRange(authority.Departures);
        }

        return facts;
    }
}
