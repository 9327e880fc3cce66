namespace Governance.Rules.Tests.Loading;

/// <summary>Finds files of the repository (the shipped rules, the schema, the test rules) from the test's folder.</summary>
internal static class RepositoryFiles
{
    /// <summary>The repository's root: the nearest folder above the tests holding Governance.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The shipped rule set.</summary>
    public static string Rules => Path.Combine(Root, "rules");

    /// <summary>The guidance catalogue.</summary>
    public static string GuidanceFolder => Path.Combine(Root, "rules", "guidance");

    /// <summary>The rule files written for the loader's tests.</summary>
    public static string TestRules => Path.Combine(Root, "tests", "Governance.Rules.Tests", "TestRules");

    /// <summary>The JSON Schema of rule files.</summary>
    public static string RuleSchema => Path.Combine(Root, "schemas", "rule.schema.json");

    /// <summary>The JSON Schema of rule test files.</summary>
    public static string RuleTestSchema => Path.Combine(Root, "schemas", "rule-tests.schema.json");

    /// <summary>The JSON Schema of authority files.</summary>
    public static string AuthoritySchema => Path.Combine(Root, "schemas", "authority.schema.json");

    private static string FindRoot()
    {
        // AppContext.BaseDirectory is the test's folder, and is known while tests are being discovered (TestCaseSource).
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Governance.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (with Governance.sln) was not found above the test folder.");
    }
}
