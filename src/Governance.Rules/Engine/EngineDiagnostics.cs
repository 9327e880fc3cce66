using Governance.Model;

namespace Governance.Rules.Engine;

/// <summary>The stable codes of the problems the rule compiler reports (GOV3xx).</summary>
internal static class EngineDiagnostics
{
    /// <summary>Rules depend on each other in a cycle that passes through <c>not</c>, <c>exists</c>, <c>all</c> or an aggregate.</summary>
    public const string NegativeCycle = Definitions.NegativeCycle.Code;

    /// <summary>Two rules have the same id.</summary>
    public const string DuplicateRuleId = "GOV302";

    /// <summary>A condition or value does not fit the names bound where it is written (an unknown name, a wrong type, no <c>asAt</c>).</summary>
    public const string ExpressionDoesNotFitScope = Definitions.RuleChecks.ExpressionDoesNotFitScope;

    /// <summary>A <c>derive</c> does not give its kind's fields, or gives a field a value of the wrong type.</summary>
    public const string DerivationDoesNotFitKind = Definitions.RuleChecks.DerivationDoesNotFitKind;

    /// <summary>A <c>group</c> has no key, or a <c>count</c> or <c>collect</c> has one.</summary>
    public const string AggregateKey = Definitions.RuleChecks.AggregateKey;

    /// <summary>A name is bound twice where the first is still in scope.</summary>
    public const string NameBoundTwice = Definitions.RuleChecks.NameBoundTwice;

    /// <summary>A group's key reads more than the fact it groups (another binding, or <c>asAt</c>).</summary>
    public const string GroupKeyReadsOtherNames = Definitions.RuleChecks.GroupKeyReadsOtherNames;

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
