using Governance.Model;

namespace Governance.Rules.Reports;

/// <summary>
/// Everything one check read and found, for the report writers: the tool that ran it, the rule set and the problems in
/// its files, the authority files and theirs, the evaluation (when there was one), the baseline it was compared with,
/// and the threshold that decides whether it fails. Every writer (<see cref="TextReport"/>, <see cref="JsonReport"/>,
/// <see cref="SarifReport"/>, <see cref="JUnitReport"/>, <see cref="GitHubReport"/>, <see cref="MarkdownReport"/>)
/// reads the same report, so they always agree.
/// </summary>
public sealed record CheckReport
{
    /// <summary>The program that ran the check, named in every report.</summary>
    public required ReportTool Tool { get; init; }

    /// <summary>Where the rules came from, as a person would name it, for example <c>shipped rules</c> or <c>shipped rules + local-rules</c>.</summary>
    public required string RuleSetName { get; init; }

    /// <summary>The rule set's version, or <see langword="null"/> when its files had errors and it did not load.</summary>
    public string? RuleSetVersion { get; init; }

    /// <summary>The rules of the rule set (in force or not; the selected ones when rules were selected).</summary>
    public IReadOnlyList<RuleInfo> Rules { get; init; } = [];

    /// <summary>The problems found in the rule and catalogue files.</summary>
    public IReadOnlyList<Diagnostic> RuleDiagnostics { get; init; } = [];

    /// <summary>Every authority file read, in the order read.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>The authorities that loaded, in the order loaded.</summary>
    public IReadOnlyList<Authority> Authorities { get; init; } = [];

    /// <summary>The problems found in the authority files.</summary>
    public IReadOnlyList<Diagnostic> AuthorityDiagnostics { get; init; } = [];

    /// <summary>The problems found in the baseline file, when one was given and could not be read.</summary>
    public IReadOnlyList<Diagnostic> BaselineDiagnostics { get; init; } = [];

    /// <summary>The evaluation, or <see langword="null"/> when there was no rule set or no authority to evaluate.</summary>
    public EvaluationResult? Result { get; init; }

    /// <summary>What the findings are against a previous result, when a baseline was given.</summary>
    public BaselineComparison? Baseline { get; init; }

    /// <summary>The least severe open finding that fails the check.</summary>
    public FailOn FailOn { get; init; } = FailOn.Warning;

    /// <summary>Every problem in the input files: the rule set's, the authority files', then the baseline's.</summary>
    public IEnumerable<Diagnostic> Diagnostics => RuleDiagnostics.Concat(AuthorityDiagnostics).Concat(BaselineDiagnostics);

    /// <summary>Whether the authority paths held no file at all and no problem says why.</summary>
    public bool NothingFound => Files.Count == 0 && AuthorityDiagnostics.Count == 0;

    /// <summary>Whether any input (authority, rule, catalogue or baseline file) had an error, or there was no input.</summary>
    public bool HasInputErrors => NothingFound || RuleSetVersion is null || Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>
    /// Whether nothing was judged: there was no evaluation, or no rule was in force at the as-at date (the evaluation's
    /// notices say why). Such a check must never look like a clean pass.
    /// </summary>
    public bool NothingChecked => Result is not { RulesInForce.Count: > 0 };

    /// <summary>Whether a rule failed at run time or the evaluation stopped early.</summary>
    public bool HasRuleErrors => Result is { } result && (result.Errors.Count > 0 || !result.Complete);

    /// <summary>
    /// The findings that fail the check: open findings at or above <see cref="FailOn"/> that are not in the baseline
    /// (with a baseline, only new findings fail).
    /// </summary>
    public IReadOnlyList<Finding> FailingFindings =>
        [.. (Result?.Findings ?? []).Where(f => FailOn.Fails(f) && Baseline?.IsUnchanged(f) != true)];

    /// <summary>
    /// The outcome: <see cref="CheckOutcome.InvalidInput"/> for input errors or when nothing was checked, else
    /// <see cref="CheckOutcome.RuleErrors"/> for rule errors or an incomplete evaluation, else
    /// <see cref="CheckOutcome.FindingsFailed"/> for failing findings, else <see cref="CheckOutcome.Passed"/>.
    /// Input errors come first because findings from a partial input cannot be trusted to be complete.
    /// </summary>
    public CheckOutcome Outcome =>
        HasInputErrors || NothingChecked ? CheckOutcome.InvalidInput
        : HasRuleErrors ? CheckOutcome.RuleErrors
        : FailingFindings.Count > 0 ? CheckOutcome.FindingsFailed
        : CheckOutcome.Passed;
}

/// <summary>The program that made a report.</summary>
/// <param name="Name">Its name, for example <c>governance</c>.</param>
/// <param name="Version">Its version, for example <c>0.1.0</c>.</param>
public sealed record ReportTool(string Name, string Version);

/// <summary>How a check ended. The values are the <c>governance</c> command's exit codes.</summary>
public enum CheckOutcome
{
    /// <summary>Everything was read, something was checked, and nothing failed.</summary>
    Passed = 0,

    /// <summary>Open findings at or above the threshold (new ones, when a baseline was given).</summary>
    FindingsFailed = 1,

    /// <summary>An input could not be used, or nothing was checked.</summary>
    InvalidInput = 2,

    /// <summary>A rule failed at run time, or the evaluation stopped before it was complete.</summary>
    RuleErrors = 3,
}

/// <summary>The least severe open finding that makes a check fail.</summary>
public enum FailOn
{
    /// <summary>Only open errors (legal requirements not met).</summary>
    Error,

    /// <summary>Open errors and warnings (statutory guidance not followed without a recorded departure). The default.</summary>
    Warning,

    /// <summary>Any open finding, notes included.</summary>
    Note,

    /// <summary>No finding fails; rule and input errors still do.</summary>
    Never,
}

/// <summary>What follows from a <see cref="Reports.FailOn"/> threshold.</summary>
public static class FailOnThreshold
{
    /// <summary>Whether a finding fails at this threshold. A departed finding never does.</summary>
    /// <param name="threshold">The threshold.</param>
    /// <param name="finding">The finding.</param>
    public static bool Fails(this FailOn threshold, Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Status == FindingStatus.Open && threshold switch
        {
            FailOn.Error => finding.Severity == Severity.Error,
            FailOn.Warning => finding.Severity is Severity.Error or Severity.Warning,
            FailOn.Note => true,
            _ => false,
        };
    }
}
