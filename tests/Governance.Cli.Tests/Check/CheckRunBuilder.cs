using Governance.Cli.Check;
using Governance.Cli.Inputs;
using Governance.Cli.Tests.Support;
using Governance.Model;
using Governance.Rules;

namespace Governance.Cli.Tests.Check;

/// <summary>
/// Builds <see cref="CheckRun"/>s over the real sample authorities with evaluation results made by hand, to test the
/// reports and the exit codes apart from any particular rule set.
/// </summary>
internal static class CheckRunBuilder
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

    public static LoadedAuthorities DerbyAndWigan() =>
        AuthorityInputs.Load([RepositoryPaths.SampleAuthority("derby.yaml"), RepositoryPaths.SampleAuthority("wigan.yaml")], TextWriter.Null);

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
        LoadedAuthorities loaded,
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

    public static CheckRun Run(LoadedAuthorities loaded, EvaluationResult? result, FailOn failOn = FailOn.Warning, IReadOnlyList<Diagnostic>? ruleDiagnostics = null) => new()
    {
        RulesPath = "rules",
        RuleSetVersion = result is null && ruleDiagnostics is { Count: > 0 } ? null : RuleSetVersion,
        Rules = [],
        RuleDiagnostics = ruleDiagnostics ?? [],
        Authorities = loaded,
        Result = result,
        FailOn = failOn,
    };
}
