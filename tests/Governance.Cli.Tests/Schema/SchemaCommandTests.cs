using Governance.Cli.Tests.Support;

namespace Governance.Cli.Tests.Schema;

/// <summary><c>governance schema</c>: the JSON Schemas embedded in the tool, written as they are in the repository.</summary>
public class SchemaCommandTests
{
    [TestCase("authority", "authority.schema.json")]
    [TestCase("rule", "rule.schema.json")]
    [TestCase("rule-tests", "rule-tests.schema.json")]
    public void Each_schema_is_written_as_the_repository_has_it(string kind, string file)
    {
        var outcome = Tool.Run("schema", kind);

        outcome.ExitCode.Should().Be(ExitCodes.Success, outcome.ToString());
        outcome.Stdout.Should().Be(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "schemas", file)));
    }

    [Test]
    public void Output_writes_the_schema_to_a_file()
    {
        using var temp = new TempFolder();
        var file = Path.Combine(temp.Path, "authority.schema.json");

        var outcome = Tool.Run("schema", "authority", "--output", file);

        outcome.ExitCode.Should().Be(ExitCodes.Success, outcome.ToString());
        outcome.Stdout.Should().BeEmpty();
        File.ReadAllText(file).Should().Be(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "schemas", "authority.schema.json")));
    }

    [Test]
    public void An_unknown_schema_is_a_usage_error_listing_the_schemas()
    {
        var outcome = Tool.Run("schema", "authorities");

        outcome.ExitCode.Should().Be(ExitCodes.UsageError, outcome.ToString());
        outcome.Stderr.Should().Contain("authority").And.Contain("rule-tests");
    }
}
