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

/// <summary>Runs the real tool in-process, through <see cref="CliApplication.Run"/>, with string writers.</summary>
internal static class Tool
{
    public static CliOutcome Run(params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var exitCode = CliApplication.Run(args, stdout, stderr);
        return new CliOutcome(exitCode, stdout.ToString(), stderr.ToString());
    }
}
