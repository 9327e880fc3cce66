using Governance.Model;
using Governance.Reading.Yaml;

namespace Governance.Rules.Loading.Syntax;

/// <summary>
/// A rule as read from its YAML document, checked for shape but not yet compiled: the metadata, and the
/// <c>when:</c> and <c>then:</c> parts with the scalars whose text the condition language will compile.
/// </summary>
/// <param name="Metadata">The rule's id, title, citation, obligation, period, remedy and tags.</param>
/// <param name="When">The elements of <c>when:</c>, in order.</param>
/// <param name="Then">What the rule does when it matches.</param>
internal sealed record RuleSyntax(RuleMetadata Metadata, IReadOnlyList<ElementSyntax> When, ThenSyntax Then);

/// <summary>An element of <c>when:</c>.</summary>
/// <param name="Location">Where the element starts.</param>
internal abstract record ElementSyntax(SourceLocation Location);

/// <summary><c>- name: Type where condition</c> or <c>- Type where condition</c> (also count, collect and group).</summary>
/// <param name="Name">The binding name, or null for an unnamed pattern.</param>
/// <param name="NameNode">Where the name is written, when named.</param>
/// <param name="Header">The pattern's text.</param>
/// <param name="Location">Where the element starts.</param>
internal sealed record PatternSyntax(string? Name, YamlScalar? NameNode, YamlScalar Header, SourceLocation Location)
    : ElementSyntax(Location);

/// <summary><c>- not: [...]</c> or <c>- exists: [...]</c>.</summary>
/// <param name="Negated">True for <c>not</c>, false for <c>exists</c>.</param>
/// <param name="Elements">The inner elements.</param>
/// <param name="Location">Where the element starts.</param>
internal sealed record QuantifierSyntax(bool Negated, IReadOnlyList<ElementSyntax> Elements, SourceLocation Location)
    : ElementSyntax(Location);

/// <summary><c>- all: [base, patterns...]</c>.</summary>
/// <param name="Base">The base pattern.</param>
/// <param name="Conditions">The patterns every match of the base must also match.</param>
/// <param name="Location">Where the element starts.</param>
internal sealed record ForAllSyntax(PatternSyntax Base, IReadOnlyList<PatternSyntax> Conditions, SourceLocation Location)
    : ElementSyntax(Location);

/// <summary><c>- or: [[...], [...]]</c>.</summary>
/// <param name="Branches">The branches, each a list of elements.</param>
/// <param name="Location">Where the element starts.</param>
internal sealed record OrSyntax(IReadOnlyList<IReadOnlyList<ElementSyntax>> Branches, SourceLocation Location)
    : ElementSyntax(Location);

/// <summary><c>- check: condition</c>.</summary>
/// <param name="Condition">The condition's text.</param>
/// <param name="Location">Where the element starts.</param>
internal sealed record CheckSyntax(YamlScalar Condition, SourceLocation Location) : ElementSyntax(Location);

/// <summary>The <c>then:</c> part.</summary>
/// <param name="Location">Where it starts.</param>
internal abstract record ThenSyntax(SourceLocation Location);

/// <summary><c>then: { finding: template, at: place }</c>.</summary>
/// <param name="Template">The message template.</param>
/// <param name="At">The binding or member path the finding points at, if given.</param>
/// <param name="Location">Where it starts.</param>
internal sealed record FindingSyntax(YamlScalar Template, YamlScalar? At, SourceLocation Location) : ThenSyntax(Location);

/// <summary><c>then: { derive: { fact: Kind, with: { field: value } } }</c>.</summary>
/// <param name="Kind">The derived kind's name.</param>
/// <param name="Fields">Each field's name and value expression, in order.</param>
/// <param name="Location">Where it starts.</param>
internal sealed record DeriveSyntax(YamlScalar Kind, IReadOnlyList<(YamlScalar Field, YamlScalar Value)> Fields, SourceLocation Location)
    : ThenSyntax(Location);
