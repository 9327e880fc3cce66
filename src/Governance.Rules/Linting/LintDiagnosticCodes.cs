namespace Governance.Rules.Linting;

/// <summary>
/// The codes of the problems <see cref="RuleSetLint"/> finds in a rule set that loads (GOV530-GOV539): a folder with nothing to lint, a checkable item
/// no rule cites, a rule without test cases, a test of a rule that is not there, a join with no shared key. Listed in <c>docs/diagnostics.md</c>.
/// </summary>
internal static class LintDiagnosticCodes
{
    /// <summary>A catalogued item is classified checkable, but no rule cites it.</summary>
    public const string CheckableNotChecked = "GOV530";

    /// <summary>A rule that reports findings has no test case.</summary>
    public const string RuleUntested = "GOV531";

    /// <summary>A rule's test cases all expect no finding of it: none shows an arrangement that fails it.</summary>
    public const string NoFailingCase = "GOV532";

    /// <summary>A rule's test cases all expect a finding of it: none shows an arrangement that complies.</summary>
    public const string NoComplyingCase = "GOV533";

    /// <summary>A test file tests a rule that the rule set does not have.</summary>
    public const string TestOfUnknownRule = "GOV534";

    /// <summary>A folder named holds no rule file and no rule test file.</summary>
    public const string EmptyFolder = "GOV535";

    /// <summary>A rule joins a pattern to the ones before it with no condition relating them: a cartesian product.</summary>
    public const string CartesianJoin = "GOV536";
}
