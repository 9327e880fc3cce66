using System.Linq.Expressions;
using Governance.Model;

namespace Governance.Rules.Definitions;

/// <summary>A rule's right-hand side (its <c>then:</c>).</summary>
/// <param name="Location">Where the action is written.</param>
internal abstract record RuleAction(SourceLocation Location);

/// <summary>Reports a finding for each match.</summary>
/// <param name="Message">The finding's message, formatted from the values bound by the rule.</param>
/// <param name="At">
/// Optionally, the value whose file location the finding points at: a lambda over the rule's bindings and <c>asAt</c>.
/// </param>
/// <param name="Location">Where the action is written.</param>
internal sealed record FindingAction(IMessageTemplate Message, LambdaExpression? At, SourceLocation Location) : RuleAction(Location);

/// <summary>Derives a fact, which rules in later strata (or the same positive cycle) can match.</summary>
/// <param name="Type">The derived kind; <see cref="FactType.IsDerived"/> must be true.</param>
/// <param name="Fields">A value for each of the kind's fields.</param>
/// <param name="Location">Where the action is written.</param>
internal sealed record DeriveAction(FactType Type, IReadOnlyList<DerivedFieldValue> Fields, SourceLocation Location) : RuleAction(Location);

/// <summary>The value a derive action gives one field.</summary>
/// <param name="Field">The field's name.</param>
/// <param name="Value">A lambda over the rule's bindings and <c>asAt</c>.</param>
internal sealed record DerivedFieldValue(string Field, LambdaExpression Value);

/// <summary>
/// A finding's message template. The rule model depends only on this interface, so the engine does not depend on the
/// condition language that parses templates.
/// </summary>
internal interface IMessageTemplate
{
    /// <summary>Formats the message.</summary>
    /// <param name="arguments">The values bound by the rule, in scope order.</param>
    /// <param name="asAt">The evaluation date.</param>
    string Format(object?[] arguments, DateOnly asAt);
}
