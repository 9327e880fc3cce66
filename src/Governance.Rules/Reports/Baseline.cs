using System.Text.Json;
using Governance.Model;
using Governance.Rules.Reports.Writing;

namespace Governance.Rules.Reports;

/// <summary>
/// The findings of a previous check, read from its JSON or SARIF report, to compare a new check with: a finding
/// already in the baseline is <em>unchanged</em> and does not fail the check; a finding not in it is <em>new</em>; a
/// baseline finding no longer found is <em>fixed</em>. Findings are matched by their fingerprint (rule, authority and
/// the facts matched), so edits that only move lines keep a finding unchanged.
/// </summary>
public sealed class Baseline
{
    /// <summary>The largest baseline file read, in bytes.</summary>
    public const int MaxFileBytes = 64 * 1024 * 1024;

    private Baseline(string file, IReadOnlyList<BaselineFinding> findings)
    {
        File = file;
        Findings = findings;
    }

    /// <summary>The file the baseline was read from, as named.</summary>
    public string File { get; }

    /// <summary>The findings recorded in the baseline.</summary>
    public IReadOnlyList<BaselineFinding> Findings { get; }

    /// <summary>
    /// Reads a baseline: a JSON report of <c>governance check --format json</c> or a SARIF log of
    /// <c>--format sarif</c>. Problems come back as diagnostics (GOV520, GOV521) naming the file, never as exceptions.
    /// </summary>
    /// <param name="file">The file.</param>
    /// <returns>The baseline, or the diagnostics that say why it could not be read.</returns>
    public static BaselineLoadResult Load(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var whole = SourceLocation.StartOf(file);
        try
        {
            var info = new FileInfo(file);
            if (!info.Exists)
            {
                return Failed(ReportDiagnosticCodes.BaselineUnreadable, $"The baseline '{file}' does not exist. Name the JSON or SARIF report of an earlier check.", file);
            }

            if (info.Length > MaxFileBytes)
            {
                return Failed(ReportDiagnosticCodes.BaselineUnreadable, $"The baseline '{file}' is larger than {MaxFileBytes / (1024 * 1024)} MB.", file);
            }

            using var document = JsonDocument.Parse(System.IO.File.ReadAllBytes(file), new JsonDocumentOptions { MaxDepth = 64 });
            var findings = Read(document.RootElement);
            return findings is null
                ? Failed(
                    ReportDiagnosticCodes.BaselineNotAResult,
                    $"The baseline '{file}' is JSON but not a report of governance check: expected a JSON report (with 'evaluation') or a SARIF log (with 'runs').",
                    file)
                : new BaselineLoadResult(new Baseline(file, findings), []);
        }
        catch (JsonException e)
        {
            var location = new SourceLocation(file, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1);
            return new BaselineLoadResult(null, [new Diagnostic(ReportDiagnosticCodes.BaselineUnreadable, DiagnosticSeverity.Error, $"The baseline is not valid JSON: {FirstSentence(e.Message)}", location)]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new BaselineLoadResult(null, [new Diagnostic(ReportDiagnosticCodes.BaselineUnreadable, DiagnosticSeverity.Error, $"The baseline '{file}' cannot be read: {e.Message}", whole)]);
        }
    }

    /// <summary>Compares the findings of a check with the baseline.</summary>
    /// <param name="findings">The findings of the new check.</param>
    public BaselineComparison Compare(IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var known = Findings.Select(f => f.Fingerprint).ToHashSet(StringComparer.Ordinal);
        var current = findings.Select(FindingFingerprint.Of).ToHashSet(StringComparer.Ordinal);
        return new BaselineComparison(
            File,
            [.. findings.Where(f => !known.Contains(FindingFingerprint.Of(f)))],
            [.. findings.Where(f => known.Contains(FindingFingerprint.Of(f)))],
            [.. Findings.Where(f => !current.Contains(f.Fingerprint))]);
    }

    private static BaselineLoadResult Failed(string code, string message, string file) =>
        new(null, [new Diagnostic(code, DiagnosticSeverity.Error, message, new SourceLocation(file, 0, 0))]);

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }

    private static List<BaselineFinding>? Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (root.TryGetProperty("runs", out var runs) && runs.ValueKind == JsonValueKind.Array)
        {
            return [.. runs.EnumerateArray().SelectMany(ReadSarifRun)];
        }

        if (root.TryGetProperty("evaluation", out var evaluation))
        {
            return evaluation.ValueKind == JsonValueKind.Object && evaluation.TryGetProperty("findings", out var findings) && findings.ValueKind == JsonValueKind.Array
                ? [.. findings.EnumerateArray().Select(ReadJsonFinding).OfType<BaselineFinding>()]
                : [];
        }

        return null;
    }

    private static IEnumerable<BaselineFinding> ReadSarifRun(JsonElement run)
    {
        if (run.ValueKind != JsonValueKind.Object || !run.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        foreach (var result in results.EnumerateArray())
        {
            if (result.ValueKind == JsonValueKind.Object
                && result.TryGetProperty("partialFingerprints", out var prints) && prints.ValueKind == JsonValueKind.Object
                && String(prints, FindingFingerprint.SarifKey) is { } fingerprint)
            {
                var message = result.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.Object ? String(m, "text") : null;
                var authority = result.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object ? String(p, "authorityCode") : null;
                yield return new BaselineFinding(fingerprint, String(result, "ruleId") ?? string.Empty, authority ?? string.Empty, message ?? string.Empty);
            }
        }
    }

    private static BaselineFinding? ReadJsonFinding(JsonElement finding)
    {
        if (finding.ValueKind != JsonValueKind.Object || String(finding, "ruleId") is not { } ruleId || String(finding, "authorityCode") is not { } authority)
        {
            return null;
        }

        var fingerprint = String(finding, "fingerprint") ?? FindingFingerprint.Of(ruleId, authority, Evidence(finding));
        return new BaselineFinding(fingerprint, ruleId, authority, String(finding, "message") ?? string.Empty);
    }

    private static List<(string Name, string Description)> Evidence(JsonElement finding) =>
        finding.TryGetProperty("evidence", out var evidence) && evidence.ValueKind == JsonValueKind.Array
            ? evidence.EnumerateArray()
                .Where(e => e.ValueKind == JsonValueKind.Object)
                .Select(e => (String(e, "name") ?? string.Empty, String(e, "description") ?? string.Empty))
                .ToList()
            : [];

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

/// <summary>A finding recorded in a baseline.</summary>
/// <param name="Fingerprint">Its identity across runs.</param>
/// <param name="RuleId">The rule that found it.</param>
/// <param name="AuthorityCode">The authority it was about.</param>
/// <param name="Message">What it said.</param>
public sealed record BaselineFinding(string Fingerprint, string RuleId, string AuthorityCode, string Message);

/// <summary>The outcome of reading a baseline: the baseline, unless it could not be read, and the problems found.</summary>
/// <param name="Baseline">The baseline; <see langword="null"/> when it could not be read.</param>
/// <param name="Diagnostics">Why it could not be read (GOV520, GOV521).</param>
public sealed record BaselineLoadResult(Baseline? Baseline, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>A check's findings against a baseline.</summary>
public sealed class BaselineComparison
{
    private readonly HashSet<Finding> unchanged;

    /// <summary>Makes the comparison.</summary>
    /// <param name="file">The baseline file.</param>
    /// <param name="newFindings">Findings not in the baseline.</param>
    /// <param name="unchangedFindings">Findings already in the baseline.</param>
    /// <param name="fixedFindings">Baseline findings no longer found.</param>
    public BaselineComparison(string file, IReadOnlyList<Finding> newFindings, IReadOnlyList<Finding> unchangedFindings, IReadOnlyList<BaselineFinding> fixedFindings)
    {
        File = file;
        New = newFindings;
        Unchanged = unchangedFindings;
        Fixed = fixedFindings;
        unchanged = new HashSet<Finding>(unchangedFindings, ReferenceEqualityComparer.Instance);
    }

    /// <summary>The baseline file.</summary>
    public string File { get; }

    /// <summary>Findings not in the baseline: these can fail the check.</summary>
    public IReadOnlyList<Finding> New { get; }

    /// <summary>Findings already in the baseline: these never fail the check.</summary>
    public IReadOnlyList<Finding> Unchanged { get; }

    /// <summary>Baseline findings no longer found.</summary>
    public IReadOnlyList<BaselineFinding> Fixed { get; }

    /// <summary>Whether a finding of the check compared was already in the baseline.</summary>
    /// <param name="finding">The finding.</param>
    public bool IsUnchanged(Finding finding) => unchanged.Contains(finding);
}
