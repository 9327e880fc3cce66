using System.Globalization;
using System.Text;

namespace Governance.Corpus;

/// <summary>Writes one authority file, in the authority file format, from an <see cref="AuthorityPlan"/>.</summary>
internal sealed class AuthorityYamlWriter
{
    private static readonly string[] FirstNames =
    [
        "Alison", "Andrew", "Angela", "Anthony", "Barbara", "Brian", "Carol", "Christopher", "Claire", "David",
        "Deborah", "Elaine", "Fiona", "Gareth", "Helen", "Ian", "Janet", "Jonathan", "Karen", "Keith", "Linda",
        "Mark", "Margaret", "Martin", "Nicola", "Patricia", "Paul", "Rachel", "Richard", "Sarah", "Simon", "Susan",
        "Stephen", "Tracey", "Trevor", "Wendy", "Yasmin", "Imran", "Priya", "Kwame",
    ];

    private static readonly string[] Surnames =
    [
        "Ahmed", "Atkinson", "Bennett", "Bradshaw", "Brown", "Chapman", "Clarke", "Dawson", "Edwards", "Fletcher",
        "Gibson", "Hall", "Harrison", "Hughes", "Jackson", "Kaur", "Khan", "Lawson", "Marsh", "Mitchell", "Morgan",
        "Newton", "O'Brien", "Patel", "Pearson", "Quinn", "Robinson", "Shaw", "Singh", "Taylor", "Turner",
        "Walker", "Ward", "Webb", "Whitehead", "Wood", "Wright", "Young",
    ];

    private static readonly string[] Parties = ["Labour", "Conservative", "Liberal Democrat", "Independent"];

    private readonly StringBuilder yaml = new();
    private readonly AuthorityPlan plan;
    private readonly DateOnly asAt;
    private readonly Random random;
    private readonly string place;

    private AuthorityYamlWriter(AuthorityPlan plan, DateOnly asAt)
    {
        this.plan = plan;
        this.asAt = asAt;
        random = new Random(plan.DetailSeed);
        place = PlaceOf(plan.Name);
    }

    /// <summary>The YAML text of the authority's file.</summary>
    public static string Write(AuthorityPlan plan, DateOnly asAt) => new AuthorityYamlWriter(plan, asAt).Write();

    private string Write()
    {
        Line(0, "# yaml-language-server: $schema=../../schemas/authority.schema.json");
        Line(0, $"# {plan.Name}: generated for the benchmarks; every person named is fictional.");
        Line(0, $"code: {plan.Code}");
        Line(0, $"name: {Quote(plan.Name)}");
        Line(0, $"kind: {Camel(plan.Kind.ToString())}");
        Line(0, $"recordedAsAt: {Date(asAt)}");
        if (plan.Districts.Count > 0)
        {
            Line(0, "districts:");
            foreach (var (code, name) in plan.Districts)
            {
                Line(1, $"- {code}   # {name}");
            }
        }

        WritePeople();
        WritePosts();
        WriteDivisions();
        WriteBoards();
        WritePublications();
        WriteDepartures();
        return yaml.ToString();
    }

    private void WritePeople()
    {
        Line(0, "people:");
        Officer("ceo-person", "Chief Executive", training: false);
        Officer("dcs-person", plan.DcsAlsoDass ? "Executive Director, Children and Adults" : "Director of Children's Services", training: true);
        if (!plan.DcsAlsoDass)
        {
            Officer("dass-person", "Director of Adult Social Services", training: false);
        }

        Officer("head-education", "Assistant Director, Education and Learning", training: false);
        Officer("head-social-care", "Assistant Director, Children's Social Care", training: true);
        Officer("head-safeguarding", "Head of Safeguarding and Quality Assurance", training: true);
        Officer("head-early-years", "Head of Early Years and Children's Centres", training: false);
        Councillor("cllr-leader", executive: true, training: false);
        Councillor("cllr-lead-member", executive: true, training: true);
        if (plan.TwoLeadMembers)
        {
            Councillor("cllr-second-lead-member", executive: true, training: true);
        }

        Councillor("cllr-supporting-member", executive: false, training: true);
    }

    private void Officer(string id, string jobTitle, bool training)
    {
        Line(1, $"- id: {id}");
        Line(2, $"name: {Quote(PersonName())}");
        Line(2, "type: officer");
        Line(2, $"jobTitle: {Quote(jobTitle)}");
        Background(training);
    }

    private void Councillor(string id, bool executive, bool training)
    {
        Line(1, $"- id: {id}");
        Line(2, $"name: {Quote("Cllr " + PersonName())}");
        Line(2, "type: councillor");
        Line(2, $"party: {Quote(Parties[random.Next(Parties.Length)])}");
        if (executive)
        {
            Line(2, "isExecutiveMember: true");
        }

        Background(training);
    }

    private void Background(bool training)
    {
        if (training)
        {
            Line(2, "safeguardingTraining:");
            Line(3, "- course: Safeguarding children for senior leaders");
            Line(4, $"completedOn: {Date(asAt.AddDays(-30 - random.Next(600)))}");
        }

        if (random.NextDouble() < 0.5)
        {
            Line(2, "vettingAndBarring:");
            Line(3, $"registeredOn: {Date(asAt.AddDays(-random.Next(200)))}");
            Line(3, $"reference: VBS-{random.Next(100000, 999999).ToString(CultureInfo.InvariantCulture)}");
        }
    }

    private void WritePosts()
    {
        Line(0, "posts:");
        Post("ceo", "chiefExecutive", "ceo-person", reportsTo: null, seniorManagement: true, start: Years(3, 12));
        Post("leader", "leader", "cllr-leader", reportsTo: null, seniorManagement: false, start: Years(1, 8));

        Line(1, "- id: dcs");
        Line(2, "role: directorOfChildrensServices");
        if (!plan.DcsVacant)
        {
            Line(2, "holder: dcs-person");
        }

        var dcsStart = Years(1, 5);
        Line(2, $"start: {Date(dcsStart)}");
        if (plan.DcsEnded)
        {
            Line(2, $"end: {Date(asAt.AddDays(-1 - random.Next(60)))}");
        }

        if (plan.DcsInterim)
        {
            Line(2, "tenure: interim");
        }

        Line(2, "reportsTo: ceo");
        Line(2, $"onSeniorManagementTeam: {(plan.DcsNotOnSeniorManagementTeam ? "false" : "true")}");
        if (random.NextDouble() < 0.3)
        {
            Line(2, "additionalFunctions: [culture, leisure]");
        }

        if (plan.JointDcsWith.Count > 0)
        {
            Line(2, $"jointWith: [{string.Join(", ", plan.JointDcsWith)}]");
        }

        Post("dass", "directorOfAdultSocialServices", plan.DcsAlsoDass ? "dcs-person" : "dass-person", "ceo", seniorManagement: true, start: dcsStart);
        Post("lead-member", "leadMemberForChildrensServices", "cllr-lead-member", reportsTo: null, seniorManagement: false, start: Years(1, 4));
        if (plan.TwoLeadMembers)
        {
            Post("second-lead-member", "leadMemberForChildrensServices", "cllr-second-lead-member", reportsTo: null, seniorManagement: false, start: Years(0, 2));
        }

        Post("supporting-member", "supportingMember", "cllr-supporting-member", reportsTo: null, seniorManagement: false, start: Years(0, 3));
    }

    private void Post(string id, string role, string holder, string? reportsTo, bool seniorManagement, DateOnly start)
    {
        Line(1, $"- id: {id}");
        Line(2, $"role: {role}");
        Line(2, $"holder: {holder}");
        Line(2, $"start: {Date(start)}");
        if (reportsTo is not null)
        {
            Line(2, $"reportsTo: {reportsTo}");
        }

        if (seniorManagement)
        {
            Line(2, "onSeniorManagementTeam: true");
        }
    }

    private void WriteDivisions()
    {
        Line(0, "divisions:");
        Division("education", "Education and Learning", "head-education", "dcs", "[education, earlyYears]");
        Division("social-care", "Children's Social Care", "head-social-care", "dcs", "[childrensSocialCare, youthJustice]");
        Division("safeguarding", "Safeguarding and Quality Assurance", "head-safeguarding", "dcs", "[safeguarding]");
        Division("early-years", "Early Years and Children's Centres", "head-early-years", "dcs", "[earlyYears]");
        Division("adult-care", "Adult Social Care", plan.DcsAlsoDass ? null : "dass-person", "dass", "[adultSocialCare]");
    }

    private void Division(string id, string name, string? head, string reportsTo, string functions)
    {
        Line(1, $"- id: {id}");
        Line(2, $"name: {Quote(name)}");
        if (head is not null)
        {
            Line(2, $"head: {head}");
        }

        Line(2, $"reportsTo: {reportsTo}");
        Line(2, $"functions: {functions}");
    }

    private void WriteBoards()
    {
        Line(0, "boards:");
        Line(1, "- id: lscb");
        Line(2, "kind: localSafeguardingChildrenBoard");
        Line(2, $"name: {Quote(place + " Safeguarding Children Board")}");
        Line(2, $"chairName: {Quote(PersonName())}");
        Line(2, "chairIsIndependent: true");
        Line(2, "members:");
        if (!plan.DcsNotOnLscb)
        {
            Member("dcs-person", "localAuthority", plan.DcsObserverOnLscb ? "participantObserver" : null);
        }

        Member("cllr-lead-member", "localAuthority", "participantObserver");
        Member("head-safeguarding", "localAuthority", null);
        Member("head-social-care", "localAuthority", null);
        Partner($"Detective Superintendent {PersonName()}", $"{place} Police", "police");
        Partner($"Dr {PersonName()}", $"NHS {place}", "health");
        Partner(PersonName(), $"{place} Probation Trust", "probation");
        Partner(PersonName(), $"{place} head teachers", "schools");
        Partner(PersonName(), $"{place} Youth Offending Team", "youthOffendingTeam");
        Partner(PersonName(), $"{place} Council for Voluntary Service", "voluntarySector");

        Line(1, "- id: ctb");
        Line(2, "kind: childrensTrustBoard");
        Line(2, $"name: {Quote(place + " Children's Trust Board")}");
        Line(2, "chair: cllr-lead-member");
        Line(2, "members:");
        Member("cllr-lead-member", "localAuthority", null);
        if (!plan.DcsVacant)
        {
            Member("dcs-person", "localAuthority", null);
        }

        Member("head-education", "localAuthority", null);
        Partner($"Chief Superintendent {PersonName()}", $"{place} Police", "police");
        Partner(PersonName(), $"NHS {place}", "health");
        Partner(PersonName(), $"{place} head teachers", "schools");
        Partner(PersonName(), $"{place} College", "colleges");
        Partner(PersonName(), "Jobcentre Plus", "jobcentrePlus");
        Partner(PersonName(), $"{place} Probation Trust", "probation");
        if (!plan.NoDistrictOnChildrensTrustBoard)
        {
            foreach (var (code, name) in plan.Districts.Take(3))
            {
                Line(3, $"- name: {Quote("Cllr " + PersonName())}");
                Line(4, $"organisation: {Quote(name)}");
                Line(4, "represents: districtCouncil");
                Line(4, $"representedAuthority: {code}");
            }
        }
    }

    private void Member(string person, string represents, string? capacity)
    {
        Line(3, $"- person: {person}");
        Line(4, $"represents: {represents}");
        if (capacity is not null)
        {
            Line(4, $"capacity: {capacity}");
        }
    }

    private void Partner(string name, string organisation, string represents)
    {
        Line(3, $"- name: {Quote(name)}");
        Line(4, $"organisation: {Quote(organisation)}");
        Line(4, $"represents: {represents}");
    }

    private void WritePublications()
    {
        Line(0, "publications:");
        Line(1, "- id: cypp");
        Line(2, "kind: childrenAndYoungPeoplesPlan");
        Line(2, $"title: {Quote(place + " Children and Young People's Plan 2009-2012")}");
        Line(2, "published: 2009-04-01");
        Line(2, "coversFrom: 2009-04-01");
        Line(2, "coversUntil: 2012-03-31");
        Line(2, "submittedTo: ctb");
        Line(1, "- id: lscb-annual-report");
        Line(2, "kind: lscbAnnualReport");
        Line(2, $"title: {Quote(place + " Safeguarding Children Board Annual Report 2008-09")}");
        Line(2, $"published: {Date(new DateOnly(2009, 7, 1).AddDays(random.Next(90)))}");
        Line(2, "coversFrom: 2008-04-01");
        Line(2, "coversUntil: 2009-03-31");
        Line(2, "submittedTo: ctb");
    }

    private void WriteDepartures()
    {
        if (plan.Departures.Count == 0)
        {
            return;
        }

        Line(0, "departures:");
        foreach (var (ruleId, overdue) in plan.Departures)
        {
            var decided = asAt.AddDays(-200 - random.Next(400));
            Line(1, $"- ruleId: {ruleId}");
            Line(2, "reasons: >-");
            Line(3, "The Council has considered the guidance and decided, for the reasons in the report to Cabinet,");
            Line(3, "that its present arrangements serve children and families better; the Lead Member and the Chief");
            Line(3, "Executive review the arrangement and its effect on the focus on children every quarter.");
            Line(2, "decidedBy: Cabinet");
            Line(2, $"decidedOn: {Date(decided)}");
            Line(2, $"reviewBy: {Date(overdue ? asAt.AddDays(-10 - random.Next(60)) : decided.AddYears(2))}");
        }
    }

    private DateOnly Years(int least, int most) => asAt.AddDays(-365 * least - random.Next(365 * (most - least) + 1));

    private string PersonName() => $"{FirstNames[random.Next(FirstNames.Length)]} {Surnames[random.Next(Surnames.Length)]}";

    private void Line(int depth, string text) => yaml.Append(' ', depth * 2).Append(text).Append('\n');

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string PlaceOf(string officialName)
    {
        string[] suffixes = [" Metropolitan Borough Council", " City Council", " County Council", " Borough Council", " Council"];
        foreach (var suffix in suffixes)
        {
            if (officialName.EndsWith(suffix, StringComparison.Ordinal))
            {
                return officialName[..^suffix.Length];
            }
        }

        const string london = "London Borough of ";
        const string royal = "Royal Borough of ";
        return officialName.StartsWith(london, StringComparison.Ordinal) ? officialName[london.Length..]
            : officialName.StartsWith(royal, StringComparison.Ordinal) ? officialName[royal.Length..]
            : officialName;
    }
}
