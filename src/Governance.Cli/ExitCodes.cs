namespace Governance.Cli;

/// <summary>
/// The governance command's exit codes. They are stable: CI pipelines branch on them.
/// </summary>
internal static class ExitCodes
{
    /// <summary>Everything was read and nothing failed.</summary>
    public const int Success = 0;

    /// <summary>The check ran and found something at a failing severity.</summary>
    public const int FindingsFailed = 1;

    /// <summary>An input file (authority, rule or catalogue) could not be used: see the diagnostics printed.</summary>
    public const int InvalidInput = 2;

    /// <summary>A rule failed at run time, or the evaluation stopped before it was complete.</summary>
    public const int RuleErrors = 3;

    /// <summary>The command line itself was wrong (unknown command or option, missing argument).</summary>
    public const int UsageError = 64;

    /// <summary>The tool itself failed unexpectedly: a bug, please report it.</summary>
    public const int InternalError = 70;

    /// <summary>The exit code for how a check ended.</summary>
    /// <param name="outcome">The outcome.</param>
    public static int Of(Governance.Rules.Reports.CheckOutcome outcome) => outcome switch
    {
        Governance.Rules.Reports.CheckOutcome.Passed => Success,
        Governance.Rules.Reports.CheckOutcome.FindingsFailed => FindingsFailed,
        Governance.Rules.Reports.CheckOutcome.RuleErrors => RuleErrors,
        _ => InvalidInput,
    };
}
