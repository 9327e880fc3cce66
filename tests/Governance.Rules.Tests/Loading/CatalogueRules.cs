namespace Governance.Rules.Tests.Loading;

/// <summary>A rule set of the shipped guidance catalogue and only the rules given, loaded by the real loader.</summary>
internal static class CatalogueRules
{
    /// <summary>The catalogue and the rule files given (the shipped ones or files of a test's own).</summary>
    public static RuleSet Load(IEnumerable<RuleSetFile> rules) =>
        RuleSet.LoadOrThrow([.. RuleSet.ShippedFiles().Where(f => f.Path.StartsWith("guidance/", StringComparison.Ordinal)), .. rules]);

    /// <summary>The catalogue and shipped rule files, by path (<c>dcs/dcs-dass-combined.yaml</c>).</summary>
    public static RuleSet Shipped(params string[] paths) => Load(RuleSet.ShippedFiles().Where(f => paths.Contains(f.Path)));
}
