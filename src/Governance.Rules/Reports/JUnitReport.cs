using System.Globalization;
using System.Text;
using System.Xml;
using Governance.Model;
using Governance.Rules.Reports.Writing;

namespace Governance.Rules.Reports;

/// <summary>
/// The JUnit XML report of a check, for CI test reporting: a <c>testsuite</c> per authority checked, a <c>testcase</c>
/// per rule in force; a case fails when the rule has open findings at or above the threshold for that authority (not in
/// the baseline, when one was given), is skipped when every finding is departed, and errors when the rule failed at
/// run time. A first suite, <c>input files</c>, has a case per authority file, in error when the file has errors. The
/// timestamp is the as-at date (the tool never reads the clock), and times are 0.
/// </summary>
public static class JUnitReport
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        Encoding = new UTF8Encoding(false),
    };

    /// <summary>Writes the report.</summary>
    /// <param name="report">The check.</param>
    /// <param name="output">Where the report goes.</param>
    public static void Write(CheckReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            var timestamp = Timestamp(report);
            WriteFilesSuite(xml, report, timestamp);
            var id = 1;
            if (report.Result is { } result && !report.NothingChecked)
            {
                foreach (var authority in report.Authorities)
                {
                    WriteAuthoritySuite(xml, report, result, authority, id++, timestamp);
                }
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        output.Write('\n');
    }

    private static string Timestamp(CheckReport report)
    {
        var day = report.Result?.AsAt ?? report.Authorities.Select(a => (DateOnly?)a.RecordedAsAt).Max() ?? new DateOnly(1970, 1, 1);
        return IsoDate.Format(day) + "T00:00:00";
    }

    private static void WriteFilesSuite(XmlWriter xml, CheckReport report, string timestamp)
    {
        var byFile = report.AuthorityDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToLookup(d => d.Location.File, StringComparer.Ordinal);
        var failed = report.Files.Count(f => byFile[f].Any());
        StartSuite(xml, "input files", 0, timestamp, report.Files.Count, 0, failed, 0);
        WriteProperties(xml, report);
        foreach (var file in report.Files)
        {
            StartCase(xml, Safe(file), "governance.files");
            var errors = byFile[file].ToList();
            if (errors.Count > 0)
            {
                xml.WriteStartElement("error");
                xml.WriteAttributeString("message", Safe($"{Plural.Of(errors.Count, "error")} in {file}"));
                xml.WriteAttributeString("type", errors[0].Code);
                xml.WriteString(Lines(errors.Select(e => e.ToString())));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        WriteSystemOut(xml, report.Diagnostics.Where(d => !report.Files.Contains(d.Location.File)).Select(d => d.ToString()));
        xml.WriteEndElement();
    }

    private static void WriteAuthoritySuite(XmlWriter xml, CheckReport report, EvaluationResult result, Authority authority, int id, string timestamp)
    {
        var findings = result.Findings.Where(f => string.Equals(f.AuthorityCode, authority.Code, StringComparison.Ordinal)).ToList();
        var errors = result.Errors.Where(e => e.AuthorityCode is null || string.Equals(e.AuthorityCode, authority.Code, StringComparison.Ordinal)).ToList();
        var derived = report.Rules.Where(r => r.Derives is not null).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var ruleIds = result.RulesInForce.Where(r => !derived.Contains(r))
            .Concat(findings.Select(f => f.RuleId))
            .Concat(errors.Select(e => e.RuleId))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var failing = report.FailingFindings.ToHashSet<Finding>(ReferenceEqualityComparer.Instance);
        var cases = ruleIds.Select(rule => Outcome(rule, findings, failing, errors)).ToList();
        StartSuite(
            xml,
            Safe($"{authority.Name} ({authority.Code})"),
            id,
            timestamp,
            cases.Count,
            cases.Count(c => c.Kind == "failure"),
            cases.Count(c => c.Kind == "error"),
            cases.Count(c => c.Kind == "skipped"));
        WriteProperties(xml, report, ("authorityCode", authority.Code), ("file", authority.Location.File));
        foreach (var outcome in cases)
        {
            StartCase(xml, outcome.Rule, $"governance.{authority.Code}");
            if (outcome.Kind is { } kind)
            {
                xml.WriteStartElement(kind);
                xml.WriteAttributeString("message", Safe(outcome.Message));
                if (kind != "skipped")
                {
                    xml.WriteAttributeString("type", outcome.Type);
                }

                xml.WriteString(outcome.Body);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        var passedWithFindings = findings.Where(f => !failing.Contains(f) && f.Status == FindingStatus.Open);
        WriteSystemOut(xml, passedWithFindings.Select(f => TextReport.FindingLine(f, report.Baseline?.IsUnchanged(f) == true ? ["unchanged"] : [])));
        xml.WriteEndElement();
    }

    private static CaseOutcome Outcome(string rule, List<Finding> findings, HashSet<Finding> failingFindings, List<RuleError> errors)
    {
        var ruleErrors = errors.Where(e => string.Equals(e.RuleId, rule, StringComparison.Ordinal)).ToList();
        if (ruleErrors.Count > 0)
        {
            return new CaseOutcome(rule, "error", "rule error", $"The rule failed: {ruleErrors[0].Message}", Lines(ruleErrors.Select(e => e.ToString())));
        }

        var mine = findings.Where(f => string.Equals(f.RuleId, rule, StringComparison.Ordinal)).ToList();
        var failing = mine.Where(failingFindings.Contains).ToList();
        if (failing.Count > 0)
        {
            var lines = failing.SelectMany(f => string.IsNullOrWhiteSpace(f.Remedy)
                ? [TextReport.FindingLine(f, [])]
                : new[] { TextReport.FindingLine(f, []), "    Remedy: " + LineText.OneLine(f.Remedy) });
            return new CaseOutcome(rule, "failure", TextReport.Word(failing.Min(f => f.Severity)), failing[0].Message, Lines(lines));
        }

        if (mine.Count > 0 && mine.All(f => f.Status == FindingStatus.Departed))
        {
            return new CaseOutcome(rule, "skipped", string.Empty, $"Departed: {mine[0].Departure?.Reasons}", Lines(mine.Select(f => TextReport.FindingLine(f, ["departed"]))));
        }

        return new CaseOutcome(rule, null, string.Empty, string.Empty, string.Empty);
    }

    private static void StartSuite(XmlWriter xml, string name, int id, string timestamp, int tests, int failures, int errors, int skipped)
    {
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("package", "governance");
        xml.WriteAttributeString("id", Number(id));
        xml.WriteAttributeString("name", name);
        xml.WriteAttributeString("timestamp", timestamp);
        xml.WriteAttributeString("hostname", "localhost");
        xml.WriteAttributeString("tests", Number(tests));
        xml.WriteAttributeString("failures", Number(failures));
        xml.WriteAttributeString("errors", Number(errors));
        xml.WriteAttributeString("skipped", Number(skipped));
        xml.WriteAttributeString("time", "0");
    }

    private static void StartCase(XmlWriter xml, string name, string classname)
    {
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("name", name);
        xml.WriteAttributeString("classname", Safe(classname));
        xml.WriteAttributeString("time", "0");
    }

    private static void WriteProperties(XmlWriter xml, CheckReport report, params (string Name, string Value)[] more)
    {
        xml.WriteStartElement("properties");
        var properties = new List<(string Name, string Value)>
        {
            ("tool", $"{report.Tool.Name} {report.Tool.Version}"),
            ("ruleSet", report.RuleSetName),
            ("ruleSetVersion", report.RuleSetVersion ?? "(not loaded)"),
            ("failOn", TextReport.Word(report.FailOn)),
        };
        if (report.Result is { } result)
        {
            properties.Add(("asAt", IsoDate.Format(result.AsAt)));
        }

        foreach (var (name, value) in properties.Concat(more))
        {
            xml.WriteStartElement("property");
            xml.WriteAttributeString("name", name);
            xml.WriteAttributeString("value", Safe(value));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteSystemOut(XmlWriter xml, IEnumerable<string> lines)
    {
        xml.WriteElementString("system-out", Lines(lines));
        xml.WriteElementString("system-err", string.Empty);
    }

    private static string Lines(IEnumerable<string> lines) => string.Concat(lines.Select(l => LineText.Escape(l) + "\n"));

    private static string Safe(string text) => LineText.Escape(text);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed record CaseOutcome(string Rule, string? Kind, string Type, string Message, string Body);
}
