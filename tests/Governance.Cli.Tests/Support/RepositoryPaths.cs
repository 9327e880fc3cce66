namespace Governance.Cli.Tests.Support;

/// <summary>Finds files of the repository from a running test: the root is the folder holding Governance.sln.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string SampleAuthorities => Path.Combine(Root, "samples", "authorities");

    public static string InvalidSamples => Path.Combine(Root, "samples", "invalid");

    public static string Rules => Path.Combine(Root, "rules");

    /// <summary>The example of local rules, with their own catalogue and test cases.</summary>
    public static string LocalRulesSample => Path.Combine(Root, "samples", "local-rules");

    public static string CliProject => Path.Combine(Root, "src", "Governance.Cli", "Governance.Cli.csproj");

    public static string CliGuide => Path.Combine(Root, "docs", "cli.md");

    public static string SampleAuthority(string name) => Path.Combine(SampleAuthorities, name);

    public static string InvalidSample(string name) => Path.Combine(InvalidSamples, name);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Governance.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder containing Governance.sln above {TestContext.CurrentContext.TestDirectory}.");
    }
}
