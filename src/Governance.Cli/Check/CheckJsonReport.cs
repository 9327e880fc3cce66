using System.Text.Json;
using Governance.Cli.Output;
using Governance.Model;
using Governance.Rules;

namespace Governance.Cli.Check;

/// <summary>
/// The JSON report of <c>check</c>: <c>tool</c>, <c>ruleSet</c>, <c>files</c>, <c>authorities</c>, <c>diagnostics</c>,
/// <c>evaluation</c> (everything in the <see cref="EvaluationResult"/>: as-at date, rule set version, documents, rules
/// in force, findings with citation, evidence and departure, rule errors, notices, completeness; <see langword="null"/>
/// when nothing could be evaluated) and <c>summary</c>, always in that order.
/// </summary>
internal static class CheckJsonReport
{
    /// <summary>Writes the report.</summary>
    /// <param name="run">The run.</param>
    /// <param name="output">Where the report goes.</param>
    public static void Write(CheckRun run, TextWriter output) =>
        JsonOutput.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteTool("check");
            WriteRuleSet(json, run);
            json.WriteStrings("files", run.Authorities.Files);
            json.WriteAuthorities(run.Authorities.Authorities);
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in run.RuleDiagnostics.Concat(run.Authorities.Diagnostics))
            {
                json.WriteDiagnostic(diagnostic);
            }

            json.WriteEndArray();
            if (run.Result is { } result)
            {
                json.WritePropertyName("evaluation");
                WriteEvaluation(json, result);
            }
            else
            {
                json.WriteNull("evaluation");
            }

            WriteSummary(json, run);
            json.WriteEndObject();
        });

    private static void WriteRuleSet(Utf8JsonWriter json, CheckRun run)
    {
        json.WriteStartObject("ruleSet");
        json.WriteOptionalString("path", run.RulesPath);
        json.WriteBoolean("shipped", run.RulesPath is null);
        json.WriteBoolean("loaded", run.RuleSetVersion is not null);
        json.WriteOptionalString("version", run.RuleSetVersion);
        json.WriteNumber("rules", run.Rules.Count);
        json.WriteEndObject();
    }

    private static void WriteEvaluation(Utf8JsonWriter json, EvaluationResult result)
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
            WriteFinding(json, finding);
        }

        json.WriteEndArray();
        json.WriteStartArray("errors");
        foreach (var error in result.Errors)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", error.RuleId);
            json.WriteOptionalString("authorityCode", error.AuthorityCode);
            json.WriteString("message", error.Message);
            json.WriteLocation(error.Location);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStrings("notices", result.Notices);
        json.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding finding)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteString("title", finding.Title);
        json.WriteString("severity", JsonOutput.CamelCase(finding.Severity));
        json.WriteString("status", JsonOutput.CamelCase(finding.Status));
        json.WriteString("obligation", JsonOutput.CamelCase(finding.Obligation));
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
        json.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter json, CheckRun run)
    {
        var findings = run.Result?.Findings ?? [];
        json.WriteStartObject("summary");
        json.WriteNumber("authorities", run.Result?.AuthoritiesEvaluated.Count ?? 0);
        json.WriteNumber("findings", findings.Count);
        json.WriteNumber("errors", findings.Count(f => f.Severity == Severity.Error));
        json.WriteNumber("warnings", findings.Count(f => f.Severity == Severity.Warning));
        json.WriteNumber("notes", findings.Count(f => f.Severity == Severity.Note));
        json.WriteNumber("open", findings.Count(f => f.Status == FindingStatus.Open));
        json.WriteNumber("departed", findings.Count(f => f.Status == FindingStatus.Departed));
        json.WriteNumber("ruleErrors", run.Result?.Errors.Count ?? 0);
        json.WriteNumber("inputErrors", run.RuleDiagnostics.Concat(run.Authorities.Diagnostics).Count(d => d.Severity == DiagnosticSeverity.Error));
        json.WriteBoolean("nothingChecked", run.NothingChecked);
        json.WriteString("failOn", JsonOutput.CamelCase(run.FailOn));
        json.WriteNumber("failingFindings", run.FailingFindings);
        json.WriteNumber("exitCode", run.ExitCode);
        json.WriteEndObject();
    }
}
