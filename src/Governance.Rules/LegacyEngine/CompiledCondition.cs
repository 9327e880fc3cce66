using Governance.Rules.Definitions;

namespace Governance.Rules.LegacyEngine;

/// <summary>A condition compiled over a rule's frame.</summary>
/// <param name="Element">The condition as written.</param>
/// <param name="Function">The compiled condition.</param>
internal sealed record CompiledCondition(ConditionElement Element, FrameCondition Function);

/// <summary>
/// The two sides of an equality <c>own == outer</c> inside a join condition, where one side reads only the pattern's
/// own fact and the other only earlier bindings: candidates are looked up by key instead of all being tried.
/// </summary>
/// <param name="Own">The side over the pattern's own fact.</param>
/// <param name="Outer">The side over earlier bindings.</param>
internal sealed record JoinKey(FrameFunction Own, FrameFunction Outer);
