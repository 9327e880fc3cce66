using Governance.Model;

namespace Governance.Rules.Engine;

/// <summary>The stable codes of the problems the rule compiler reports (GOV3xx; GOV303-GOV307 are the rule model's own, <see cref="Definitions.RuleChecks"/>).</summary>
internal static class EngineDiagnostics
{
    /// <summary>Rules depend on each other in a cycle that passes through <c>not</c>, <c>exists</c>, <c>all</c> or an aggregate.</summary>
    public const string NegativeCycle = Definitions.NegativeCycle.Code;

    /// <summary>Two rules have the same id.</summary>
    public const string DuplicateRuleId = "GOV302";

    /// <summary>NRules could not compile the translated rules (a defect of the translation, reported rather than thrown).</summary>
    public const string NRulesCompilation = "GOV308";

    /// <summary>A rule about one authority reads a kind of fact that a rule across authorities derives.</summary>
    public const string ScopeReadsAcross = "GOV309";

    /// <summary>A rule written in C# has no <c>[GuidanceRule]</c>.</summary>
    public const string CSharpRuleUndescribed = "GOV311";

    /// <summary>A rule written in C# cites a document or paragraph the guidance catalogue does not have, or no paragraph or quote.</summary>
    public const string CSharpRuleCitation = "GOV312";

    /// <summary>A rule written in C# has an id that is not lowercase words joined by '-'.</summary>
    public const string CSharpRuleBadId = "GOV313";

    /// <summary>Makes an error diagnostic.</summary>
    public static Diagnostic Error(string code, string message, SourceLocation location) =>
        new(code, DiagnosticSeverity.Error, message, location);
}
