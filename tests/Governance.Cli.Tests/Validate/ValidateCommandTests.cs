using System.Text.Json;
using Governance.Cli.Tests.Support;

namespace Governance.Cli.Tests.Validate;

public class ValidateCommandTests
{
    private static readonly string[] InvalidSampleLines =
    [
        "dangling-person-reference.yaml:23:13: error GOV132: 'holder' names the person 'jsmiht', but no person in 'people' has that id. Did you mean 'jsmith'?",
        "duplicate-id.yaml:18:9: error GOV131: The id 'cllr-carrow' is already used by another person (line 15). Each person in 'people' needs its own id.",
        "impossible-date.yaml:11:15: error GOV127: 'recordedAsAt' is '2010-02-30', which is not a real date: February 2010 has 28 days.",
        "membership-with-person-and-name.yaml:24:9: error GOV133: A board member has either 'person' (the id of a person in this file) or 'name' (someone who is not), not both.",
        "officer-with-party.yaml:18:5: error GOV129: 'party' is only for a councillor, but this person is an officer (type: officer). Remove it, or change the type.",
        "truncated.yaml:146:1: error GOV151: The file records no Children's Trust Board. List it under 'boards' with 'kind: childrensTrustBoard', its chair and members (paras 3.22, 3.32). If the file was cut short, restore the rest of it.",
        "unknown-key.yaml:18:5: error GOV120: 'chairIndependent' is not a key of a board. Did you mean 'chairIsIndependent'? Valid keys: id, kind, name, chair, chairName, chairIsIndependent, chairs, members.",
    ];

    [Test]
    public void Validate_the_sample_authorities_reports_no_problem_and_exits_0()
    {
        var outcome = Tool.Run("validate", RepositoryPaths.SampleAuthorities);

        outcome.ExitCode.Should().Be(ExitCodes.Success, outcome.ToString());
        outcome.StdoutLines.Should().Equal("5 files, 5 authorities: 0 errors, 0 warnings");
        outcome.Stderr.Should().BeEmpty();
    }

    [Test]
    public void Validate_the_broken_samples_prints_each_error_at_its_file_line_and_column_and_exits_2()
    {
        var outcome = Tool.Run("validate", RepositoryPaths.InvalidSamples);

        outcome.ExitCode.Should().Be(ExitCodes.InvalidInput, outcome.ToString());
        var expected = InvalidSampleLines.Select(line => Path.Combine(RepositoryPaths.InvalidSamples, line))
            .Append("7 files, 0 authorities: 7 errors, 0 warnings");
        outcome.StdoutLines.Should().Equal(expected);
    }

    [Test]
    public void Validate_reports_the_other_files_too_when_one_is_broken()
    {
        var broken = RepositoryPaths.InvalidSample("unknown-key.yaml");

        var outcome = Tool.Run("validate", RepositoryPaths.SampleAuthority("wigan.yaml"), broken, RepositoryPaths.SampleAuthority("derby.yaml"));

        outcome.ExitCode.Should().Be(ExitCodes.InvalidInput, outcome.ToString());
        outcome.StdoutLines.Should().Equal(
            $"{broken}:18:5: error GOV120: 'chairIndependent' is not a key of a board. Did you mean 'chairIsIndependent'? Valid keys: id, kind, name, chair, chairName, chairIsIndependent, chairs, members.",
            "3 files, 2 authorities: 1 error, 0 warnings");
    }

    [Test]
    public void Validate_checks_files_and_folders_together_so_a_second_file_for_the_same_authority_is_an_error()
    {
        using var temp = new TempFolder();
        var original = RepositoryPaths.SampleAuthority("wigan.yaml");
        var copy = temp.Copy(original, "copy-of-wigan.yaml");
        var (first, second) = string.CompareOrdinal(copy, original) < 0 ? (copy, original) : (original, copy);

        var outcome = Tool.Run("validate", RepositoryPaths.SampleAuthorities, copy);

        outcome.ExitCode.Should().Be(ExitCodes.InvalidInput, outcome.ToString());
        outcome.StdoutLines.Should().ContainSingle(line => line.StartsWith($"{second}:", StringComparison.Ordinal) && line.Contains(" error GOV", StringComparison.Ordinal)
            && line.Contains("is already described by " + first, StringComparison.Ordinal));
        outcome.StdoutLines[^1].Should().Be("6 files, 5 authorities: 1 error, 0 warnings");
    }

    [Test]
    public void Validate_reads_the_files_in_ordinal_order_of_their_paths_whatever_the_order_given()
    {
        using var temp = new TempFolder();
        var a = temp.Copy(RepositoryPaths.SampleAuthority("wigan.yaml"), "a-wigan.yaml");
        var b = temp.Copy(RepositoryPaths.SampleAuthority("wigan.yaml"), "b-wigan.yaml");

        var forwards = Tool.Run("validate", a, b, "--format", "json");
        var backwards = Tool.Run("validate", b, a, "--format", "json");

        backwards.Stdout.Should().Be(forwards.Stdout);
        using var document = JsonDocument.Parse(backwards.Stdout);
        document.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetString()).Should().Equal(a, b);
        document.RootElement.GetProperty("diagnostics")[0].GetProperty("file").GetString().Should().Be(b);
    }

    [Test]
    public void Validate_reads_a_file_named_twice_once()
    {
        var wigan = RepositoryPaths.SampleAuthority("wigan.yaml");

        var outcome = Tool.Run("validate", RepositoryPaths.SampleAuthorities, wigan);

        outcome.ExitCode.Should().Be(ExitCodes.Success, outcome.ToString());
        outcome.StdoutLines.Should().Equal("5 files, 5 authorities: 0 errors, 0 warnings");
    }

    [Test]
    public void Validate_a_file_that_does_not_exist_is_an_input_error_not_a_usage_error()
    {
        using var temp = new TempFolder();
        var missing = Path.Combine(temp.Path, "missing.yaml");

        var outcome = Tool.Run("validate", missing);

        outcome.ExitCode.Should().Be(ExitCodes.InvalidInput, outcome.ToString());
        outcome.StdoutLines.Should().Equal(
            $"{missing}:0:0: error GOV100: The file '{missing}' does not exist.",
            "1 file, 0 authorities: 1 error, 0 warnings");
    }

    [Test]
    public void Validate_a_folder_without_authority_files_fails_rather_than_passing_on_nothing()
    {
        using var temp = new TempFolder();
        temp.Write("notes.txt", "not an authority file");

        var outcome = Tool.Run("validate", temp.Path);

        outcome.ExitCode.Should().Be(ExitCodes.InvalidInput, outcome.ToString());
        outcome.Stderr.Should().Contain($"No authority file (.yaml, .yml) was found in {temp.Path}.");
    }

    [Test]
    public void Validate_with_only_warnings_exits_0_and_with_warnings_as_errors_exits_2()
    {
        using var temp = new TempFolder();
        var renamed = temp.Write(
            "wigan.yaml",
            File.ReadAllText(RepositoryPaths.SampleAuthority("wigan.yaml"))
                .Replace("name: Wigan Metropolitan Borough Council", "name: Wigan Council", StringComparison.Ordinal));

        var lenient = Tool.Run("validate", renamed);
        var strict = Tool.Run("validate", renamed, "--warnings-as-errors");

        lenient.ExitCode.Should().Be(ExitCodes.Success, lenient.ToString());
        lenient.StdoutLines.Should().HaveCount(2);
        lenient.StdoutLines[0].Should().StartWith($"{renamed}:").And.Contain(": warning GOV").And.Contain("'Wigan Council'");
        lenient.StdoutLines[1].Should().Be("1 file, 1 authority: 0 errors, 1 warning");
        strict.ExitCode.Should().Be(ExitCodes.InvalidInput, strict.ToString());
        strict.StdoutLines[1].Should().Be("1 file, 1 authority: 0 errors, 1 warning (warnings count as errors)");
    }

    [Test]
    public void Validate_json_lists_files_authorities_and_diagnostics_in_a_stable_order()
    {
        var wigan = RepositoryPaths.SampleAuthority("wigan.yaml");
        var broken = RepositoryPaths.InvalidSample("impossible-date.yaml");

        var outcome = Tool.Run("validate", wigan, broken, "--format", "json");

        outcome.ExitCode.Should().Be(ExitCodes.InvalidInput, outcome.ToString());
        using var document = JsonDocument.Parse(outcome.Stdout);
        var root = document.RootElement;
        root.EnumerateObject().Select(p => p.Name).Should().Equal("tool", "files", "authorities", "diagnostics", "summary");
        root.GetProperty("tool").GetProperty("version").GetString().Should().Be(ToolInfo.Version);
        root.GetProperty("files").EnumerateArray().Select(f => f.GetString()).Should().Equal(wigan, broken);

        var authority = root.GetProperty("authorities").EnumerateArray().Should().ContainSingle().Subject;
        authority.EnumerateObject().Select(p => p.Name).Should().Equal("code", "name", "kind", "recordedAsAt", "file");
        authority.GetProperty("code").GetString().Should().Be("E08000010");
        authority.GetProperty("name").GetString().Should().Be("Wigan Metropolitan Borough Council");
        authority.GetProperty("kind").GetString().Should().Be("metropolitanDistrict");
        authority.GetProperty("recordedAsAt").GetString().Should().Be("2010-03-31");
        authority.GetProperty("file").GetString().Should().Be(wigan);

        var diagnostic = root.GetProperty("diagnostics").EnumerateArray().Should().ContainSingle().Subject;
        diagnostic.EnumerateObject().Select(p => p.Name).Should().Equal("code", "severity", "message", "file", "line", "column");
        diagnostic.GetProperty("code").GetString().Should().Be("GOV127");
        diagnostic.GetProperty("severity").GetString().Should().Be("error");
        diagnostic.GetProperty("message").GetString().Should().Be("'recordedAsAt' is '2010-02-30', which is not a real date: February 2010 has 28 days.");
        diagnostic.GetProperty("file").GetString().Should().Be(broken);
        diagnostic.GetProperty("line").GetInt32().Should().Be(11);
        diagnostic.GetProperty("column").GetInt32().Should().Be(15);

        var summary = root.GetProperty("summary");
        summary.GetProperty("files").GetInt32().Should().Be(2);
        summary.GetProperty("authorities").GetInt32().Should().Be(1);
        summary.GetProperty("errors").GetInt32().Should().Be(1);
        summary.GetProperty("warnings").GetInt32().Should().Be(0);
        summary.GetProperty("failed").GetBoolean().Should().BeTrue();
    }

    [Test]
    public void Validate_json_is_the_same_bytes_on_every_run()
    {
        var first = Tool.Run("validate", RepositoryPaths.SampleAuthorities, RepositoryPaths.InvalidSamples, "--format", "json");
        var second = Tool.Run("validate", RepositoryPaths.SampleAuthorities, RepositoryPaths.InvalidSamples, "--format", "json");

        first.Stdout.Should().Be(second.Stdout);
        first.Stdout.Should().NotContain("\r");
    }
}
