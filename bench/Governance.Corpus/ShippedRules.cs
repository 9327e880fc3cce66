using System.Reflection;
using Governance.Rules;

namespace Governance.Corpus;

/// <summary>The shipped rule set, <c>rules/</c> at the root of the repository this program was built from.</summary>
internal static class ShippedRules
{
    /// <summary>The root of the repository this program was built from.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The folder of the shipped rule set.</summary>
    public static string Folder { get; } = Path.Combine(RepositoryRoot, "rules");

    /// <summary>Loads and compiles the shipped rule set, throwing with its diagnostics if it does not load.</summary>
    public static RuleSet Load() => RuleSet.LoadOrThrow(Folder);

    private static string FindRepositoryRoot() =>
        typeof(ShippedRules).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value
        ?? throw new InvalidOperationException("The benchmarks were built without the RepositoryRoot metadata.");
}
