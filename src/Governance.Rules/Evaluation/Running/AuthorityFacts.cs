using Governance.Model;
using Governance.Rules.Engine;

namespace Governance.Rules.Evaluation.Running;

/// <summary>Turns authorities into the facts rules match: each authority and every element of its arrangements.</summary>
internal static class AuthorityFacts
{
    /// <summary>The facts of the authorities, authority by authority, each in file order.</summary>
    public static List<object> Of(IEnumerable<Authority> authorities) => Of(authorities, static _ => true);

    /// <summary>
    /// The facts of the authorities that rules may read, authority by authority, each in file order: a list of elements
    /// no rule reads (say, the training records, when no pattern matches them) is not walked at all.
    /// </summary>
    /// <param name="authorities">The authorities.</param>
    /// <param name="mayRead">Whether a rule may read a fact declared as the given type (see <see cref="CompiledRules.MayRead"/>).</param>
    public static List<object> Of(IEnumerable<Authority> authorities, Func<Type, bool> mayRead)
    {
        var kinds = new Kinds(mayRead);
        var facts = new List<object>();
        foreach (var authority in authorities)
        {
            Add(facts, authority, kinds);
        }

        return facts;
    }

    private static void Add(List<object> facts, Authority authority, Kinds read)
    {
        if (read.Authorities)
        {
            facts.Add(authority);
        }

        if (read.References)
        {
            facts.AddRange(authority.Districts);
        }

        if (read.People || read.Training || read.Vetting)
        {
            foreach (var person in authority.People)
            {
                AddIf(read.People, facts, person);
                if (read.Training)
                {
                    facts.AddRange(person.SafeguardingTraining);
                }

                if (read.Vetting && person.VettingAndBarring is { } registration)
                {
                    facts.Add(registration);
                }
            }
        }

        if (read.Posts || read.References)
        {
            foreach (var post in authority.Posts)
            {
                AddIf(read.Posts, facts, post);
                if (read.References)
                {
                    facts.AddRange(post.JointWith);
                }
            }
        }

        if (read.Divisions)
        {
            facts.AddRange(authority.Divisions);
        }

        if (read.Boards || read.Chairs || read.Members || read.References)
        {
            foreach (var board in authority.Boards)
            {
                AddIf(read.Boards, facts, board);
                if (read.Chairs)
                {
                    facts.AddRange(board.Chairs);
                }

                foreach (var member in board.Members)
                {
                    AddIf(read.Members, facts, member);
                    if (read.References && member.RepresentedAuthority is { } represented)
                    {
                        facts.Add(represented);
                    }
                }
            }
        }

        if (read.Committees || read.CommitteeMembers)
        {
            foreach (var committee in authority.ScrutinyCommittees)
            {
                AddIf(read.Committees, facts, committee);
                if (read.CommitteeMembers)
                {
                    facts.AddRange(committee.Members);
                }
            }
        }

        if (read.Publications)
        {
            facts.AddRange(authority.Publications);
        }

        if (read.Reviews)
        {
            facts.AddRange(authority.Reviews);
        }

        if (read.Departures)
        {
            facts.AddRange(authority.Departures);
        }
    }

    private static void AddIf(bool read, List<object> facts, object fact)
    {
        if (read)
        {
            facts.Add(fact);
        }
    }

    /// <summary>The authority a fact belongs to: itself, its owner, or for a derived fact the owner of its first field that has one.</summary>
    public static Authority? OwnerOf(object? fact) => fact switch
    {
        Authority authority => authority,
        AuthorityElement element => element.Authority,
        Definitions.DerivedFact derived => derived.Values.Select(OwnerOf).FirstOrDefault(a => a is not null),
        _ => null,
    };

    /// <summary>Where a fact is written: its own location, or for a derived fact that of its first field that has one.</summary>
    public static SourceLocation LocationOf(object? fact) => fact switch
    {
        ModelElement element => element.Location,
        Definitions.DerivedFact derived => derived.Values.Select(LocationOf).FirstOrDefault(l => l.IsKnown),
        _ => SourceLocation.None,
    };

    /// <summary>
    /// Where a value a rule points at (<c>at:</c>) is written: an element's own location; for one of the lists of an
    /// authority, a board or a person, the place its key is written, or where the key would go (the element itself).
    /// </summary>
    public static SourceLocation PlaceOf(object? value, IEnumerable<object> facts)
    {
        if (value is ModelElement or Definitions.DerivedFact)
        {
            return LocationOf(value);
        }

        if (value is null)
        {
            return SourceLocation.None;
        }

        foreach (var fact in facts)
        {
            var place = SectionPlace(value, fact) ?? (OwnerOf(fact) is { } owner ? SectionPlace(value, owner) : null);
            if (place is { } found)
            {
                return found;
            }
        }

        return SourceLocation.None;
    }

    private static SourceLocation? SectionPlace(object value, object fact) => fact switch
    {
        Authority a when ReferenceEquals(value, a.Posts) => a.LocationOf(nameof(Authority.Posts)),
        Authority a when ReferenceEquals(value, a.People) => a.LocationOf(nameof(Authority.People)),
        Authority a when ReferenceEquals(value, a.Boards) => a.LocationOf(nameof(Authority.Boards)),
        Authority a when ReferenceEquals(value, a.Divisions) => a.LocationOf(nameof(Authority.Divisions)),
        Authority a when ReferenceEquals(value, a.Publications) => a.LocationOf(nameof(Authority.Publications)),
        Authority a when ReferenceEquals(value, a.Departures) => a.LocationOf(nameof(Authority.Departures)),
        Authority a when ReferenceEquals(value, a.ScrutinyCommittees) => a.LocationOf(nameof(Authority.ScrutinyCommittees)),
        Authority a when ReferenceEquals(value, a.Reviews) => a.LocationOf(nameof(Authority.Reviews)),
        Authority a when ReferenceEquals(value, a.Districts) => a.LocationOf(nameof(Authority.Districts)),
        Board b when ReferenceEquals(value, b.Members) => b.LocationOf(nameof(Board.Members)),
        Board b when ReferenceEquals(value, b.Chairs) => b.LocationOf(nameof(Board.Chairs)),
        ScrutinyCommittee c when ReferenceEquals(value, c.Members) => c.LocationOf(nameof(ScrutinyCommittee.Members)),
        ScrutinyCommittee c when ReferenceEquals(value, c.Scrutinises) => c.LocationOf(nameof(ScrutinyCommittee.Scrutinises)),
        Review r when ReferenceEquals(value, r.CarriedOutBy) => r.LocationOf(nameof(Review.CarriedOutBy)),
        Post p when ReferenceEquals(value, p.Remit) => p.LocationOf(nameof(Post.Remit)),
        Person p when ReferenceEquals(value, p.SafeguardingTraining) => p.LocationOf(nameof(Person.SafeguardingTraining)),
        Post p when ReferenceEquals(value, p.JointWith) => p.LocationOf(nameof(Post.JointWith)),
        Post p when ReferenceEquals(value, p.AdditionalFunctions) => p.LocationOf(nameof(Post.AdditionalFunctions)),
        Division d when ReferenceEquals(value, d.Functions) => d.LocationOf(nameof(Division.Functions)),
        _ => null,
    };

    /// <summary>Describes bound values as evidence: each fact's description and place; any other value as written.</summary>
    public static IReadOnlyList<Evidence> EvidenceOf(IEnumerable<BoundValue> bindings) =>
    [
        .. bindings.Select(b => new Evidence(
            b.Name.StartsWith('$') ? b.Value?.GetType().Name ?? b.Name : b.Name,
            b.Value?.ToString() ?? "(none)",
            LocationOf(b.Value))),
    ];

    /// <summary>Which of the model's elements rules may read, asked once per evaluation.</summary>
    private sealed class Kinds(Func<Type, bool> mayRead)
    {
        public bool Authorities { get; } = mayRead(typeof(Authority));

        public bool References { get; } = mayRead(typeof(AuthorityReference));

        public bool People { get; } = mayRead(typeof(Person));

        public bool Training { get; } = mayRead(typeof(SafeguardingTraining));

        public bool Vetting { get; } = mayRead(typeof(VettingAndBarringRegistration));

        public bool Posts { get; } = mayRead(typeof(Post));

        public bool Divisions { get; } = mayRead(typeof(Division));

        public bool Boards { get; } = mayRead(typeof(Board));

        public bool Chairs { get; } = mayRead(typeof(BoardChair));

        public bool Members { get; } = mayRead(typeof(BoardMembership));

        public bool Committees { get; } = mayRead(typeof(ScrutinyCommittee));

        public bool CommitteeMembers { get; } = mayRead(typeof(ScrutinyMembership));

        public bool Reviews { get; } = mayRead(typeof(Review));

        public bool Publications { get; } = mayRead(typeof(Publication));

        public bool Departures { get; } = mayRead(typeof(Departure));
    }
}
