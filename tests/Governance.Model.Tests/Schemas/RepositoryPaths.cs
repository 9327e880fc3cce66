namespace Governance.Model.Tests.Schemas;

/// <summary>Finds files of the repository from a running test: the root is the folder holding Governance.sln.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string AuthoritySchema => Path.Combine(Root, "schemas", "authority.schema.json");

    public static string SampleAuthorities => Path.Combine(Root, "samples", "authorities");

    public static string InvalidSamples => Path.Combine(Root, "samples", "invalid");

    public static string FormatGuide => Path.Combine(Root, "docs", "authority-format.md");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Governance.sln")))
            {
                return directory.FullName;
            }

            directory = directory.Parent;
        }

        throw new InvalidOperationException(
            $"No folder containing Governance.sln above {TestContext.CurrentContext.TestDirectory}.");
    }
}
