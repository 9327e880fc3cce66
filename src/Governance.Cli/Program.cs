namespace Governance.Cli;

/// <summary>The entry point of the <c>governance</c> command.</summary>
public static class Program
{
    /// <summary>Runs the command with the process's arguments and standard streams.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <returns>The exit code: see <c>docs/cli.md</c>.</returns>
    public static int Main(string[] args) => CliApplication.Run(args, Console.Out, Console.Error, CliEnvironment.Process);
}
