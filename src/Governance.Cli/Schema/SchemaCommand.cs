using System.CommandLine;
using Governance.Cli.CommandLine;
using Governance.Cli.Output;

namespace Governance.Cli.Schema;

/// <summary>
/// <c>governance schema authority|rule|rule-tests [--output FILE]</c>: writes a JSON Schema the tool was built with
/// (embedded in it), so that an authority's repository can validate its files in the editor.
/// </summary>
internal static class SchemaCommand
{
    /// <summary>The schemas, by the word on the command line, each with the name of its embedded resource.</summary>
    private static readonly (string Word, string Resource)[] Schemas =
    [
        ("authority", "schemas/authority.schema.json"),
        ("rule", "schemas/rule.schema.json"),
        ("rule-tests", "schemas/rule-tests.schema.json"),
    ];

    /// <summary>Makes the command.</summary>
    public static Command Create()
    {
        var kind = new Argument<string>("kind")
        {
            Description = "Which schema: authority (authority files), rule (rule files) or rule-tests (rule test files).",
        };
        kind.AcceptOnlyFromAmong([.. Schemas.Select(s => s.Word)]);
        var output = new Option<string>("--output")
        {
            Description = "Write the schema to this file (written whole or not at all) instead of standard output.",
            HelpName = "file",
        };
        var command = new Command("schema", "Write the JSON Schema of authority files, rule files or rule test files, for editors and yaml-language-server.")
        {
            kind,
            output,
        };
        command.SetAction(parseResult => Execute(
            parseResult.GetRequiredValue(kind),
            parseResult.GetValue(output),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>The text of an embedded schema.</summary>
    /// <param name="word">The word naming it, for example <c>authority</c>.</param>
    public static string Text(string word)
    {
        var resource = Schemas.Single(s => string.Equals(s.Word, word, StringComparison.Ordinal)).Resource;
        using var stream = typeof(SchemaCommand).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The schema '{resource}' is not embedded in the tool.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static int Execute(string word, string? file, TextWriter stdout, TextWriter stderr)
    {
        var text = Text(word);
        if (file is null)
        {
            stdout.Write(text);
            return ExitCodes.Success;
        }

        if (OutputTarget.FileProblem(file) is { } problem)
        {
            return UsageErrors.Write([problem], "schema", stderr);
        }

        return OutputTarget.TryWrite(file, "the schema", writer => writer.Write(text), stderr) ? ExitCodes.Success : ExitCodes.InvalidInput;
    }
}
