using Governance.Cli.Output;

namespace Governance.Cli;

/// <summary>
/// What the tool reads from the process around it: environment variables, and whether standard output and standard
/// error are terminals. The process's own is <see cref="Process"/>; a test gives its
/// own, so no test depends on the machine it runs on.
/// </summary>
/// <param name="Variable">Reads an environment variable; <see langword="null"/> when it is not set.</param>
/// <param name="OutputIsTerminal">Whether standard output is a terminal that shows colour (the text report is coloured unless <c>NO_COLOR</c> is set).</param>
/// <param name="ErrorIsTerminal">Whether standard error is a terminal (for the progress display).</param>
internal sealed record CliEnvironment(Func<string, string?> Variable, bool OutputIsTerminal, bool ErrorIsTerminal)
{
    /// <summary>The running process's environment.</summary>
    public static CliEnvironment Process => new(
        Environment.GetEnvironmentVariable,
        ProgressDisplay.OutputShowsColour(),
        !Console.IsErrorRedirected);

    /// <summary>An environment with only the variables given and no terminal, for tests and for programs that run the tool.</summary>
    /// <param name="variables">The environment variables.</param>
    public static CliEnvironment Plain(IReadOnlyDictionary<string, string>? variables = null) => new(
        name => variables is not null && variables.TryGetValue(name, out var value) ? value : null,
        false,
        false);

    /// <summary>Whether the user asked for no colour: <c>NO_COLOR</c> set to anything but the empty string (no-color.org).</summary>
    public bool NoColour => !string.IsNullOrEmpty(Variable("NO_COLOR"));
}
