using Governance.Model.Loading.Yaml;

namespace Governance.Model.Loading.Reading;

/// <summary>Reads the boards of a file, with their chairs and members.</summary>
internal static class BoardReader
{
    private static readonly string[] Keys = ["id", "kind", "name", "chair", "chairName", "chairIsIndependent", "members"];
    private static readonly string[] MemberKeys = ["person", "name", "organisation", "represents", "representedAuthority", "capacity"];

    /// <summary>Reads one board; <see langword="null"/> when it has errors or its id is another board's.</summary>
    public static Board? Read(YamlMapping item, FileScope scope)
    {
        var bag = scope.Bag;
        var errorsBefore = bag.ErrorCount;
        var reader = new MappingReader(item, "a board", Keys, bag);
        var id = reader.Text("id", required: true);
        var kind = reader.Enum<BoardKind>("kind", required: true);
        var name = reader.Text("name", required: true);
        var chair = scope.Reference(reader, "chair", scope.PeopleIds, scope.People, out var chairWritten);
        var chairName = reader.Text("chairName");
        if (chairWritten && chairName is not null)
        {
            bag.Error(
                DiagnosticCodes.ConflictingKeys,
                "A board has either 'chair' (the id of a person in this file) or 'chairName' (the name of a chair who is not), not both.",
                reader.KeyLocation("chairName"));
        }

        var independent = reader.Boolean("chairIsIndependent");
        var members = reader.Mappings("members", "a board member", "board members")
            .Select(m => ReadMember(m, scope))
            .OfType<BoardMembership>()
            .ToList();

        if (bag.ErrorCount > errorsBefore || id is null || kind is null || name is null || !scope.BoardIds.IsOwner(id, item.Location))
        {
            return null;
        }

        return new Board
        {
            Id = id,
            Kind = kind.Value,
            Name = name,
            Chair = chair,
            ChairName = chairName ?? chair?.Name,
            ChairIsIndependent = independent,
            Members = members,
            Location = item.Location,
            MemberLocations = reader.MemberLocations,
        };
    }

    private static BoardMembership? ReadMember(YamlMapping item, FileScope scope)
    {
        var bag = scope.Bag;
        var errorsBefore = bag.ErrorCount;
        var reader = new MappingReader(item, "a board member", MemberKeys, bag);
        var hasPerson = reader.Has("person");
        var hasName = reader.Has("name");
        if (hasPerson && hasName)
        {
            bag.Error(
                DiagnosticCodes.ConflictingKeys,
                "A board member has either 'person' (the id of a person in this file) or 'name' (someone who is not), not both.",
                reader.KeyLocation("name"));
        }
        else if (!hasPerson && !hasName)
        {
            bag.Error(
                DiagnosticCodes.MissingKey,
                "A board member is missing the required key 'person' (the id of a person in this file) or 'name' (the member's name).",
                item.Location);
        }

        var person = hasPerson ? scope.Reference(reader, "person", scope.PeopleIds, scope.People, out _, required: true) : null;
        var name = hasName ? reader.Text("name", required: true) : null;
        var organisation = reader.Text("organisation");
        var represents = reader.Enum<PartnerKind>("represents", required: true);
        var representedAuthority = reader.Text("representedAuthority") is { } code
            ? RegisterChecks.Resolve(code, reader.Value("representedAuthority")!.Location, scope, RegisterChecks.Purpose.Represented)
            : null;
        var capacity = reader.Enum<MembershipCapacity>("capacity") ?? MembershipCapacity.Member;

        var memberName = person?.Name ?? name;
        if (bag.ErrorCount > errorsBefore || memberName is null || represents is null)
        {
            return null;
        }

        return new BoardMembership
        {
            Person = person,
            Name = memberName,
            Organisation = organisation,
            Represents = represents.Value,
            RepresentedAuthority = representedAuthority,
            Capacity = capacity,
            Location = item.Location,
            MemberLocations = reader.MemberLocations,
        };
    }
}
