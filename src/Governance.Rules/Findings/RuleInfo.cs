using Governance.Model;

namespace Governance.Rules;

/// <summary>A rule of a rule set, as its author wrote it: what it checks, where that comes from, and when it applies.</summary>
public sealed record RuleInfo
{
    /// <summary>The rule's stable id, for example <c>dcs-dass-combined</c>.</summary>
    public required string Id { get; init; }

    /// <summary>What the rule checks, in a sentence.</summary>
    public required string Title { get; init; }

    /// <summary>The guidance the rule checks.</summary>
    public required Citation Citation { get; init; }

    /// <summary>
    /// How strongly the guidance binds the authority; decides the severity and whether departures are allowed.
    /// <see langword="null"/> for a rule that derives a fact for other rules instead of reporting findings.
    /// </summary>
    public Obligation? Obligation { get; init; }

    /// <summary>
    /// Whether the rule rests on an Act: it cites a provision of an Act (Children Act 2004 s18, s19), not only paragraphs
    /// of the guidance. A duty of the Act cannot be departed from; anything resting on the guidance alone can, with
    /// clear reasons (para 1.12), even where the guidance says "must".
    /// </summary>
    public bool RestsOnLegislation { get; init; }

    /// <summary>Whether an authority may record a departure from the rule: it reports findings and does not rest on an Act.</summary>
    public bool MayBeDepartedFrom => Obligation is not null && !RestsOnLegislation;

    /// <summary>The kind of fact the rule derives for other rules (for example <c>TwoTierArea</c>), or <see langword="null"/> for a rule that reports findings.</summary>
    public string? Derives { get; init; }

    /// <summary>
    /// The first day the rule applies: as its file says, else the day what it cites came into force (a provision's
    /// commencement, or the guidance document's first day).
    /// </summary>
    public DateOnly? EffectiveFrom { get; init; }

    /// <summary>The last day the rule applies: as its file says, else the guidance document's last day, if it has one.</summary>
    public DateOnly? EffectiveUntil { get; init; }

    /// <summary>What an authority can do about a finding.</summary>
    public string? Remedy { get; init; }

    /// <summary>Words to select rules by, for example <c>dcs</c> or <c>lscb</c>.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Where the rule is written.</summary>
    public SourceLocation Location { get; init; } = SourceLocation.None;

    /// <summary>Whether the rule's own effective dates include a day (both ends inclusive).</summary>
    /// <param name="day">The day.</param>
    public bool IsEffectiveOn(DateOnly day) =>
        (EffectiveFrom is not { } from || from <= day) && (EffectiveUntil is not { } until || day <= until);
}

/// <summary>A guidance document in the catalogue: the source that rules cite, with its edition and period in force.</summary>
public sealed record GuidanceDocument
{
    /// <summary>The document's id, for example <c>DCSF-00686-2009</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The document's title.</summary>
    public required string Title { get; init; }

    /// <summary>The edition, for example <c>2009</c>.</summary>
    public required string Edition { get; init; }

    /// <summary>The first day the document is in force, if known.</summary>
    public DateOnly? InForceFrom { get; init; }

    /// <summary>The last day the document is in force, if it has been withdrawn or replaced.</summary>
    public DateOnly? InForceUntil { get; init; }

    /// <summary>Where <see cref="InForceFrom"/> comes from, and whether it is inferred, if the catalogue says.</summary>
    public string? InForceFromBasis { get; init; }

    /// <summary>Where <see cref="InForceUntil"/> comes from (what replaced the document), if the catalogue says.</summary>
    public string? InForceUntilBasis { get; init; }

    /// <summary>The document's numbered items, paragraphs then provisions, each with its quote, obligation words and classification.</summary>
    public IReadOnlyList<GuidanceItem> Items { get; init; } = [];

    /// <summary>Whether the document is in force on a day (both ends inclusive).</summary>
    /// <param name="day">The day.</param>
    public bool IsInForceOn(DateOnly day) =>
        (InForceFrom is not { } from || from <= day) && (InForceUntil is not { } until || day <= until);
}
