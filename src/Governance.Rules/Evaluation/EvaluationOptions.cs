namespace Governance.Rules;

/// <summary>How to evaluate a rule set against authorities.</summary>
public sealed record EvaluationOptions
{
    /// <summary>The firing limit used when none is given.</summary>
    public const int DefaultMaxFirings = 100_000;

    /// <summary>
    /// The date to judge the arrangements as at. When not given, the latest date the authorities' files are recorded
    /// as at. The clock is never read.
    /// </summary>
    public DateOnly? AsAt { get; init; }

    /// <summary>
    /// Evaluate as if no departure were recorded, for auditors: every finding is shown open, and departures are not
    /// themselves checked.
    /// </summary>
    public bool IgnoreDepartures { get; init; }

    /// <summary>The most rule firings one evaluation may make before it stops, reported as incomplete.</summary>
    public int MaxFirings { get; init; } = DefaultMaxFirings;

    /// <summary>Receives the evaluation's trace events (conditions evaluated, activations, firings), for explaining results.</summary>
    public IEvaluationTrace? Trace { get; init; }
}
