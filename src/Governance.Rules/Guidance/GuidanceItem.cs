using Governance.Model;

namespace Governance.Rules;

/// <summary>Whether an authority's arrangements can show a numbered item of the guidance met.</summary>
public enum ItemClassification
{
    /// <summary>An arrangement an authority file records; the rules that check it are the rules that cite it.</summary>
    Checkable,

    /// <summary>A process the guidance asks for (a review, a protocol, a meeting series); a record of it would evidence it.</summary>
    Process,

    /// <summary>Context, exhortation, conduct or someone else's duty: no authority file can show it met.</summary>
    NotCheckable,
}

/// <summary>
/// A numbered item of a catalogued document, in the catalogue's words and the text's own: a paragraph of the guidance
/// or a provision of the Act it quotes.
/// </summary>
public sealed record GuidanceItem
{
    /// <summary>The id of the document that catalogues the item, for example <c>DCSF-00686-2009</c>.</summary>
    public required string Document { get; init; }

    /// <summary>How rules cite it: <c>3.13</c>, <c>s18(8)</c>.</summary>
    public required string Number { get; init; }

    /// <summary>For a provision, the Act it belongs to, for example "Children Act 2004"; <see langword="null"/> for a paragraph of the guidance.</summary>
    public string? Act { get; init; }

    /// <summary>The section of the guidance the paragraph sits in; <see langword="null"/> for a provision.</summary>
    public string? Section { get; init; }

    /// <summary>A short heading in the catalogue's words.</summary>
    public required string Heading { get; init; }

    /// <summary>A short verbatim quote of the operative words.</summary>
    public required string Quote { get; init; }

    /// <summary>The obligation words the text uses (must, should, may, could, might, "not recommended"); empty when it uses none.</summary>
    public required IReadOnlyList<string> Obligations { get; init; }

    /// <summary>Whether an authority file can show the item met, a record of a process can, or neither.</summary>
    public required ItemClassification Classification { get; init; }

    /// <summary>For a <see cref="ItemClassification.Process"/>, the record that would evidence it.</summary>
    public string? Evidence { get; init; }

    /// <summary>For a <see cref="ItemClassification.NotCheckable"/> item, why no authority file can show it met.</summary>
    public string? Reason { get; init; }

    /// <summary>The first day the item is in force: a provision's recorded commencement, else the document's first day.</summary>
    public DateOnly? InForceFrom { get; init; }

    /// <summary>Where the catalogue lists the item.</summary>
    public SourceLocation Location { get; init; } = SourceLocation.None;

    /// <summary>How the item is cited in findings: <c>DCSF-00686-2009 para 3.13</c>, <c>Children Act 2004 s18(1)</c>.</summary>
    public override string ToString() => Act is null ? $"{Document} para {Number}" : $"{Act} {Number}";
}
