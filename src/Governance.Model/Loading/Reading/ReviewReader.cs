using Governance.Reading.Yaml;

namespace Governance.Model.Loading.Reading;

/// <summary>Reads the reviews and assessments of a file.</summary>
internal static class ReviewReader
{
    private static readonly string[] Keys = ["kind", "completedOn", "title", "carriedOutBy", "reportedIn"];

    /// <summary>Reads one review; <see langword="null"/> when it has errors.</summary>
    /// <param name="item">The review's mapping.</param>
    /// <param name="publicationIds">The ids of the file's publications.</param>
    /// <param name="publications">The publications read, by id.</param>
    /// <param name="scope">The file's scope.</param>
    public static Review? Read(YamlMapping item, IdIndex publicationIds, IReadOnlyDictionary<string, Publication> publications, FileScope scope)
    {
        var bag = scope.Bag;
        var errorsBefore = bag.ErrorCount;
        var reader = new MappingReader(item, "a review", Keys, bag);
        var kind = reader.Enum<ReviewKind>("kind", required: true);
        var completedOn = reader.Date("completedOn", required: true);
        var title = reader.Text("title");
        var carriedOutBy = new List<PostRole>();
        foreach (var node in reader.List("carriedOutBy", "roles such as leader or chiefExecutive"))
        {
            if (Values.Enum<PostRole>(node, "an item of 'carriedOutBy'", required: true, bag) is { } role)
            {
                carriedOutBy.Add(role);
            }
        }

        var reportedIn = scope.Reference(reader, "reportedIn", publicationIds, publications, out _);
        if (bag.ErrorCount > errorsBefore || kind is null || completedOn is null)
        {
            return null;
        }

        return new Review
        {
            Kind = kind.Value,
            CompletedOn = completedOn.Value,
            Title = title,
            CarriedOutBy = carriedOutBy,
            ReportedIn = reportedIn,
            Location = item.Location,
            MemberLocations = reader.MemberLocations,
        };
    }
}
