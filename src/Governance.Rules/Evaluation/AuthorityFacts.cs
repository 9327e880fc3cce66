using Governance.Model;
using Governance.Rules.Engine;

namespace Governance.Rules.Evaluation;

/// <summary>Turns authorities into the facts rules match: each authority and every element of its arrangements.</summary>
internal static class AuthorityFacts
{
    /// <summary>The facts of the authorities, authority by authority, each in file order.</summary>
    public static List<object> Of(IEnumerable<Authority> authorities)
    {
        var facts = new List<object>();
        foreach (var authority in authorities)
        {
            Add(facts, authority);
        }

        return facts;
    }

    private static void Add(List<object> facts, Authority authority)
    {
        facts.Add(authority);
        facts.AddRange(authority.Districts);
        foreach (var person in authority.People)
        {
            facts.Add(person);
            facts.AddRange(person.SafeguardingTraining);
            if (person.VettingAndBarring is { } registration)
            {
                facts.Add(registration);
            }
        }

        foreach (var post in authority.Posts)
        {
            facts.Add(post);
            facts.AddRange(post.JointWith);
        }

        facts.AddRange(authority.Divisions);
        foreach (var board in authority.Boards)
        {
            facts.Add(board);
            foreach (var member in board.Members)
            {
                facts.Add(member);
                if (member.RepresentedAuthority is { } represented)
                {
                    facts.Add(represented);
                }
            }
        }

        facts.AddRange(authority.Publications);
        facts.AddRange(authority.Departures);
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
        Authority a when ReferenceEquals(value, a.Districts) => a.LocationOf(nameof(Authority.Districts)),
        Board b when ReferenceEquals(value, b.Members) => b.LocationOf(nameof(Board.Members)),
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
}
