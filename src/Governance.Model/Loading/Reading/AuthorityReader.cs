using Governance.Model.Loading.Yaml;
using Governance.Model.Register;

namespace Governance.Model.Loading.Reading;

/// <summary>
/// Reads the top-level mapping of an authority file into an <see cref="Authority"/>, in the order that lets every
/// reference be resolved: people, then posts, boards, divisions, scrutiny committees, publications, reviews and departures.
/// </summary>
internal static class AuthorityReader
{
    private static readonly string[] Keys =
        ["code", "name", "kind", "recordedAsAt", "districts", "people", "posts", "divisions", "boards", "scrutinyCommittees", "publications", "reviews", "departures"];

    /// <summary>Reads the authority; <see langword="null"/> when the file has any error.</summary>
    /// <param name="root">The file's top-level mapping.</param>
    /// <param name="bag">Where problems are reported.</param>
    /// <param name="register">The register of English local authorities.</param>
    public static Authority? Read(YamlMapping root, DiagnosticBag bag, AuthorityRegister register)
    {
        var scope = new FileScope(bag, register);
        var reader = new MappingReader(root, "the authority", Keys, bag);
        var code = reader.Text("code", required: true);
        var name = reader.Text("name", required: true);
        var kind = reader.Enum<AuthorityKind>("kind", required: true);
        var recordedAsAt = reader.Date("recordedAsAt", required: true);
        scope.OwnCode = code;
        RegisterChecks.CheckOwn(reader, scope, code, kind, name, recordedAsAt);

        IReadOnlyList<AuthorityReference> districts = [];
        if (reader.Has("districts") && kind is { } k && k != AuthorityKind.County)
        {
            reader.Value("districts");
            bag.Error(
                DiagnosticCodes.DistrictsOnNonCounty,
                $"Only a county lists 'districts', but this authority is {RegisterChecks.KindName(k)}. Remove 'districts', or check 'kind'.",
                reader.KeyLocation("districts"));
        }
        else
        {
            districts = RegisterChecks.ReadCodes(reader, "districts", scope, RegisterChecks.Purpose.District);
        }

        var personItems = reader.Mappings("people", "a person", "people");
        var postItems = reader.Mappings("posts", "a post", "posts");
        var boardItems = reader.Mappings("boards", "a board", "boards");
        var divisionItems = reader.Mappings("divisions", "a division", "divisions");
        var committeeItems = reader.Mappings("scrutinyCommittees", "a scrutiny committee", "scrutiny committees");
        var publicationItems = reader.Mappings("publications", "a publication", "publications");
        var reviewItems = reader.Mappings("reviews", "a review", "reviews");
        var departureItems = reader.Mappings("departures", "a departure", "departures");

        scope.PeopleIds = IdIndex.Collect(personItems, "person", "people", bag);
        scope.PostIds = IdIndex.Collect(postItems, "post", "posts", bag);
        scope.BoardIds = IdIndex.Collect(boardItems, "board", "boards", bag);
        var divisionIds = IdIndex.Collect(divisionItems, "division", "divisions", bag);
        var committeeIds = IdIndex.Collect(committeeItems, "scrutiny committee", "scrutinyCommittees", bag);
        var publicationIds = IdIndex.Collect(publicationItems, "publication", "publications", bag);

        var people = new List<Person>();
        foreach (var item in personItems)
        {
            if (PersonReader.Read(item, scope) is { } person)
            {
                scope.People[person.Id] = person;
                people.Add(person);
            }
        }

        var posts = PostReader.ReadAll(postItems, scope);
        var boards = new List<Board>();
        foreach (var item in boardItems)
        {
            if (BoardReader.Read(item, scope) is { } board)
            {
                scope.Boards[board.Id] = board;
                boards.Add(board);
            }
        }

        var divisions = divisionItems.Select(item => DivisionReader.Read(item, divisionIds, scope)).OfType<Division>().ToList();
        var committees = committeeItems.Select(item => ScrutinyReader.Read(item, committeeIds, scope)).OfType<ScrutinyCommittee>().ToList();
        var publications = publicationItems.Select(item => PublicationReader.Read(item, publicationIds, scope)).OfType<Publication>().ToList();
        var publicationsById = publications.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var reviews = reviewItems.Select(item => ReviewReader.Read(item, publicationIds, publicationsById, scope)).OfType<Review>().ToList();
        var departures = departureItems.Select(item => DepartureReader.Read(item, scope)).OfType<Departure>().ToList();

        if (bag.HasErrors || code is null || name is null || kind is null || recordedAsAt is null)
        {
            return null;
        }

        return new Authority
        {
            Code = code,
            Name = name,
            Kind = kind.Value,
            RecordedAsAt = recordedAsAt.Value,
            Districts = districts,
            People = people,
            Posts = posts,
            Divisions = divisions,
            Boards = boards,
            ScrutinyCommittees = committees,
            Publications = publications,
            Reviews = reviews,
            Departures = departures,
            Location = root.Location,
            MemberLocations = reader.MemberLocations,
        };
    }
}
