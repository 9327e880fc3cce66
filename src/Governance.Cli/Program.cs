namespace Governance.Cli;

/// <summary>The entry point of the governance command.</summary>
public static class Program
{
    /// <summary>Runs the command.</summary>
    public static int Main(string[] args) => args.Length;
}
