using Governance.Cli.Inputs;
using Governance.Model;
using Governance.Rules;

namespace Governance.Cli.Check;

/// <summary>
/// Everything one run of <c>check</c> read and found, for the reports: the rule set and its diagnostics, the
/// authorities and theirs, the evaluation (when there was one), the threshold and the exit code that follow.
/// </summary>
internal sealed record CheckRun
{
    /// <summary>The rule set's folder, as named in diagnostics; <see langword="null"/> for the rule set shipped inside the tool.</summary>
    public required string? RulesPath { get; init; }

    /// <summary>How reports name the rule set: its folder, or "the shipped rule set".</summary>
    public string RulesName => RulesPath ?? RulesLocation.Shipped.Name;

    /// <summary>The rule set's version, or <see langword="null"/> when its files had errors and it did not load.</summary>
    public required string? RuleSetVersion { get; init; }

    /// <summary>The rules of the rule set, in force or not (none when it did not load).</summary>
    public required IReadOnlyList<RuleInfo> Rules { get; init; }

    /// <summary>The problems found in the rule and catalogue files.</summary>
    public required IReadOnlyList<Diagnostic> RuleDiagnostics { get; init; }

    /// <summary>What the authority paths gave.</summary>
    public required LoadedAuthorities Authorities { get; init; }

    /// <summary>The evaluation, or <see langword="null"/> when there was no rule set or no authority to evaluate.</summary>
    public required EvaluationResult? Result { get; init; }

    /// <summary>The least severe open finding that fails the run.</summary>
    public required FailOn FailOn { get; init; }

    /// <summary>Whether any input (authority, rule or catalogue file) had an error.</summary>
    public bool HasInputErrors =>
        Authorities.NothingFound || RuleSetVersion is null || Authorities.ErrorCount > 0 || RuleDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>
    /// Whether nothing was judged: there was no evaluation, or no rule was in force at the as-at date (the evaluation's
    /// notices say why). Such a run must never look like a clean pass.
    /// </summary>
    public bool NothingChecked => Result is not { RulesInForce.Count: > 0 };

    /// <summary>Whether a rule failed at run time or the evaluation stopped early.</summary>
    public bool HasRuleErrors => Result is { } result && (result.Errors.Count > 0 || !result.Complete);

    /// <summary>The findings that fail the run at <see cref="FailOn"/>.</summary>
    public int FailingFindings => Result?.Findings.Count(f => FailOn.Fails(f)) ?? 0;

    /// <summary>
    /// The exit code: 2 for input errors or when nothing was checked, else 3 for rule errors or an incomplete evaluation,
    /// else 1 for failing findings, else 0. Input errors come first because findings from a partial input cannot be
    /// trusted to be complete; a run that checked nothing gives 2, as a folder without authority files does, because the
    /// inputs given (the rule set and the as-at date) left nothing to check: it is not a pass, nor a finding about the
    /// authorities, nor a rule that failed.
    /// </summary>
    public int ExitCode =>
        HasInputErrors || NothingChecked ? ExitCodes.InvalidInput
        : HasRuleErrors ? ExitCodes.RuleErrors
        : FailingFindings > 0 ? ExitCodes.FindingsFailed
        : ExitCodes.Success;
}
