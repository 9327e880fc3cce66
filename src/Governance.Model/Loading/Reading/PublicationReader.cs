using Governance.Reading.Yaml;

namespace Governance.Model.Loading.Reading;

/// <summary>Reads the plans and reports of a file.</summary>
internal static class PublicationReader
{
    private static readonly string[] Keys = ["id", "kind", "title", "published", "coversFrom", "coversUntil", "submittedTo"];

    /// <summary>Reads one publication; <see langword="null"/> when it has errors or its id is another publication's.</summary>
    public static Publication? Read(YamlMapping item, IdIndex publicationIds, FileScope scope)
    {
        var bag = scope.Bag;
        var errorsBefore = bag.ErrorCount;
        var reader = new MappingReader(item, "a publication", Keys, bag);
        var id = reader.Text("id", required: true);
        var kind = reader.Enum<PublicationKind>("kind", required: true);
        var title = reader.Text("title", required: true);
        var published = reader.Date("published");
        var coversFrom = reader.Date("coversFrom");
        var coversUntil = reader.Date("coversUntil");
        if (coversFrom is { } from && coversUntil is { } until && until < from)
        {
            bag.Error(
                DiagnosticCodes.EndBeforeStart,
                $"'coversUntil' ({Values.Iso(until)}) is before 'coversFrom' ({Values.Iso(from)}). The period a plan covers cannot end before it starts.",
                reader.KeyLocation("coversUntil"));
        }

        var submittedTo = scope.Reference(reader, "submittedTo", scope.BoardIds, scope.Boards, out _);

        if (bag.ErrorCount > errorsBefore || id is null || kind is null || title is null || !publicationIds.IsOwner(id, item.Location))
        {
            return null;
        }

        return new Publication
        {
            Id = id,
            Kind = kind.Value,
            Title = title,
            Published = published,
            CoversFrom = coversFrom,
            CoversUntil = coversUntil,
            SubmittedTo = submittedTo,
            Location = item.Location,
            MemberLocations = reader.MemberLocations,
        };
    }
}
