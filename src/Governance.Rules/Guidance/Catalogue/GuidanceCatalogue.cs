using System.Collections.Frozen;

namespace Governance.Rules.Guidance.Catalogue;

/// <summary>The guidance documents rules may cite, by id (<c>rules/guidance/*.yaml</c>).</summary>
internal sealed class GuidanceCatalogue
{
    private readonly FrozenDictionary<string, CataloguedDocument> byId;

    /// <summary>Makes a catalogue; ids must be unique (the loader checks).</summary>
    /// <param name="documents">The documents.</param>
    public GuidanceCatalogue(IEnumerable<CataloguedDocument> documents)
    {
        Documents = [.. documents.OrderBy(d => d.Id, StringComparer.Ordinal)];
        byId = Documents.DistinctBy(d => d.Id, StringComparer.Ordinal).ToFrozenDictionary(d => d.Id, StringComparer.Ordinal);
    }

    /// <summary>A catalogue with no documents.</summary>
    public static GuidanceCatalogue Empty { get; } = new([]);

    /// <summary>The documents, ordered by id.</summary>
    public IReadOnlyList<CataloguedDocument> Documents { get; }

    /// <summary>Finds a document by id.</summary>
    /// <param name="id">The id, for example <c>DCSF-00686-2009</c>.</param>
    /// <param name="document">The document, when found.</param>
    public bool TryGetDocument(string id, out CataloguedDocument document) => byId.TryGetValue(id, out document!);
}
