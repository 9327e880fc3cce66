using System.Collections.Frozen;
using Governance.Model;

namespace Governance.Rules.Guidance.Catalogue;

/// <summary>Whether a citable part of a document is one of its numbered paragraphs or a provision of an Act it quotes.</summary>
internal enum GuidancePartKind
{
    /// <summary>A numbered paragraph of the guidance, such as <c>3.13</c>.</summary>
    Paragraph,

    /// <summary>A provision of an Act quoted by the guidance, such as <c>s18(8)</c>.</summary>
    Provision,
}

/// <summary>When a provision of an Act took effect, as the guidance records it.</summary>
/// <param name="Date">The date.</param>
/// <param name="Meaning">What the date is: "appointed day", "in force".</param>
/// <param name="Source">The instrument or footnote that gives it.</param>
internal sealed record Commencement(DateOnly Date, string Meaning, string Source);

/// <summary>A citable part of a guidance document: a numbered paragraph or a quoted provision.</summary>
/// <param name="Number">How rules cite it: <c>3.13</c>, <c>s18(8)</c>.</param>
/// <param name="Kind">Paragraph or provision.</param>
/// <param name="Heading">A short heading in the catalogue's words.</param>
/// <param name="Section">The section of the document it sits in, for a paragraph.</param>
/// <param name="Commencement">When it took effect, for a provision whose commencement the document records.</param>
/// <param name="Location">Where the catalogue lists it.</param>
internal sealed record GuidancePart(
    string Number,
    GuidancePartKind Kind,
    string Heading,
    string? Section,
    Commencement? Commencement,
    SourceLocation Location)
{
    /// <summary>A short verbatim quote of the operative words.</summary>
    public string Quote { get; init; } = string.Empty;

    /// <summary>The obligation words the text uses: must, should, may, could, might, "not recommended"; empty for none.</summary>
    public IReadOnlyList<string> Obligations { get; init; } = [];

    /// <summary>Whether an authority file can show the item met, a record of a process can, or neither.</summary>
    public ItemClassification Classification { get; init; } = ItemClassification.Checkable;

    /// <summary>For a process, the record that would evidence it; for an item that is not checkable, why not.</summary>
    public string? Detail { get; init; }
}

/// <summary>When a document is in force, and where each date comes from.</summary>
/// <param name="From">The first day.</param>
/// <param name="Until">The last day, if it has been replaced or withdrawn.</param>
/// <param name="FromBasis">Where the first day comes from (a source, or how it was inferred).</param>
/// <param name="UntilBasis">Where the last day comes from.</param>
internal sealed record DocumentPeriod(DateOnly From, DateOnly? Until, string? FromBasis = null, string? UntilBasis = null);

/// <summary>A guidance document in the catalogue: what it is, when it is in force, and its citable parts.</summary>
internal sealed class CataloguedDocument
{
    private readonly FrozenDictionary<string, GuidancePart> byNumber;

    /// <summary>Makes a document entry; part numbers must be unique (the loader checks).</summary>
    public CataloguedDocument(
        string id,
        string title,
        string kind,
        string? publisher,
        string reference,
        string edition,
        IReadOnlyList<string> issuedUnder,
        string? replaces,
        string? provisionsOf,
        DocumentPeriod period,
        IReadOnlyList<GuidancePart> parts,
        SourceLocation location)
    {
        Id = id;
        Title = title;
        Kind = kind;
        Publisher = publisher;
        Reference = reference;
        Edition = edition;
        IssuedUnder = issuedUnder;
        Replaces = replaces;
        ProvisionsOf = provisionsOf;
        InForceFrom = period.From;
        InForceUntil = period.Until;
        InForceFromBasis = period.FromBasis;
        InForceUntilBasis = period.UntilBasis;
        Parts = parts;
        Location = location;
        byNumber = parts.DistinctBy(p => p.Number, StringComparer.Ordinal).ToFrozenDictionary(p => p.Number, StringComparer.Ordinal);
    }

    /// <summary>The id rules cite, for example <c>DCSF-00686-2009</c>.</summary>
    public string Id { get; }

    /// <summary>The document's title.</summary>
    public string Title { get; }

    /// <summary>What kind of document it is, for example "statutory guidance".</summary>
    public string Kind { get; }

    /// <summary>Who published it.</summary>
    public string? Publisher { get; }

    /// <summary>The publisher's reference.</summary>
    public string Reference { get; }

    /// <summary>The edition, for example "2009".</summary>
    public string Edition { get; }

    /// <summary>The powers it is issued under, for example "Children Act 2004 s18(7)".</summary>
    public IReadOnlyList<string> IssuedUnder { get; }

    /// <summary>What it replaces, if recorded.</summary>
    public string? Replaces { get; }

    /// <summary>The Act whose provisions the document quotes, for example "Children Act 2004"; citations of a provision name it.</summary>
    public string? ProvisionsOf { get; }

    /// <summary>Where the first day in force comes from, and whether it is inferred.</summary>
    public string? InForceFromBasis { get; }

    /// <summary>Where the last day in force comes from.</summary>
    public string? InForceUntilBasis { get; }

    /// <summary>The first day it is in force.</summary>
    public DateOnly InForceFrom { get; }

    /// <summary>The last day it is in force, or <see langword="null"/> while no later edition is catalogued.</summary>
    public DateOnly? InForceUntil { get; }

    /// <summary>The numbered paragraphs, then the quoted provisions, in catalogue order.</summary>
    public IReadOnlyList<GuidancePart> Parts { get; }

    /// <summary>Where the catalogue file describes the document.</summary>
    public SourceLocation Location { get; }

    /// <summary>Finds a paragraph or provision by the number rules cite.</summary>
    /// <param name="number">The number, for example <c>3.13</c> or <c>s18(8)</c>.</param>
    /// <param name="part">The part, when found.</param>
    public bool TryGetPart(string number, out GuidancePart part) => byNumber.TryGetValue(number, out part!);

    /// <summary>The first day a part is in force: its commencement if recorded, else the document's.</summary>
    /// <param name="part">A part of this document.</param>
    public DateOnly InForceFromOf(GuidancePart part) => part.Commencement?.Date ?? InForceFrom;

    /// <inheritdoc />
    public override string ToString() => Id;
}
