using System.Text.Json;
using Governance.Model;

namespace Governance.Rules.Reports;

/// <summary>
/// The SARIF 2.1.0 log of a check, for code scanning: one <c>reportingDescriptor</c> per rule reported, and per built-in
/// check that gave a finding (its citation, quote and
/// help), one result per finding at the place in the authority file it points to, with the facts it matched as related
/// locations and a <c>partialFingerprints</c> entry that keeps its identity across runs; a departed finding carries an
/// accepted suppression of kind <c>external</c> whose justification is the authority's reasons; rule errors and the
/// problems in the authority files are tool execution notifications, the problems in the rule files configuration
/// notifications. With a baseline, each result has its <c>baselineState</c>.
/// </summary>
public static class SarifReport
{
    /// <summary>The schema the log declares.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>Writes the log.</summary>
    /// <param name="report">The check.</param>
    /// <param name="output">Where the log goes.</param>
    public static void Write(CheckReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var findings = report.Result?.Findings ?? [];
        var descriptors = Descriptors(report, findings);
        var index = descriptors.Select((rule, i) => (rule.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        JsonText.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, report, descriptors);
            WriteInvocation(json, report);
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var finding in findings)
            {
                WriteResult(json, finding, index[finding.RuleId], report.Baseline);
            }

            json.WriteEndArray();
            json.WriteStartObject("properties");
            json.WriteString("ruleSet", report.RuleSetName);
            json.WriteOptionalString("ruleSetVersion", report.RuleSetVersion);
            json.WriteDate("asAt", report.Result?.AsAt);
            json.WriteString("outcome", JsonText.CamelCase(report.Outcome));
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    /// <summary>A file path as a SARIF URI reference: relative paths stay relative, with <c>/</c> and escaped segments.</summary>
    /// <param name="path">The path as the report names it.</param>
    internal static string Uri(string path)
    {
        if (Path.IsPathFullyQualified(path))
        {
            return new Uri(path).AbsoluteUri;
        }

        return string.Join('/', path.Replace('\\', '/').Split('/').Select(System.Uri.EscapeDataString));
    }

    private static List<RuleInfo> Descriptors(CheckReport report, IReadOnlyList<Finding> findings)
    {
        var rules = report.Rules.Where(r => r.Derives is null).ToList();
        var known = rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var finding in findings.Where(f => known.Add(f.RuleId)))
        {
            rules.Add(new RuleInfo { Id = finding.RuleId, Title = finding.Title, Citation = finding.Citation, Obligation = finding.Obligation, Remedy = finding.Remedy, Location = SourceLocation.None });
        }

        return rules;
    }

    private static void WriteTool(Utf8JsonWriter json, CheckReport report, List<RuleInfo> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", report.Tool.Name);
        json.WriteString("version", report.Tool.Version);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            WriteDescriptor(json, rule);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteDescriptor(Utf8JsonWriter json, RuleInfo rule)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        WriteMessage(json, "shortDescription", rule.Title);
        if (rule.Citation is { } citation)
        {
            WriteMessage(json, "fullDescription", $"{citation}: \"{citation.Quote}\"");
        }

        json.WriteStartObject("help");
        json.WriteString("text", HelpText(rule));
        json.WriteString("markdown", HelpMarkdown(rule));
        json.WriteEndObject();
        if (rule.Obligation is { } obligation)
        {
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(obligation.Severity()));
            json.WriteEndObject();
        }

        json.WriteStartObject("properties");
        if (rule.Citation is { } cited)
        {
            json.WriteString("citation", cited.ToString());
            json.WriteString("quote", cited.Quote);
        }

        if (rule.Obligation is { } kind)
        {
            json.WriteString("obligation", JsonText.CamelCase(kind));
        }

        json.WriteStrings("tags", rule.Tags ?? []);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string HelpText(RuleInfo rule)
    {
        var parts = new List<string>();
        if (rule.Citation is { } citation)
        {
            parts.Add($"{citation}: \"{citation.Quote}\"");
        }

        if (!string.IsNullOrWhiteSpace(rule.Remedy))
        {
            parts.Add($"Remedy: {rule.Remedy.Trim()}");
        }

        return parts.Count == 0 ? rule.Title : string.Join("\n\n", parts);
    }

    private static string HelpMarkdown(RuleInfo rule)
    {
        var parts = new List<string>();
        if (rule.Citation is { } citation)
        {
            parts.Add($"**{MarkdownText.Escape(citation.ToString())}**\n\n> {MarkdownText.Escape(citation.Quote)}");
        }

        if (!string.IsNullOrWhiteSpace(rule.Remedy))
        {
            parts.Add($"**Remedy:** {MarkdownText.Escape(LineText.OneLine(rule.Remedy))}");
        }

        return parts.Count == 0 ? MarkdownText.Escape(rule.Title) : string.Join("\n\n", parts);
    }

    private static void WriteInvocation(Utf8JsonWriter json, CheckReport report)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", !report.HasInputErrors && !report.HasRuleErrors);
        json.WriteStartArray("toolExecutionNotifications");
        foreach (var error in report.Result?.Errors ?? [])
        {
            json.WriteStartObject();
            json.WriteString("level", "error");
            WriteMessage(json, "message", error.AuthorityCode is null ? error.Message : $"{error.Message} (evaluating {error.AuthorityCode})");
            WriteLocations(json, "locations", [error.Location]);
            if (error.Code is { } code)
            {
                json.WriteStartObject("descriptor");
                json.WriteString("id", code);
                json.WriteEndObject();
            }

            json.WriteStartObject("associatedRule");
            json.WriteString("id", error.RuleId);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        foreach (var diagnostic in report.AuthorityDiagnostics.Concat(report.BaselineDiagnostics))
        {
            WriteNotification(json, diagnostic);
        }

        json.WriteEndArray();
        json.WriteStartArray("toolConfigurationNotifications");
        foreach (var diagnostic in report.RuleDiagnostics)
        {
            WriteNotification(json, diagnostic);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteNotification(Utf8JsonWriter json, Diagnostic diagnostic)
    {
        json.WriteStartObject();
        json.WriteString("level", diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning");
        WriteMessage(json, "message", diagnostic.Message);
        WriteLocations(json, "locations", [diagnostic.Location]);
        json.WriteStartObject("descriptor");
        json.WriteString("id", diagnostic.Code);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Finding finding, int ruleIndex, BaselineComparison? baseline)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(finding.Severity));
        WriteMessage(json, "message", finding.Message);
        WriteLocations(json, "locations", [finding.Location]);
        if (finding.Evidence.Count > 0)
        {
            json.WriteStartArray("relatedLocations");
            var id = 0;
            foreach (var evidence in finding.Evidence)
            {
                json.WriteStartObject();
                json.WriteNumber("id", id++);
                WritePhysicalLocation(json, evidence.Location);
                WriteMessage(json, "message", $"{evidence.Name}: {evidence.Description}");
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteStartObject("partialFingerprints");
        json.WriteString(FindingFingerprint.SarifKey, FindingFingerprint.Of(finding));
        json.WriteEndObject();
        if (finding.Departure is { } departure)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", "external");
            json.WriteString("status", "accepted");
            json.WriteString("justification", $"{departure.Reasons} (decided by {departure.DecidedBy} on {IsoDate.Format(departure.DecidedOn)})");
            WriteLocationObject(json, "location", departure.Location);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        if (baseline is not null)
        {
            json.WriteString("baselineState", baseline.IsUnchanged(finding) ? "unchanged" : "new");
        }

        json.WriteStartObject("properties");
        json.WriteString("authorityCode", finding.AuthorityCode);
        json.WriteString("authorityName", finding.AuthorityName);
        json.WriteString("citation", finding.Citation.ToString());
        json.WriteString("obligation", JsonText.CamelCase(finding.Obligation));
        json.WriteString("status", JsonText.CamelCase(finding.Status));
        json.WriteOptionalString("remedy", finding.Remedy);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteLocations(Utf8JsonWriter json, string name, IEnumerable<SourceLocation> locations)
    {
        json.WriteStartArray(name);
        foreach (var location in locations.Where(l => l.IsKnown))
        {
            json.WriteStartObject();
            WritePhysicalLocation(json, location);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteLocationObject(Utf8JsonWriter json, string name, SourceLocation location)
    {
        if (!location.IsKnown)
        {
            return;
        }

        json.WriteStartObject(name);
        WritePhysicalLocation(json, location);
        json.WriteEndObject();
    }

    private static void WritePhysicalLocation(Utf8JsonWriter json, SourceLocation location)
    {
        if (!location.IsKnown)
        {
            return;
        }

        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", Uri(location.File));
        json.WriteEndObject();
        if (location.Line >= 1)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", location.Line);
            if (location.Column >= 1)
            {
                json.WriteNumber("startColumn", location.Column);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };
}
