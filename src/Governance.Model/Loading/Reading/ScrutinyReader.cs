using Governance.Reading.Yaml;

namespace Governance.Model.Loading.Reading;

/// <summary>Reads the overview and scrutiny committees of a file, with their members.</summary>
internal static class ScrutinyReader
{
    private static readonly string[] Keys = ["id", "name", "scrutinises", "members"];
    private static readonly string[] MemberKeys = ["person", "name", "isCoopted", "start", "end"];

    /// <summary>Reads one committee; <see langword="null"/> when it has errors or its id is another committee's.</summary>
    public static ScrutinyCommittee? Read(YamlMapping item, IdIndex committeeIds, FileScope scope)
    {
        var bag = scope.Bag;
        var errorsBefore = bag.ErrorCount;
        var reader = new MappingReader(item, "a scrutiny committee", Keys, bag);
        var id = reader.Text("id", required: true);
        var name = reader.Text("name", required: true);
        var scrutinises = PostReader.ReadFunctions(reader, "scrutinises");
        var members = reader.Mappings("members", "a committee member", "committee members")
            .Select(m => ReadMember(m, scope))
            .OfType<ScrutinyMembership>()
            .ToList();

        if (bag.ErrorCount > errorsBefore || id is null || name is null || !committeeIds.IsOwner(id, item.Location))
        {
            return null;
        }

        return new ScrutinyCommittee
        {
            Id = id,
            Name = name,
            Scrutinises = scrutinises,
            Members = members,
            Location = item.Location,
            MemberLocations = reader.MemberLocations,
        };
    }

    private static ScrutinyMembership? ReadMember(YamlMapping item, FileScope scope)
    {
        var bag = scope.Bag;
        var errorsBefore = bag.ErrorCount;
        var reader = new MappingReader(item, "a committee member", MemberKeys, bag);
        var (person, name) = scope.PersonOrName(reader, item, "A committee member");
        var coopted = reader.Boolean("isCoopted");
        var (start, end) = reader.Term("A membership");
        var memberName = person?.Name ?? name;
        if (bag.ErrorCount > errorsBefore || memberName is null)
        {
            return null;
        }

        return new ScrutinyMembership
        {
            Person = person,
            Name = memberName,
            IsCoopted = coopted,
            Start = start,
            End = end,
            Location = item.Location,
            MemberLocations = reader.MemberLocations,
        };
    }
}
