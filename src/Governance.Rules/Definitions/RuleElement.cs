using System.Linq.Expressions;
using Governance.Model;

namespace Governance.Rules.Definitions;

/// <summary>An element of a rule's left-hand side (its <c>when:</c> list).</summary>
/// <param name="Location">Where the element is written.</param>
internal abstract record RuleElement(SourceLocation Location);

/// <summary>
/// A pattern: binds <paramref name="Binding"/> to each fact of <paramref name="Type"/> (or a subtype) for which every
/// condition holds. A condition that uses only the pattern's own binding is a filter; one that uses earlier bindings
/// is a join.
/// </summary>
/// <param name="Binding">The name bound to the fact; never null (unnamed patterns are named <c>$1</c>, <c>$2</c>, ...).</param>
/// <param name="Type">The type of fact matched.</param>
/// <param name="Conditions">The conditions, all of which must hold.</param>
/// <param name="Location">Where the pattern is written.</param>
internal sealed record PatternElement(string Binding, FactType Type, IReadOnlyList<ConditionElement> Conditions, SourceLocation Location)
    : RuleElement(Location);

/// <summary>Elements matched in order; a name bound by one is visible to those after it.</summary>
/// <param name="Elements">The elements.</param>
/// <param name="Location">Where the group is written.</param>
internal sealed record AndElement(IReadOnlyList<RuleElement> Elements, SourceLocation Location) : RuleElement(Location);

/// <summary>
/// Independent branches: each match of any branch is a match. The same tuple reached by two branches is one match.
/// </summary>
/// <param name="Branches">The branches.</param>
/// <param name="Location">Where the element is written.</param>
internal sealed record OrElement(IReadOnlyList<AndElement> Branches, SourceLocation Location) : RuleElement(Location);

/// <summary>Matches when the inner elements have no match. Names bound inside are not visible outside.</summary>
/// <param name="Source">The inner elements.</param>
/// <param name="Location">Where the element is written.</param>
internal sealed record NotElement(AndElement Source, SourceLocation Location) : RuleElement(Location);

/// <summary>Matches once when the inner elements have at least one match, however many they have.</summary>
/// <param name="Source">The inner elements.</param>
/// <param name="Location">Where the element is written.</param>
internal sealed record ExistsElement(AndElement Source, SourceLocation Location) : RuleElement(Location);

/// <summary>
/// Matches when, for every match of <paramref name="Base"/>, the <paramref name="Conditions"/> patterns match too:
/// <c>not(base and not(conditions))</c>. The base may bind a name the conditions use.
/// </summary>
/// <param name="Base">The base pattern.</param>
/// <param name="Conditions">The patterns that must match for every base match.</param>
/// <param name="Location">Where the element is written.</param>
internal sealed record ForAllElement(PatternElement Base, IReadOnlyList<PatternElement> Conditions, SourceLocation Location)
    : RuleElement(Location);

/// <summary>What an aggregate binds.</summary>
internal enum AggregateKind
{
    /// <summary>The number of matches of the source, as an <see cref="int"/> (0 when there are none).</summary>
    Count,

    /// <summary>The matching facts, as an <c>IReadOnlyList&lt;T&gt;</c> in canonical order (empty when there are none).</summary>
    Collect,

    /// <summary>One <see cref="FactGroup{TKey, TItem}"/> per distinct key; one match per group.</summary>
    Group,
}

/// <summary>
/// An aggregate over the matches of a source pattern: a count, a list, or groups by a key. An empty count or list is
/// a match (0 or an empty list); groups produce one match per group, so none when the source has no match.
/// </summary>
/// <param name="Binding">The name bound to the count, list or group.</param>
/// <param name="Kind">What is bound.</param>
/// <param name="Source">The pattern whose matches are aggregated.</param>
/// <param name="GroupKey">
/// For <see cref="AggregateKind.Group"/>, the key: a lambda over the bindings in scope, then the source's binding, then
/// <c>asAt</c>. Otherwise null.
/// </param>
/// <param name="Location">Where the element is written.</param>
internal sealed record AggregateElement(string Binding, AggregateKind Kind, PatternElement Source, LambdaExpression? GroupKey, SourceLocation Location)
    : RuleElement(Location);

/// <summary>A condition over the names bound so far.</summary>
/// <param name="Condition">The condition.</param>
/// <param name="Location">Where the element is written.</param>
internal sealed record CheckElement(ConditionElement Condition, SourceLocation Location) : RuleElement(Location);
