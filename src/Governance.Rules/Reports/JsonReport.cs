using System.Text.Json;
using Governance.Model;

namespace Governance.Rules.Reports;

/// <summary>
/// The JSON report of a check, for programs: <c>tool</c>, <c>ruleSet</c>, <c>files</c>, <c>authorities</c>,
/// <c>diagnostics</c>, <c>evaluation</c> (everything in the <see cref="EvaluationResult"/>, each finding with its
/// <c>fingerprint</c>; <see langword="null"/> when nothing could be evaluated), <c>baseline</c> (or
/// <see langword="null"/>) and <c>summary</c>, always in that order, with <c>\n</c> line ends. It can be read back as
/// a <see cref="Reports.Baseline"/>.
/// </summary>
public static class JsonReport
{
    /// <summary>Writes the report.</summary>
    /// <param name="report">The check.</param>
    /// <param name="output">Where the report goes.</param>
    public static void Write(CheckReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        JsonText.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteTool(report.Tool, "check");
            WriteRuleSet(json, report);
            json.WriteStrings("files", report.Files);
            json.WriteAuthorities(report.Authorities);
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in report.Diagnostics)
            {
                json.WriteDiagnostic(diagnostic);
            }

            json.WriteEndArray();
            if (report.Result is { } result)
            {
                json.WritePropertyName("evaluation");
                WriteEvaluation(json, result, report.Baseline);
            }
            else
            {
                json.WriteNull("evaluation");
            }

            WriteBaseline(json, report.Baseline);
            WriteSummary(json, report);
            json.WriteEndObject();
        });
    }

    /// <summary>
    /// Writes the report of a validation: <c>tool</c>, <c>files</c>, <c>authorities</c>, <c>diagnostics</c> and
    /// <c>summary</c>, always in that order.
    /// </summary>
    /// <param name="report">The validation.</param>
    /// <param name="output">Where the report goes.</param>
    public static void Write(ValidationReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        JsonText.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteTool(report.Tool, "validate");
            json.WriteStrings("files", report.Files);
            json.WriteAuthorities(report.Authorities);
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in report.Diagnostics)
            {
                json.WriteDiagnostic(diagnostic);
            }

            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("files", report.Files.Count);
            json.WriteNumber("authorities", report.Authorities.Count);
            json.WriteNumber("errors", report.ErrorCount);
            json.WriteNumber("warnings", report.WarningCount);
            json.WriteBoolean("warningsAsErrors", report.WarningsAsErrors);
            json.WriteBoolean("failed", report.Failed);
            json.WriteEndObject();
            json.WriteEndObject();
        });
    }

    private static void WriteRuleSet(Utf8JsonWriter json, CheckReport report)
    {
        json.WriteStartObject("ruleSet");
        json.WriteString("name", report.RuleSetName);
        json.WriteBoolean("loaded", report.RuleSetVersion is not null);
        json.WriteOptionalString("version", report.RuleSetVersion);
        json.WriteNumber("rules", report.Rules.Count);
        json.WriteEndObject();
    }

    private static void WriteEvaluation(Utf8JsonWriter json, EvaluationResult result, BaselineComparison? baseline)
    {
        json.WriteStartObject();
        json.WriteDate("asAt", result.AsAt);
        json.WriteString("ruleSetVersion", result.RuleSetVersion);
        json.WriteBoolean("complete", result.Complete);
        json.WriteOptionalString("stoppedBecause", result.StoppedBecause);
        json.WriteBoolean("departuresIgnored", result.DeparturesIgnored);
        json.WriteStartArray("documents");
        foreach (var document in result.Documents)
        {
            json.WriteStartObject();
            json.WriteString("id", document.Id);
            json.WriteString("title", document.Title);
            json.WriteString("edition", document.Edition);
            json.WriteDate("inForceFrom", document.InForceFrom);
            json.WriteDate("inForceUntil", document.InForceUntil);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStrings("rulesInForce", result.RulesInForce);
        json.WriteStrings("authoritiesEvaluated", result.AuthoritiesEvaluated);
        json.WriteStartArray("findings");
        foreach (var finding in result.Findings)
        {
            WriteFinding(json, finding, baseline);
        }

        json.WriteEndArray();
        json.WriteStartArray("errors");
        foreach (var error in result.Errors)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", error.RuleId);
            json.WriteOptionalString("code", error.Code);
            json.WriteOptionalString("authorityCode", error.AuthorityCode);
            json.WriteString("message", error.Message);
            json.WriteLocation(error.Location);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStrings("notices", result.Notices);
        json.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding finding, BaselineComparison? baseline)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteString("title", finding.Title);
        json.WriteString("severity", JsonText.CamelCase(finding.Severity));
        json.WriteString("status", JsonText.CamelCase(finding.Status));
        json.WriteString("obligation", JsonText.CamelCase(finding.Obligation));
        json.WriteString("authorityCode", finding.AuthorityCode);
        json.WriteString("authorityName", finding.AuthorityName);
        json.WriteString("message", finding.Message);
        json.WriteLocation(finding.Location);

        json.WriteStartObject("citation");
        json.WriteString("document", finding.Citation.Document);
        json.WriteString("edition", finding.Citation.Edition);
        json.WriteStrings("paragraphs", finding.Citation.Paragraphs);
        json.WriteString("quote", finding.Citation.Quote);
        json.WriteString("text", finding.Citation.ToString());
        json.WriteEndObject();

        json.WriteStartArray("evidence");
        foreach (var evidence in finding.Evidence)
        {
            json.WriteStartObject();
            json.WriteString("name", evidence.Name);
            json.WriteString("description", evidence.Description);
            json.WriteLocation(evidence.Location);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteOptionalString("remedy", finding.Remedy);
        if (finding.Departure is { } departure)
        {
            json.WriteStartObject("departure");
            json.WriteString("reasons", departure.Reasons);
            json.WriteString("decidedBy", departure.DecidedBy);
            json.WriteDate("decidedOn", departure.DecidedOn);
            json.WriteDate("reviewBy", departure.ReviewBy);
            json.WriteLocation(departure.Location);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("departure");
        }

        json.WriteBoolean("failing", finding.IsFailing);
        json.WriteString("fingerprint", FindingFingerprint.Of(finding));
        json.WriteOptionalString("baseline", baseline is null ? null : baseline.IsUnchanged(finding) ? "unchanged" : "new");
        json.WriteEndObject();
    }

    private static void WriteBaseline(Utf8JsonWriter json, BaselineComparison? baseline)
    {
        if (baseline is null)
        {
            json.WriteNull("baseline");
            return;
        }

        json.WriteStartObject("baseline");
        json.WriteString("file", baseline.File);
        json.WriteNumber("new", baseline.New.Count);
        json.WriteNumber("unchanged", baseline.Unchanged.Count);
        json.WriteStartArray("fixed");
        foreach (var gone in baseline.Fixed)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", gone.RuleId);
            json.WriteString("authorityCode", gone.AuthorityCode);
            json.WriteString("message", gone.Message);
            json.WriteString("fingerprint", gone.Fingerprint);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter json, CheckReport report)
    {
        var findings = report.Result?.Findings ?? [];
        json.WriteStartObject("summary");
        json.WriteNumber("authorities", report.Result?.AuthoritiesEvaluated.Count ?? 0);
        json.WriteNumber("findings", findings.Count);
        json.WriteNumber("errors", findings.Count(f => f.Severity == Severity.Error));
        json.WriteNumber("warnings", findings.Count(f => f.Severity == Severity.Warning));
        json.WriteNumber("notes", findings.Count(f => f.Severity == Severity.Note));
        json.WriteNumber("open", findings.Count(f => f.Status == FindingStatus.Open));
        json.WriteNumber("departed", findings.Count(f => f.Status == FindingStatus.Departed));
        json.WriteNumber("ruleErrors", report.Result?.Errors.Count ?? 0);
        json.WriteNumber("inputErrors", report.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error));
        json.WriteBoolean("nothingChecked", report.NothingChecked);
        json.WriteString("failOn", JsonText.CamelCase(report.FailOn));
        json.WriteNumber("failingFindings", report.FailingFindings.Count);
        json.WriteString("outcome", JsonText.CamelCase(report.Outcome));
        json.WriteNumber("exitCode", (int)report.Outcome);
        json.WriteEndObject();
    }
}
