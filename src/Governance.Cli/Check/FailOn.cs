using Governance.Rules;

namespace Governance.Cli.Check;

/// <summary>The least severe open finding that makes <c>check</c> fail (<c>--fail-on</c>).</summary>
internal enum FailOn
{
    /// <summary>Only open errors (legal requirements not met).</summary>
    Error,

    /// <summary>Open errors and warnings (statutory guidance not followed without a recorded departure). The default.</summary>
    Warning,

    /// <summary>Any open finding, notes included.</summary>
    Note,

    /// <summary>No finding fails the run; rule and input errors still do.</summary>
    Never,
}

/// <summary>What follows from a <see cref="FailOn"/> threshold.</summary>
internal static class FailOnThreshold
{
    /// <summary>Whether a finding fails the run at this threshold. A departed finding never does.</summary>
    /// <param name="threshold">The threshold.</param>
    /// <param name="finding">The finding.</param>
    public static bool Fails(this FailOn threshold, Finding finding) =>
        finding.Status == FindingStatus.Open && threshold switch
        {
            FailOn.Error => finding.Severity == Severity.Error,
            FailOn.Warning => finding.Severity is Severity.Error or Severity.Warning,
            FailOn.Note => true,
            _ => false,
        };
}
