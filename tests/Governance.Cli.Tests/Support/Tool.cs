namespace Governance.Cli.Tests.Support;

/// <summary>What one run of the tool gave: its exit code and everything it wrote.</summary>
internal sealed record CliOutcome(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Standard output, line by line, without the last empty line.</summary>
    public IReadOnlyList<string> StdoutLines => Lines(Stdout);

    /// <summary>Standard error, line by line, without the last empty line.</summary>
    public IReadOnlyList<string> StderrLines => Lines(Stderr);

    public override string ToString() => $"exit code {ExitCode}\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}";

    private static string[] Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') is { Length: > 0 } trimmed
        ? trimmed.Split('\n')
        : [];
}

/// <summary>Runs the real tool in-process, through <see cref="CliApplication.Run(string[], TextWriter, TextWriter, CliEnvironment)"/>, with string writers.</summary>
internal static class Tool
{
    public static CliOutcome Run(params string[] args) => RunIn(CliEnvironment.Plain(), args);

    /// <summary>Runs the tool with these environment variables (and no terminal).</summary>
    public static CliOutcome RunWith(IReadOnlyDictionary<string, string> variables, params string[] args) => RunIn(CliEnvironment.Plain(variables), args);

    public static CliOutcome RunIn(CliEnvironment environment, params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var exitCode = CliApplication.Run(args, stdout, stderr, environment);
        return new CliOutcome(exitCode, stdout.ToString(), stderr.ToString());
    }
}
