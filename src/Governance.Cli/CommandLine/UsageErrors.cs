using System.CommandLine;
using Governance.Reading;

namespace Governance.Cli.CommandLine;

/// <summary>
/// Prints what was wrong with a command line, with a "did you mean" for misspelt commands and options and a pointer
/// to <c>--help</c>. System.CommandLine's own handling would exit with 1, which for us means "findings".
/// </summary>
internal static class UsageErrors
{
    /// <summary>Writes the parse errors and the hint to <paramref name="error"/>.</summary>
    /// <param name="parseResult">A parse result with errors.</param>
    /// <param name="error">Standard error.</param>
    public static void Write(ParseResult parseResult, TextWriter error)
    {
        var command = parseResult.CommandResult.Command;
        var known = command.Subcommands.Select(c => c.Name)
            .Concat(command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)))
            .ToList();
        var unmatched = parseResult.UnmatchedTokens.ToHashSet(StringComparer.Ordinal);
        foreach (var message in parseResult.Errors.Select(e => e.Message).Distinct(StringComparer.Ordinal))
        {
            error.WriteLine($"{ToolInfo.CommandName}: {message}{Hint(message, unmatched, known)}");
        }

        error.WriteLine($"Run '{CommandPath(command)} --help' to see the usage.");
    }

    /// <summary>Writes a usage error found after parsing (a rule id that no rule has), with the pointer to help.</summary>
    /// <param name="messages">What is wrong.</param>
    /// <param name="command">The command, for example <c>check</c>.</param>
    /// <param name="error">Standard error.</param>
    /// <returns><see cref="ExitCodes.UsageError"/>.</returns>
    public static int Write(IEnumerable<string> messages, string command, TextWriter error)
    {
        foreach (var message in messages)
        {
            error.WriteLine($"{ToolInfo.CommandName}: {message}");
        }

        error.WriteLine($"Run '{ToolInfo.CommandName} {command} --help' to see the usage.");
        return ExitCodes.UsageError;
    }

    private static string Hint(string message, HashSet<string> unmatched, List<string> known)
    {
        foreach (var token in unmatched)
        {
            if (message.Contains($"'{token}'", StringComparison.Ordinal) && Suggestions.Closest(token, known) is { } nearest)
            {
                return $" Did you mean '{nearest}'?";
            }
        }

        return string.Empty;
    }

    private static string CommandPath(Command command)
    {
        var names = new List<string>();
        for (Symbol? symbol = command; symbol is Command c; symbol = c.Parents.FirstOrDefault())
        {
            names.Add(c.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }
}
