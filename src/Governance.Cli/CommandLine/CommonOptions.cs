using System.CommandLine;
using System.CommandLine.Parsing;
using Governance.Cli.Output;
using Governance.Reading;

namespace Governance.Cli.CommandLine;

/// <summary>The arguments and options several commands share, defined once so they read the same everywhere.</summary>
internal static class CommonOptions
{
    /// <summary>The option that prints the full details of an unexpected failure.</summary>
    public const string VerboseName = "--verbose";

    /// <summary>The <c>--format text|json</c> option of commands that write text or JSON.</summary>
    public static ChoiceOption<bool> TextOrJson() => new(
        "--format",
        "How to write the results: text (for people and CI logs) or json (for programs).",
        false,
        ("text", false),
        ("json", true));

    /// <summary>The <c>--format</c> option of <c>check</c>: every format of <see cref="ReportFormats"/>.</summary>
    public static ChoiceOption<ReportFormat> ReportFormat() => new(
        "--format",
        "How to write the report to standard output: " + string.Join("; ", ReportFormats.All.Select(f => $"{f.Name} ({f.Description})")) + ".",
        ReportFormats.Text,
        [.. ReportFormats.All.Select(f => (f.Name, f))]);

    /// <summary>Whether the user asked for more: <c>--verbose</c> on the command line or <c>GOVERNANCE_VERBOSE=1</c>.</summary>
    /// <param name="verboseGiven">Whether <c>--verbose</c> was given.</param>
    /// <param name="environment">The process's environment.</param>
    public static bool IsVerbose(bool verboseGiven, CliEnvironment environment) =>
        verboseGiven || environment.Variable(ToolInfo.VerboseVariable) is "1" or "true" or "TRUE" or "True";

    /// <summary>The <c>--verbose</c> option, given to every command.</summary>
    public static Option<bool> Verbose() => new(VerboseName)
    {
        Description = $"Print more about what the command does and, if it fails unexpectedly, the full details (or set {ToolInfo.VerboseVariable}=1).",
        Recursive = true,
    };

    /// <summary>The <c>--rules &lt;folder&gt;</c> option, repeatable: folders of rules added to the shipped ones; naming a file is a usage error.</summary>
    public static Option<string[]> RuleFolders()
    {
        var option = new Option<string[]>("--rules")
        {
            Description = "Add a folder of rule files (searched with its subfolders; a guidance/ subfolder adds to the catalogue) to the rules shipped with the tool. Repeatable.",
            HelpName = "folder",
        };
        option.Validators.Add(result =>
        {
            foreach (var named in result.Tokens.Select(t => t.Value).Where(File.Exists))
            {
                result.AddError($"--rules names a folder of rule files, but '{named}' is a file. Name the folder that holds the rules.");
            }
        });
        return option;
    }

    /// <summary>The <c>--warnings-as-errors</c> option of commands that report problems in files.</summary>
    public static Option<bool> WarningsAsErrors() => new("--warnings-as-errors") { Description = "Fail (exit code 2) on warnings as well as errors." };

    /// <summary>The <c>--no-shipped-rules</c> option.</summary>
    /// <param name="description">What leaving the shipped rules out means for the command.</param>
    public static Option<bool> NoShippedRules(string description) => new("--no-shipped-rules") { Description = description };

    /// <summary>The <c>&lt;paths&gt;...</c> argument: one or more authority files or folders.</summary>
    public static Argument<string[]> AuthorityPaths()
    {
        var argument = new Argument<string[]>("paths")
        {
            Description = "Authority files (.yaml, .yml) and folders of them (searched with their subfolders).",
            Arity = ArgumentArity.OneOrMore,
        };
        argument.Validators.Add(RejectOptionLikePaths);
        return argument;
    }

    /// <summary>
    /// A path argument takes every word that is not an option of the command, so a misspelt option (<c>--fromat</c>)
    /// would otherwise be read as a file name: report it as the usage error it is.
    /// </summary>
    /// <param name="result">The argument's result.</param>
    public static void RejectOptionLikePaths(ArgumentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var command = (result.Parent as CommandResult)?.Command;
        foreach (var token in result.Tokens)
        {
            var value = token.Value;
            if (value.Length > 1 && value[0] == '-' && !char.IsDigit(value[1]))
            {
                var known = command is null ? [] : command.Options.SelectMany(o => o.Aliases.Prepend(o.Name));
                var suggestion = Suggestions.Closest(value, known);
                result.AddError(suggestion is null
                    ? $"Unrecognized option '{value}'. (A file whose name starts with '-' can be written as './{value}'.)"
                    : $"Unrecognized option '{value}'. Did you mean '{suggestion}'?");
            }
        }
    }
}
