using Governance.Model;
using Governance.Rules.Testing.Running;

namespace Governance.Rules.Testing;

/// <summary>
/// One case of a rule test file: an authority (and any others judged with it), an optional as-at date, and the
/// findings the case expects of the rule it tests. Run it against a rule set with <see cref="Run"/>.
/// </summary>
public sealed class RuleTestCase
{
    internal RuleTestCase()
    {
    }

    /// <summary>The test file the case is in.</summary>
    public required string File { get; init; }

    /// <summary>The case's name, as written under <c>case:</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The id of the rule the file tests.</summary>
    public required string RuleId { get; init; }

    /// <summary>Where the file names the rule it tests.</summary>
    public required SourceLocation RuleLocation { get; init; }

    /// <summary>The date to judge the arrangements as at; when <see langword="null"/>, the rule set's default (each file's own date).</summary>
    public DateOnly? AsAt { get; init; }

    /// <summary>The findings the case expects; empty when it expects none (<c>expect: none</c>).</summary>
    public required IReadOnlyList<ExpectedFinding> Expected { get; init; }

    /// <summary>The authorities judged: the case's own first, then any others written under <c>otherAuthorities:</c>.</summary>
    public required IReadOnlyList<Authority> Authorities { get; init; }

    /// <summary>Where the case starts in its file.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>Whether the case shows an arrangement that complies with its rule: it expects no finding of the rule at all.</summary>
    public bool Complies => !Expected.Any(e => e.RuleId == RuleId);

    /// <summary>Whether the case shows an arrangement that fails its rule: it expects an open finding of the rule.</summary>
    public bool Fails => Expected.Any(e => e.RuleId == RuleId && e.Status == FindingStatus.Open);

    /// <summary>
    /// Evaluates the rule set against the case's authorities and compares the findings of the rule under test (and
    /// of any other rule the case names, and of the built-in departure checks) with those expected.
    /// </summary>
    /// <param name="ruleSet">The rule set the rule is in.</param>
    /// <param name="cancellationToken">Stops the evaluation.</param>
    /// <returns>Whether the case passed, with what was expected and what was found.</returns>
    public RuleTestResult Run(RuleSet ruleSet, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        return RuleTestRunner.Run(this, ruleSet, cancellationToken);
    }

    /// <summary>Returns the rule id and the case's name.</summary>
    public override string ToString() => $"{RuleId}: {Name}";
}

/// <summary>A finding a test case expects.</summary>
/// <param name="RuleId">The rule that reports it.</param>
/// <param name="Status">Whether it stands (<see cref="FindingStatus.Open"/>) or the authority departed from the rule.</param>
/// <param name="Message">The finding's exact message, when the case checks the words.</param>
/// <param name="Location">Where the expectation is written in the test file.</param>
public sealed record ExpectedFinding(string RuleId, FindingStatus Status, string? Message, SourceLocation Location)
{
    /// <summary>Whether a finding is the one expected.</summary>
    /// <param name="finding">The finding.</param>
    public bool Matches(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.RuleId == RuleId && finding.Status == Status && (Message is null || finding.Message == Message);
    }

    /// <summary>Describes the expectation as <c>rule-id (status): "message"</c>.</summary>
    public override string ToString() =>
        $"{RuleId} ({(Status == FindingStatus.Open ? "open" : "departed")}){(Message is null ? string.Empty : $": \"{Message}\"")}";
}
