using System.Linq.Expressions;
using Governance.Model;

namespace Governance.Rules.Definitions;

/// <summary>
/// A condition of a rule: a lambda returning <see cref="bool"/> whose parameters are the bindings in scope, in scope
/// order, each named as its binding, followed by a last parameter <c>asAt</c> of type <see cref="DateOnly"/>.
/// </summary>
/// <param name="Expression">The compiled condition.</param>
/// <param name="Text">The condition as the rule's author wrote it, for traces and error messages.</param>
/// <param name="Location">Where the condition is written.</param>
internal sealed record ConditionElement(LambdaExpression Expression, string Text, SourceLocation Location);
