using Governance.Model;

namespace Governance.Rules.Definitions;

/// <summary>A rule in the canonical rule model: a left-hand side of elements and a right-hand side action.</summary>
/// <param name="Id">The rule's id, unique in the rule set.</param>
/// <param name="Lhs">The elements to match (<c>when:</c>).</param>
/// <param name="Action">What to do for each match (<c>then:</c>).</param>
/// <param name="Location">Where the rule is written.</param>
/// <param name="Scope">Which authorities one evaluation of the rule looks at: one (the default), or those that refer to one another.</param>
internal sealed record RuleDefinition(string Id, AndElement Lhs, RuleAction Action, SourceLocation Location, RuleScope Scope = RuleScope.Authority)
{
    /// <summary>
    /// What keeps the rule from being whole (<see cref="RuleChecks"/>): a name read where it is not bound, a name bound
    /// twice, a group without a key, a derivation that does not fit its kind. Empty when the rule can be evaluated.
    /// </summary>
    public IReadOnlyList<Diagnostic> Check() => RuleChecks.Check(this);
}
