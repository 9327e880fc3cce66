using System.Text;
using Governance.Model;

namespace Governance.Rules.Testing;

/// <summary>The outcome of running one <see cref="RuleTestCase"/>: passed, or failed with what was expected against what was found.</summary>
public sealed record RuleTestResult
{
    /// <summary>The case.</summary>
    public required RuleTestCase Case { get; init; }

    /// <summary>The findings compared: those of the rule under test, of any rule the case names, and of the departure checks.</summary>
    public required IReadOnlyList<Finding> Actual { get; init; }

    /// <summary>The expected findings that were not found.</summary>
    public required IReadOnlyList<ExpectedFinding> Missing { get; init; }

    /// <summary>The findings that were found but not expected.</summary>
    public required IReadOnlyList<Finding> Unexpected { get; init; }

    /// <summary>Rules that failed at run time while the case was evaluated.</summary>
    public required IReadOnlyList<RuleError> Errors { get; init; }

    /// <summary>Problems with the case itself, such as a rule id that is not in the rule set (GOV481).</summary>
    public required IReadOnlyList<Diagnostic> Problems { get; init; }

    /// <summary>Whether the case passed: every expected finding found, nothing else found, no rule error, no problem.</summary>
    public bool Passed => Missing.Count == 0 && Unexpected.Count == 0 && Errors.Count == 0 && Problems.Count == 0;

    /// <summary>Describes the outcome for a person: the case, and when it failed, what was expected against what was found.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.Append(Passed ? "passed" : "FAILED").Append(": ").Append(Case).Append(" (").Append(Case.Location).Append(')');
        if (Passed)
        {
            return text.ToString();
        }

        foreach (var problem in Problems)
        {
            text.AppendLine().Append("  ").Append(problem);
        }

        foreach (var error in Errors)
        {
            text.AppendLine().Append("  ").Append(error);
        }

        if (Problems.Count == 0)
        {
            text.AppendLine().Append("  expected: ").Append(Case.Expected.Count == 0 ? "no finding" : string.Empty);
            foreach (var expected in Case.Expected)
            {
                text.AppendLine().Append("    ").Append(expected);
            }

            text.AppendLine().Append("  actual:   ").Append(Actual.Count == 0 ? "no finding" : string.Empty);
            foreach (var finding in Actual)
            {
                text.AppendLine().Append("    ").Append(finding.RuleId)
                    .Append(finding.Status == FindingStatus.Open ? " (open)" : " (departed)")
                    .Append(": \"").Append(finding.Message).Append('"');
            }
        }

        return text.ToString();
    }
}
