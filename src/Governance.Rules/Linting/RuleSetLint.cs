using Governance.Model;
using Governance.Rules.Loading;
using Governance.Rules.Testing;

namespace Governance.Rules.Linting;

/// <summary>
/// Checks rule folders without any authority file: every problem in the rule files, the guidance catalogue and the
/// rule test files (as loading reports them, each with file, line and column), then the checks across them: every
/// checkable item of the catalogue is cited by a rule (GOV530), every rule that reports findings has test cases with
/// an arrangement that fails it and one that complies (GOV531-GOV533), and every test file tests a rule of the rule
/// set (GOV534); a folder with no YAML file in it is a warning (GOV535), and so is a rule whose patterns join with no
/// shared key (GOV536, <see cref="CartesianJoins"/>). Citations of items the catalogue lacks are load errors already (GOV430, GOV431).
/// </summary>
public static class RuleSetLint
{
    /// <summary>
    /// Loads rule folders as one rule set, with the shipped rule set when asked (as <see cref="RuleSet.LoadFolders"/>
    /// does), loads the test cases in the folders (<c>*.tests.yaml</c>, as <see cref="RuleTestSuite.Load"/> does) and
    /// lints them. The rules that need test cases are the rules of the folders named: the shipped rules' cases are
    /// not shipped (they run in this library's own build).
    /// </summary>
    /// <param name="folders">The rule folders, in the order their rules load.</param>
    /// <param name="withShippedRules">Whether the shipped rule set comes first.</param>
    /// <returns>The rule set, unless it has errors, and every problem found.</returns>
    /// <exception cref="ArgumentException">No folder was given, and not the shipped rules either.</exception>
    public static RuleSetLintResult LintFolders(IReadOnlyList<string> folders, bool withShippedRules = false)
    {
        ArgumentNullException.ThrowIfNull(folders);
        var loaded = RuleSet.LoadFolders(folders, withShippedRules);
        var suites = folders.Select(RuleTestSuite.Load).ToList();
        var diagnostics = loaded.Diagnostics.Concat(suites.SelectMany(s => s.Diagnostics)).Distinct().ToList();
        foreach (var folder in folders.Where(f => Directory.Exists(f) && !YamlFolder.ListFiles(f, new Loading.Diagnostics()).Any()))
        {
            diagnostics.Add(new Diagnostic(
                LintDiagnosticCodes.EmptyFolder,
                DiagnosticSeverity.Warning,
                $"The folder '{folder}' holds no rule file and no rule test file (*.yaml, *.yml): nothing in it was linted.",
                new SourceLocation(folder, 0, 0)));
        }

        if (loaded.RuleSet is { } ruleSet)
        {
            var shipped = withShippedRules ? RuleSet.LoadShipped().Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal) : [];
            diagnostics.AddRange(Check(ruleSet, [.. suites.SelectMany(s => s.Cases)], rule => !shipped.Contains(rule.Id)));
        }

        return new RuleSetLintResult(loaded.RuleSet, diagnostics, suites.Sum(s => s.Files.Count));
    }

    /// <summary>The checks across a loaded rule set and its test cases.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <param name="cases">The test cases of its rules.</param>
    /// <param name="needsTests">Which rules must have test cases (of those that report findings).</param>
    internal static IReadOnlyList<Diagnostic> Check(RuleSet ruleSet, IReadOnlyList<RuleTestCase> cases, Func<RuleInfo, bool> needsTests)
    {
        var diagnostics = new List<Diagnostic>();
        foreach (var item in GuidanceCoverage.Of(ruleSet).Checkable.Where(i => !i.IsChecked).Select(i => i.Item))
        {
            diagnostics.Add(new Diagnostic(
                LintDiagnosticCodes.CheckableNotChecked,
                DiagnosticSeverity.Warning,
                $"{item} ({item.Heading}) is classified checkable, but no rule cites it. Write a rule that cites it, or classify it "
                + "'process' (with the evidence that would show it done) or 'not-checkable' (with the reason).",
                item.Location));
        }

        var byRule = cases.ToLookup(c => c.RuleId, StringComparer.Ordinal);
        foreach (var rule in ruleSet.Rules.Where(r => r.Obligation is not null && needsTests(r)))
        {
            var ruleCases = byRule[rule.Id].ToList();
            var (code, problem) = ruleCases.Count == 0 ? (LintDiagnosticCodes.RuleUntested, "has no test case")
                : !ruleCases.Any(c => c.Fails) ? (LintDiagnosticCodes.NoFailingCase, "has no test case that expects a finding of it (an arrangement that fails it)")
                : !ruleCases.Any(c => c.Complies) ? (LintDiagnosticCodes.NoComplyingCase, "has no test case that expects no finding of it (an arrangement that complies)")
                : (null, null);
            if (code is not null)
            {
                diagnostics.Add(new Diagnostic(
                    code,
                    DiagnosticSeverity.Warning,
                    $"The rule '{rule.Id}' {problem}. Write its cases in '{rule.Id}{RuleTestSuite.FileSuffix}' beside it: at least one that complies and one that does not.",
                    rule.Location));
            }
        }

        var linted = ruleSet.Rules.Where(needsTests).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        diagnostics.AddRange(ruleSet.Compiled.Rules.Where(r => linted.Contains(r.Id)).SelectMany(CartesianJoins.Of));

        var ids = ruleSet.Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var testCase in cases.Where(c => !ids.Contains(c.RuleId)).DistinctBy(c => c.RuleLocation))
        {
            var nearest = Governance.Reading.Suggestions.Closest(testCase.RuleId, ids);
            diagnostics.Add(new Diagnostic(
                LintDiagnosticCodes.TestOfUnknownRule,
                DiagnosticSeverity.Error,
                $"The test file tests the rule '{testCase.RuleId}', which the rule set does not have."
                + (nearest is null ? " Name a rule of the rule set." : $" Did you mean '{nearest}'?"),
                testCase.RuleLocation));
        }

        return diagnostics;
    }
}

/// <summary>What linting rule folders found.</summary>
/// <param name="RuleSet">The rule set, unless it has errors (then the checks across it were not made).</param>
/// <param name="Diagnostics">Every problem found, each with file, line and column.</param>
/// <param name="TestFiles">How many rule test files were read.</param>
public sealed record RuleSetLintResult(RuleSet? RuleSet, IReadOnlyList<Diagnostic> Diagnostics, int TestFiles)
{
    /// <summary>How many problems are errors.</summary>
    public int ErrorCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>How many problems are warnings.</summary>
    public int WarningCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
}
