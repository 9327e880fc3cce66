using Governance.Model.Register;
using Governance.Reading.Yaml;

namespace Governance.Model.Loading.Reading;

/// <summary>
/// Reads the top-level mapping of an authority file into an <see cref="Authority"/>, in the order that lets every
/// reference be resolved: people, then posts, boards, divisions, scrutiny committees, publications, reviews and departures.
/// </summary>
internal static class AuthorityReader
{
    private static readonly string[] Keys =
        ["code", "name", "kind", "recordedAsAt", "districts", "people", "posts", "divisions", "boards", "scrutinyCommittees", "publications", "reviews", "departures"];

    /// <summary>
    /// Reads a whole authority file: as <see cref="Read(YamlMapping, DiagnosticBag, AuthorityRegister)"/>, and the file must also hold what every children's services
    /// authority has (see <see cref="CheckComplete"/>), so that a file cut short is refused rather than judged as if
    /// it were complete. <see langword="null"/> when the file has any error.
    /// </summary>
    /// <param name="root">The file's top-level mapping.</param>
    /// <param name="bag">Where problems are reported.</param>
    /// <param name="register">The register of English local authorities.</param>
    public static Authority? ReadFile(YamlMapping root, DiagnosticBag bag, AuthorityRegister register) =>
        ReadAuthority(root, bag, register, wholeFile: true);

    /// <summary>
    /// Reads the authority from a mapping that may be a fragment (such as a rule's test case), without requiring the
    /// sections a whole file must have; <see langword="null"/> when it has any error.
    /// </summary>
    /// <param name="root">The file's top-level mapping.</param>
    /// <param name="bag">Where problems are reported.</param>
    /// <param name="register">The register of English local authorities.</param>
    public static Authority? Read(YamlMapping root, DiagnosticBag bag, AuthorityRegister register) =>
        ReadAuthority(root, bag, register, wholeFile: false);

    private static Authority? ReadAuthority(YamlMapping root, DiagnosticBag bag, AuthorityRegister register, bool wholeFile)
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

        if (wholeFile && kind is { } authorityKind && authorityKind.IsChildrensServicesAuthority())
        {
            CheckComplete(reader, root, postItems, posts, boardItems, boards, bag);
        }

        if (wholeFile && kind == AuthorityKind.County && code is not null && recordedAsAt is { } asOf)
        {
            districts = WithRegisteredDistricts(reader, root, scope, code, name, asOf, districts);
        }

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

    /// <summary>
    /// Requires what every children's services authority has: a DCS post and a Lead Member post (either may be
    /// vacant: a post without 'holder'), the LSCB and the Children's Trust Board. A missing one is reported at its
    /// list's key, or at the start of the file when the list is missing: a file that stops short is refused.
    /// </summary>
    private static void CheckComplete(
        MappingReader reader,
        YamlMapping root,
        IReadOnlyList<YamlMapping> postItems,
        IReadOnlyList<Post> posts,
        IReadOnlyList<YamlMapping> boardItems,
        IReadOnlyList<Board> boards,
        DiagnosticBag bag)
    {
        const string Truncated = " If the file was cut short, restore the rest of it.";
        var postsPlace = reader.Has("posts") ? reader.KeyLocation("posts") : root.Location;
        var boardsPlace = reader.Has("boards") ? reader.KeyLocation("boards") : root.Location;
        if (!Lists(postItems, posts, "role", YamlNames.Of(PostRole.DirectorOfChildrensServices), p => p.Role == PostRole.DirectorOfChildrensServices))
        {
            bag.Error(
                DiagnosticCodes.IncompleteFile,
                "The file records no post of Director of Children's Services. Every children's services authority must appoint one " +
                "(Children Act 2004 s18(1)): list the post under 'posts' with 'role: directorOfChildrensServices', leaving out 'holder' if it is vacant." + Truncated,
                postsPlace);
        }

        if (!Lists(postItems, posts, "role", YamlNames.Of(PostRole.LeadMemberForChildrensServices), p => p.Role == PostRole.LeadMemberForChildrensServices))
        {
            bag.Error(
                DiagnosticCodes.IncompleteFile,
                "The file records no post of Lead Member for Children's Services. Every children's services authority must designate one " +
                "(Children Act 2004 s19(1)): list the post under 'posts' with 'role: leadMemberForChildrensServices', leaving out 'holder' if it is vacant." + Truncated,
                postsPlace);
        }

        if (!Lists(boardItems, boards, "kind", YamlNames.Of(BoardKind.LocalSafeguardingChildrenBoard), b => b.Kind == BoardKind.LocalSafeguardingChildrenBoard))
        {
            bag.Error(
                DiagnosticCodes.IncompleteFile,
                "The file records no Local Safeguarding Children Board. Every children's services authority has one: list it under 'boards' " +
                "with 'kind: localSafeguardingChildrenBoard', its chair and members." + Truncated,
                boardsPlace);
        }

        if (!Lists(boardItems, boards, "kind", YamlNames.Of(BoardKind.ChildrensTrustBoard), b => b.Kind == BoardKind.ChildrensTrustBoard))
        {
            bag.Error(
                DiagnosticCodes.IncompleteFile,
                "The file records no Children's Trust Board. List it under 'boards' with 'kind: childrensTrustBoard', its chair and members " +
                "(paras 3.22, 3.32)." + Truncated,
                boardsPlace);
        }
    }

    /// <summary>
    /// A county's districts as the register has them on the file's date: the file's own list, then each district the
    /// register lists for the county that the file leaves out, so that a rule about every district council of the area
    /// (paras 2.13, 3.25) checks them all, not only those the file remembered. When the file lists some, a warning names
    /// the ones it left out at 'districts'; when it lists none, the register's are taken, placed at the authority.
    /// </summary>
    private static IReadOnlyList<AuthorityReference> WithRegisteredDistricts(
        MappingReader reader, YamlMapping root, FileScope scope, string code, string? name, DateOnly asOf, IReadOnlyList<AuthorityReference> listed)
    {
        var missing = scope.Register.All
            .Where(d => d.Kind == AuthorityKind.District && string.Equals(d.CountyGssCode, code, StringComparison.Ordinal) && d.ExistsOn(asOf))
            .Where(d => !listed.Any(l => string.Equals(l.Code, d.GssCode, StringComparison.Ordinal)))
            .OrderBy(d => d.GssCode, StringComparer.Ordinal)
            .ToList();
        if (missing.Count == 0)
        {
            return listed;
        }

        var written = reader.Has("districts");
        var at = written ? reader.KeyLocation("districts") : root.Location;
        var names = string.Join(", ", missing.Select(d => $"{d.OfficialName} ({d.GssCode})"));
        if (written)
        {
            scope.Bag.Warning(
                DiagnosticCodes.DistrictsFromRegister,
                $"The register of English local authorities lists {(missing.Count == 1 ? "a district council" : $"{missing.Count} district councils")} " +
                $"of {name ?? code} on {asOf:yyyy-MM-dd} that 'districts' leaves out: {names}. " +
                $"{(missing.Count == 1 ? "It is checked as a district" : "They are checked as districts")} of the area (paras 2.13, 3.25); " +
                $"list {(missing.Count == 1 ? "it" : "them")} under 'districts'.",
                at);
        }

        return
        [
            .. listed,
            .. missing.Select(d => new AuthorityReference
            {
                Code = d.GssCode,
                Name = d.OfficialName,
                Kind = AuthorityKind.District,
                Location = at,
                MemberLocations = System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(
                    new Dictionary<string, SourceLocation>(StringComparer.Ordinal) { ["Code"] = at }, StringComparer.Ordinal),
            }),
        ];
    }

    /// <summary>
    /// Whether a list has an item of the kind: one that was read, or one written with that value whose own errors are
    /// already reported (so a mistake inside the DCS post is not also called a missing DCS post).
    /// </summary>
    private static bool Lists<T>(IReadOnlyList<YamlMapping> items, IReadOnlyList<T> read, string key, string value, Func<T, bool> isKind) =>
        read.Any(isKind) || items.Any(item => item.Entries.Any(e =>
            string.Equals(e.Key.Value, key, StringComparison.Ordinal) && e.Value is YamlScalar { } scalar && string.Equals(scalar.Value, value, StringComparison.Ordinal)));
}
