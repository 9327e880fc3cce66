using Governance.Model;

namespace Governance.Benchmarks.Checks;

/// <summary>A finding from the hand-written checks: the rule it stands for, where, and what it says.</summary>
internal sealed record CheckFinding(string RuleId, Authority Authority, string Message, SourceLocation Location);
