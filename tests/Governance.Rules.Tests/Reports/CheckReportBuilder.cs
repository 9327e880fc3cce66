using Governance.Model;
using Governance.Model.Loading;
using Governance.Rules.Reports;
using Governance.Rules.Tests.Loading;

namespace Governance.Rules.Tests.Reports;

/// <summary>
/// Builds <see cref="CheckReport"/>s over the real sample authorities with evaluation results made by hand, to test the
/// reports and the exit codes apart from any particular rule set.
/// </summary>
internal static class CheckReportBuilder
{
    public const string RuleSetVersion = "sha256:0123456789abcdef";

    public static readonly Citation Citation313 = new("DCSF-00686-2009", "2009", ["3.13"], "it is not recommended without a strong justification");

    public static readonly GuidanceDocument Guidance = new()
    {
        Id = "DCSF-00686-2009",
        Title = "The Roles and Responsibilities of the Lead Member for Children's Services and the Director of Children's Services",
        Edition = "2009",
        InForceFrom = new DateOnly(2009, 7, 1),
    };

    /// <summary>The rules in force in the results made here, unless a test says otherwise.</summary>
    public static readonly IReadOnlyList<string> RulesInForce = ["dcs-appointed", "dcs-dass-combined", "dcs-on-smt"];

    public static ReportTool Tool { get; } = new("governance", "0.1.0");

    public static string SampleAuthority(string name) => Path.Combine(RepositoryFiles.Root, "samples", "authorities", name);

    public static string InvalidSample(string name) => Path.Combine(RepositoryFiles.Root, "samples", "invalid", name);

    public static AuthorityLoadResult DerbyAndWigan() => AuthorityLoader.LoadPaths([SampleAuthority("derby.yaml"), SampleAuthority("wigan.yaml")]);

    public static Finding Finding(
        Authority authority,
        string ruleId,
        Severity severity,
        FindingStatus status = FindingStatus.Open,
        DepartureRecord? departure = null) => new()
        {
            RuleId = ruleId,
            Title = $"Title of {ruleId}",
            Severity = severity,
            Status = status,
            Obligation = severity switch { Severity.Error => Obligation.Must, Severity.Warning => Obligation.Should, _ => Obligation.Advisory },
            AuthorityCode = authority.Code,
            AuthorityName = authority.Name,
            Message = $"{authority.Name}: something about {ruleId}.",
            Citation = Citation313,
            Location = authority.LocationOf(nameof(Authority.Posts)),
            Evidence = [new Evidence("authority", authority.ToString(), authority.Location)],
            Remedy = $"Do something about {ruleId}.",
            Departure = departure,
        };

    public static EvaluationResult Result(
        AuthorityLoadResult loaded,
        IReadOnlyList<Finding> findings,
        IReadOnlyList<RuleError>? errors = null,
        bool complete = true,
        IReadOnlyList<string>? rulesInForce = null) => new()
    {
        AsAt = new DateOnly(2010, 6, 30),
        RuleSetVersion = RuleSetVersion,
        Documents = [Guidance],
        RulesInForce = rulesInForce ?? RulesInForce,
        AuthoritiesEvaluated = [.. loaded.Authorities.Select(a => a.Code).Order(StringComparer.Ordinal)],
        Findings = findings,
        Errors = errors ?? [],
        Notices = [],
        Complete = complete,
        StoppedBecause = complete ? null : "the evaluation reached its limit of 10 rule firings; results are incomplete",
        DeparturesIgnored = false,
    };

    public static CheckReport Report(
        AuthorityLoadResult loaded,
        EvaluationResult? result,
        FailOn failOn = FailOn.Warning,
        IReadOnlyList<Diagnostic>? ruleDiagnostics = null,
        BaselineComparison? baseline = null) => new()
    {
        Tool = Tool,
        RuleSetName = "rules",
        RuleSetVersion = result is null && ruleDiagnostics is { Count: > 0 } ? null : RuleSetVersion,
        Rules = [],
        RuleDiagnostics = ruleDiagnostics ?? [],
        Files = loaded.Files,
        Authorities = loaded.Authorities,
        AuthorityDiagnostics = loaded.Diagnostics,
        Result = result,
        FailOn = failOn,
        Baseline = baseline,
    };

    private static readonly Lazy<RuleSet> ShippedRules = new(() => RuleSet.LoadOrThrow(RepositoryFiles.Rules));

    /// <summary>The shipped rules evaluated against every sample authority, as <c>governance check samples/authorities</c> does.</summary>
    public static CheckReport SamplesChecked(FailOn failOn = FailOn.Warning, BaselineComparison? baseline = null)
    {
        var loaded = AuthorityLoader.LoadPaths([Path.Combine(RepositoryFiles.Root, "samples", "authorities")]);
        var rules = ShippedRules.Value;
        var result = rules.Evaluate(loaded.Authorities);
        return new CheckReport
        {
            Tool = Tool,
            RuleSetName = "shipped rules",
            RuleSetVersion = rules.Version,
            Rules = rules.Rules,
            Files = loaded.Files,
            Authorities = loaded.Authorities,
            AuthorityDiagnostics = loaded.Diagnostics,
            Result = result,
            FailOn = failOn,
            Baseline = baseline,
        };
    }

    /// <summary>A report with one of everything: an open and a departed finding, a rule error, a problem in a rule file and in an authority file.</summary>
    public static CheckReport OneOfEverything()
    {
        var loaded = DerbyAndWigan();
        var derby = loaded.Authorities[0];
        var departure = new DepartureRecord("A joint post for a small unitary.", "Cabinet", new DateOnly(2009, 5, 1), null, new SourceLocation(derby.Location.File, 120, 5));
        var result = Result(
            loaded,
            [Finding(derby, "dcs-on-smt", Severity.Warning), Finding(derby, "dcs-dass-combined", Severity.Warning, FindingStatus.Departed, departure), Finding(derby, "some-note", Severity.Note)],
            [new RuleError("broken-rule", derby.Code, "the condition failed: no value", new SourceLocation("rules/broken.yaml", 4, 3))]);
        return Report(loaded, result, ruleDiagnostics: [new Diagnostic("GOV202", DiagnosticSeverity.Warning, "A rule is odd.", new SourceLocation("rules/odd rule.yaml", 2, 1))]) with
        {
            AuthorityDiagnostics = [new Diagnostic("GOV120", DiagnosticSeverity.Error, "'x' is not a key.", new SourceLocation("authorities/broken.yaml", 3, 5))],
            Files = [.. loaded.Files, "authorities/broken.yaml"],
        };
    }

    /// <summary>What a writer writes for a report.</summary>
    public static string Written(CheckReport report, Action<CheckReport, TextWriter> write)
    {
        using var output = new StringWriter { NewLine = "\n" };
        write(report, output);
        return output.ToString();
    }
}
