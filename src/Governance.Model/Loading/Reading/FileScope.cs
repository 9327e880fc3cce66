using Governance.Model.Register;
using Governance.Reading;
using Governance.Reading.Yaml;

namespace Governance.Model.Loading.Reading;

/// <summary>What the readers of one file share: where problems go, the register, the file's ids and what has been built.</summary>
internal sealed class FileScope(DiagnosticBag bag, AuthorityRegister register)
{
    /// <summary>Where problems are reported.</summary>
    public DiagnosticBag Bag { get; } = bag;

    /// <summary>The register of English local authorities.</summary>
    public AuthorityRegister Register { get; } = register;

    /// <summary>The GSS code the file describes, once read.</summary>
    public string? OwnCode { get; set; }

    /// <summary>The ids of the people.</summary>
    public IdIndex PeopleIds { get; set; } = null!;

    /// <summary>The ids of the posts.</summary>
    public IdIndex PostIds { get; set; } = null!;

    /// <summary>The ids of the boards.</summary>
    public IdIndex BoardIds { get; set; } = null!;

    /// <summary>The people built, by id.</summary>
    public Dictionary<string, Person> People { get; } = new(StringComparer.Ordinal);

    /// <summary>The posts built, by id.</summary>
    public Dictionary<string, Post> Posts { get; } = new(StringComparer.Ordinal);

    /// <summary>The boards built, by id.</summary>
    public Dictionary<string, Board> Boards { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Reads a reference by id. An id the list does not have is reported (with "did you mean"); an id whose item
    /// had errors of its own gives <see langword="null"/> without a second report.
    /// </summary>
    /// <typeparam name="T">The element referred to.</typeparam>
    /// <param name="reader">The mapping with the reference.</param>
    /// <param name="key">The key of the reference.</param>
    /// <param name="ids">The ids it may name.</param>
    /// <param name="built">The elements built so far.</param>
    /// <param name="written">Whether a reference was written at all.</param>
    /// <param name="required">Whether an empty reference is an error.</param>
    public T? Reference<T>(MappingReader reader, string key, IdIndex ids, IReadOnlyDictionary<string, T> built, out bool written, bool required = false)
        where T : class
    {
        var id = reader.Text(key, required);
        written = id is not null;
        if (id is null)
        {
            return null;
        }

        if (!ids.Contains(id))
        {
            Bag.Error(
                DiagnosticCodes.UndefinedReference,
                $"'{key}' names the {ids.ItemName} '{YamlScalar.Shorten(id)}', but no {ids.ItemName} in '{ids.ListKey}' has that id.{Suggestions.DidYouMean(id, ids.Ids)}",
                reader.Value(key)!.Location);
            return null;
        }

        return built.GetValueOrDefault(id);
    }

    /// <summary>Reads 'person' (the id of a person in the file) or 'name' (someone who is not): exactly one of them.</summary>
    /// <param name="reader">The mapping's reader.</param>
    /// <param name="item">The mapping.</param>
    /// <param name="what">What the mapping is, capitalised, for messages: "A board member".</param>
    public (Person? Person, string? Name) PersonOrName(MappingReader reader, YamlMapping item, string what)
    {
        var hasPerson = reader.Has("person");
        var hasName = reader.Has("name");
        if (hasPerson && hasName)
        {
            Bag.Error(
                DiagnosticCodes.ConflictingKeys,
                $"{what} has either 'person' (the id of a person in this file) or 'name' (someone who is not), not both.",
                reader.KeyLocation("name"));
        }
        else if (!hasPerson && !hasName)
        {
            Bag.Error(
                DiagnosticCodes.MissingKey,
                $"{what} is missing the required key 'person' (the id of a person in this file) or 'name' (the name of someone who is not).",
                item.Location);
        }

        var person = hasPerson ? Reference(reader, "person", PeopleIds, People, out _, required: true) : null;
        var name = hasName ? reader.Text("name", required: true) : null;
        return (person, name);
    }
}
