using Governance.Reading.Yaml;

namespace Governance.Model.Loading.Reading;

/// <summary>Reads the divisions of the second tier below the DCS.</summary>
internal static class DivisionReader
{
    private static readonly string[] Keys = ["id", "name", "head", "reportsTo", "functions", "start", "end"];

    /// <summary>Reads one division; <see langword="null"/> when it has errors or its id is another division's.</summary>
    public static Division? Read(YamlMapping item, IdIndex divisionIds, FileScope scope)
    {
        var bag = scope.Bag;
        var errorsBefore = bag.ErrorCount;
        var reader = new MappingReader(item, "a division", Keys, bag);
        var id = reader.Text("id", required: true);
        var name = reader.Text("name", required: true);
        var head = scope.Reference(reader, "head", scope.PeopleIds, scope.People, out _);
        var reportsTo = scope.Reference(reader, "reportsTo", scope.PostIds, scope.Posts, out _);
        var functions = PostReader.ReadFunctions(reader, "functions");
        var (start, end) = reader.Term("A division");

        if (bag.ErrorCount > errorsBefore || id is null || name is null || !divisionIds.IsOwner(id, item.Location))
        {
            return null;
        }

        return new Division
        {
            Id = id,
            Name = name,
            Head = head,
            ReportsTo = reportsTo,
            Functions = functions,
            Start = start,
            End = end,
            Location = item.Location,
            MemberLocations = reader.MemberLocations,
        };
    }
}
