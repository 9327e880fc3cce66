using Governance.Model;
using Governance.Reading;
using Governance.Rules.Loading;

namespace Governance.Rules.Testing;

/// <summary>Runs a test case through the public evaluation (<see cref="RuleSet.Evaluate"/>) and compares the findings.</summary>
internal static class RuleTestRunner
{
    public static RuleTestResult Run(RuleTestCase testCase, RuleSet ruleSet, CancellationToken cancellation)
    {
        var known = ruleSet.Rules.Concat(RuleSet.DepartureChecks).Where(r => r.Obligation is not null).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var problems = new List<Diagnostic>();
        Check(testCase.RuleId, testCase.RuleLocation, known, problems);
        foreach (var expected in testCase.Expected.Where(e => e.RuleId != testCase.RuleId))
        {
            Check(expected.RuleId, expected.Location, known, problems);
        }

        if (problems.Count > 0)
        {
            return new RuleTestResult { Case = testCase, Actual = [], Missing = [], Unexpected = [], Errors = [], Problems = problems };
        }

        var result = ruleSet.Evaluate(testCase.Authorities, new EvaluationOptions { AsAt = testCase.AsAt }, cancellation);
        var compared = new HashSet<string>(RuleSet.DepartureChecks.Select(c => c.Id), StringComparer.Ordinal) { testCase.RuleId };
        compared.UnionWith(testCase.Expected.Select(e => e.RuleId));
        var actual = result.Findings.Where(f => compared.Contains(f.RuleId)).ToList();

        // Expectations that check the words are matched first, so a looser one cannot take the finding they name.
        var unmatched = actual.ToList();
        var missing = new List<ExpectedFinding>();
        foreach (var expected in testCase.Expected.OrderBy(e => e.Message is null))
        {
            var index = unmatched.FindIndex(expected.Matches);
            if (index < 0)
            {
                missing.Add(expected);
            }
            else
            {
                unmatched.RemoveAt(index);
            }
        }

        return new RuleTestResult
        {
            Case = testCase,
            Actual = actual,
            Missing = missing,
            Unexpected = unmatched,
            Errors = [.. result.Errors.Where(e => compared.Contains(e.RuleId))],
            Problems = [],
        };
    }

    private static void Check(string ruleId, SourceLocation location, HashSet<string> known, List<Diagnostic> problems)
    {
        if (!known.Contains(ruleId))
        {
            problems.Add(new Diagnostic(
                RuleDiagnosticCodes.TestUnknownRule,
                DiagnosticSeverity.Error,
                $"'{ruleId}' is not a rule in the rule set that reports findings.{Suggestions.DidYouMean(ruleId, known)}",
                location));
        }
    }
}
