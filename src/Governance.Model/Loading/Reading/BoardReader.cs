using Governance.Reading.Yaml;

namespace Governance.Model.Loading.Reading;

/// <summary>Reads the boards of a file, with their chairs and members.</summary>
internal static class BoardReader
{
    private static readonly string[] Keys = ["id", "kind", "name", "chair", "chairName", "chairIsIndependent", "chairs", "members"];
    private static readonly string[] ChairKeys = ["person", "name", "isIndependent", "start", "end"];
    private static readonly string[] MemberKeys = ["person", "name", "organisation", "represents", "representedAuthority", "capacity", "start", "end"];
    private static readonly string[] ShortChairKeys = ["chair", "chairName", "chairIsIndependent"];

    /// <summary>Reads one board; <see langword="null"/> when it has errors or its id is another board's.</summary>
    public static Board? Read(YamlMapping item, FileScope scope)
    {
        var bag = scope.Bag;
        var errorsBefore = bag.ErrorCount;
        var reader = new MappingReader(item, "a board", Keys, bag);
        var id = reader.Text("id", required: true);
        var kind = reader.Enum<BoardKind>("kind", required: true);
        var name = reader.Text("name", required: true);
        var chairs = ReadChairs(reader, item, scope);
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
            Chairs = chairs,
            Members = members,
            Location = item.Location,
            MemberLocations = reader.MemberLocations,
        };
    }

    /// <summary>
    /// Reads the chairs: the short form ('chair' or 'chairName', with 'chairIsIndependent') for one chair without dates,
    /// or the list 'chairs', each with its term; never both.
    /// </summary>
    private static List<BoardChair> ReadChairs(MappingReader reader, YamlMapping item, FileScope scope)
    {
        var bag = scope.Bag;
        if (reader.Has("chairs"))
        {
            foreach (var key in ShortChairKeys.Where(reader.Has))
            {
                bag.Error(
                    DiagnosticCodes.ConflictingKeys,
                    $"A board has either 'chairs' (a list of chairs with their dates) or '{key}' (one chair, without dates), not both. Move the chair into 'chairs'.",
                    reader.KeyLocation(key));
            }

            return [.. reader.Mappings("chairs", "a chair", "chairs").Select(c => ReadChair(c, scope)).OfType<BoardChair>()];
        }

        var chair = scope.Reference(reader, "chair", scope.PeopleIds, scope.People, out var chairWritten);
        var chairName = reader.Text("chairName");
        var independent = reader.Boolean("chairIsIndependent");
        if (chairWritten && chairName is not null)
        {
            bag.Error(
                DiagnosticCodes.ConflictingKeys,
                "A board has either 'chair' (the id of a person in this file) or 'chairName' (the name of a chair who is not), not both.",
                reader.KeyLocation("chairName"));
        }
        else if (reader.Has("chairIsIndependent") && !reader.Has("chair") && !reader.Has("chairName"))
        {
            bag.Error(
                DiagnosticCodes.MissingKey,
                "'chairIsIndependent' describes the chair, but the board names no chair. Add 'chairName' (or 'chair', the id of a person in this file).",
                reader.KeyLocation("chairIsIndependent"));
        }

        if ((chairName ?? chair?.Name) is not { } name)
        {
            return [];
        }

        var locations = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        AddLocation(locations, reader, "chair", nameof(BoardChair.Person));
        AddLocation(locations, reader, "chairName", nameof(BoardChair.Name));
        AddLocation(locations, reader, "chairIsIndependent", nameof(BoardChair.IsIndependent));
        return
        [
            new BoardChair
            {
                Person = chair,
                Name = name,
                IsIndependent = independent,
                Location = reader.KeyLocation(reader.Has("chair") ? "chair" : "chairName"),
                MemberLocations = locations,
            },
        ];
    }

    private static void AddLocation(Dictionary<string, SourceLocation> locations, MappingReader reader, string key, string member)
    {
        if (reader.Has(key))
        {
            locations[member] = reader.KeyLocation(key);
        }
    }

    private static BoardChair? ReadChair(YamlMapping item, FileScope scope)
    {
        var bag = scope.Bag;
        var errorsBefore = bag.ErrorCount;
        var reader = new MappingReader(item, "a chair", ChairKeys, bag);
        var (person, name) = scope.PersonOrName(reader, item, "A chair");
        var independent = reader.Boolean("isIndependent");
        var (start, end) = reader.Term("A chair's term");
        var chairName = person?.Name ?? name;
        if (bag.ErrorCount > errorsBefore || chairName is null)
        {
            return null;
        }

        return new BoardChair
        {
            Person = person,
            Name = chairName,
            IsIndependent = independent,
            Start = start,
            End = end,
            Location = item.Location,
            MemberLocations = reader.MemberLocations,
        };
    }

    private static BoardMembership? ReadMember(YamlMapping item, FileScope scope)
    {
        var bag = scope.Bag;
        var errorsBefore = bag.ErrorCount;
        var reader = new MappingReader(item, "a board member", MemberKeys, bag);
        var (person, name) = scope.PersonOrName(reader, item, "A board member");
        var organisation = reader.Text("organisation");
        var represents = reader.Enum<PartnerKind>("represents", required: true);
        var representedAuthority = reader.Text("representedAuthority") is { } code
            ? RegisterChecks.Resolve(code, reader.Value("representedAuthority")!.Location, scope, RegisterChecks.Purpose.Represented)
            : null;
        var capacity = reader.Enum<MembershipCapacity>("capacity") ?? MembershipCapacity.Member;
        var (start, end) = reader.Term("A membership");

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
            Start = start,
            End = end,
            Location = item.Location,
            MemberLocations = reader.MemberLocations,
        };
    }
}
