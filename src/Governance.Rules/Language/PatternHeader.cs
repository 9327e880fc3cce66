using Governance.Rules.Definitions;

namespace Governance.Rules.Language;

/// <summary>What a pattern matches: one fact at a time, or a count, collection or groups of the matching facts.</summary>
internal enum PatternKind
{
    /// <summary><c>Type where ...</c>: one activation per matching fact.</summary>
    Match,

    /// <summary><c>count Type where ...</c>: binds the number of matching facts.</summary>
    Count,

    /// <summary><c>collect Type where ...</c>: binds the list of matching facts.</summary>
    Collect,

    /// <summary><c>group Type by key where ...</c>: binds each group of matching facts with the same key.</summary>
    Group,
}

/// <summary>
/// A pattern header, <c>[count|collect|group] TypeName [by key] [where condition]</c>, split into its parts, each with
/// its offset in the header's text so the parts' own diagnostics can be placed exactly.
/// </summary>
/// <param name="Kind">Whether the pattern matches facts one at a time or aggregates them.</param>
/// <param name="TypeName">The fact type's name as written (empty when missing).</param>
/// <param name="TypeOffset">Where the type's name is.</param>
/// <param name="Type">The fact type, when the catalogue knows it.</param>
/// <param name="KeyText">For <c>group</c>, the key expression's text; otherwise null.</param>
/// <param name="KeyOffset">Where the key expression starts (-1 when there is none).</param>
/// <param name="ConditionText">The condition after <c>where</c>, or null when there is none.</param>
/// <param name="ConditionOffset">Where the condition starts (-1 when there is none).</param>
/// <param name="Diagnostics">Problems with the header itself (not with the key or condition, which are compiled separately).</param>
internal sealed record PatternHeader(
    PatternKind Kind,
    string TypeName,
    int TypeOffset,
    FactType? Type,
    string? KeyText,
    int KeyOffset,
    string? ConditionText,
    int ConditionOffset,
    IReadOnlyList<LanguageDiagnostic> Diagnostics)
{
    /// <summary>Whether the header is well formed and names a known fact type.</summary>
    public bool Succeeded => Type is not null && Diagnostics.Count == 0;
}
