namespace Governance.Rules.Reports.Writing;

/// <summary>The codes of problems found in the files reports read (GOV520-GOV529): baselines.</summary>
internal static class ReportDiagnosticCodes
{
    /// <summary>The baseline file does not exist, is too large, cannot be read, or is not JSON.</summary>
    public const string BaselineUnreadable = "GOV520";

    /// <summary>The baseline is JSON but neither a JSON report of a check nor a SARIF log.</summary>
    public const string BaselineNotAResult = "GOV521";
}
