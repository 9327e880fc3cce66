using System.Text.RegularExpressions;
using Governance.Reading.Yaml;

namespace Governance.Model.Loading.Reading;

/// <summary>
/// The ids of one list of a file (people, posts, boards, divisions, publications): collected before the items are
/// read, so that references can be checked whatever order the file is in, and each item built only once.
/// </summary>
internal sealed partial class IdIndex
{
    private readonly Dictionary<string, SourceLocation> firstById = new(StringComparer.Ordinal);

    private IdIndex(string itemName, string listKey)
    {
        ItemName = itemName;
        ListKey = listKey;
    }

    /// <summary>What an item is: "person", "post".</summary>
    public string ItemName { get; }

    /// <summary>The key of the list: "people", "posts".</summary>
    public string ListKey { get; }

    /// <summary>The valid ids, in file order.</summary>
    public IEnumerable<string> Ids => firstById.Keys;

    /// <summary>Collects the ids of a list, reporting ids that are malformed or used twice.</summary>
    /// <param name="items">The list's items.</param>
    /// <param name="itemName">What an item is: "person".</param>
    /// <param name="listKey">The key of the list: "people".</param>
    /// <param name="bag">Where problems are reported.</param>
    public static IdIndex Collect(IReadOnlyList<YamlMapping> items, string itemName, string listKey, DiagnosticBag bag)
    {
        var index = new IdIndex(itemName, listKey);
        foreach (var item in items)
        {
            var id = item.Entries.FirstOrDefault(e => string.Equals(e.Key.Value, "id", StringComparison.Ordinal))?.Value as YamlScalar;
            if (id is null || id.IsNull || string.IsNullOrWhiteSpace(id.Value))
            {
                continue; // The item's reader reports the missing or empty id.
            }

            if (!IdForm().IsMatch(id.Value))
            {
                bag.Error(
                    DiagnosticCodes.InvalidId,
                    $"The id '{YamlScalar.Shorten(id.Value)}' has characters an id cannot have. Ids are letters, digits, '-' and '_', such as 'jdoe' or 'lead-member'.",
                    id.Location);
            }
            else if (index.firstById.TryGetValue(id.Value, out var first))
            {
                bag.Error(
                    DiagnosticCodes.DuplicateId,
                    $"The id '{id.Value}' is already used by another {itemName} (line {first.Line}). Each {itemName} in '{listKey}' needs its own id.",
                    id.Location);
            }
            else
            {
                index.firstById.Add(id.Value, item.Location);
            }
        }

        return index;
    }

    /// <summary>Whether the id belongs to an item of the list.</summary>
    /// <param name="id">The id.</param>
    public bool Contains(string id) => firstById.ContainsKey(id);

    /// <summary>Whether the item at this location is the one the id stands for (the first with it).</summary>
    /// <param name="id">The id.</param>
    /// <param name="item">The item's location.</param>
    public bool IsOwner(string id, SourceLocation item) => firstById.TryGetValue(id, out var first) && first == item;

    [GeneratedRegex("^[A-Za-z0-9_-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IdForm();
}
