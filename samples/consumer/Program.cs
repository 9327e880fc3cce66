// Checks one authority file against the rule set shipped inside the Governance.Rules package, prints the findings
// and writes them as JSON. Usage: Consumer <authority.yaml> [findings.json]
using System.Text.Json;
using Governance.Model.Loading;
using Governance.Rules;

if (args.Length is < 1 or > 2)
{
    Console.Error.WriteLine("Usage: Consumer <authority.yaml> [findings.json]");
    return 64;
}

var loaded = AuthorityLoader.LoadFile(args[0]);
foreach (var diagnostic in loaded.Diagnostics)
{
    Console.Error.WriteLine(diagnostic);
}

if (loaded.HasErrors)
{
    return 2;
}

// Load the shipped rules (compiled once), evaluate, print: findings are data, not exceptions.
var rules = RuleSet.LoadShipped();
var result = rules.Evaluate(loaded.Authorities);
foreach (var finding in result.Findings)
{
    Console.WriteLine(finding);
}

Console.WriteLine($"Rule set {result.RuleSetVersion}, as at {result.AsAt:yyyy-MM-dd}: {result.Findings.Count} finding(s).");

var output = args.Length == 2 ? args[1] : "findings.json";
var report = new
{
    ruleSetVersion = result.RuleSetVersion,
    asAt = result.AsAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    findings = result.Findings.Select(f => new
    {
        ruleId = f.RuleId,
        severity = f.Severity.ToString(),
        status = f.Status.ToString(),
        authority = f.AuthorityCode,
        message = f.Message,
        file = f.Location.File,
        line = f.Location.Line,
        column = f.Location.Column,
    }),
};
File.WriteAllText(output, JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }));
return result.HasFailures ? 1 : 0;
