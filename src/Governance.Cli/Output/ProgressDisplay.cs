using Spectre.Console;

namespace Governance.Cli.Output;

/// <summary>
/// Says on standard error what a long run is doing (reading the rules, the authority files, evaluating), with
/// Spectre.Console's status display: only when standard error is a terminal, so logs and pipes never see it, and
/// without colour when <c>NO_COLOR</c> is set. The display is gone when the work ends.
/// </summary>
internal static class ProgressDisplay
{
    /// <summary>Runs the work, showing each step it reports while it runs when standard error is a terminal.</summary>
    /// <typeparam name="T">What the work gives.</typeparam>
    /// <param name="environment">The process's environment.</param>
    /// <param name="work">The work, given a way to say what it is doing.</param>
    public static T Run<T>(CliEnvironment environment, Func<Action<string>, T> work)
    {
        if (!environment.ErrorIsTerminal)
        {
            return work(_ => { });
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Error),
            ColorSystem = environment.NoColour ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
        });
        return console.Status()
            .Spinner(Spinner.Known.Dots)
            .Start("Starting", context => work(step => context.Status(Markup.Escape(step))));
    }

    /// <summary>Whether the process's standard output is a terminal that shows colour, as Spectre.Console detects it.</summary>
    public static bool OutputShowsColour()
    {
        if (Console.IsOutputRedirected)
        {
            return false;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        return console.Profile.Capabilities.Ansi && console.Profile.Capabilities.ColorSystem != ColorSystem.NoColors;
    }
}
