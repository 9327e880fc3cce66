using System.CommandLine;

namespace Governance.Cli.CommandLine;

/// <summary>
/// An option whose value is one of a few words (<c>--format text|json</c>), each standing for a value of
/// <typeparamref name="T"/>. Help lists the words as the user types them, and any other
/// word is a usage error that lists them.
/// </summary>
/// <typeparam name="T">What the words stand for.</typeparam>
internal sealed class ChoiceOption<T>
{
    private readonly (string Word, T Value)[] choices;
    private readonly T defaultValue;

    /// <summary>Makes the option.</summary>
    /// <param name="name">The option's name, for example <c>--format</c>.</param>
    /// <param name="description">What the option does.</param>
    /// <param name="defaultValue">The value when the option is not given; one of the values of <paramref name="choices"/>.</param>
    /// <param name="choices">The words allowed and what each stands for, in the order help lists them.</param>
    public ChoiceOption(string name, string description, T defaultValue, params (string Word, T Value)[] choices)
    {
        this.choices = choices;
        this.defaultValue = defaultValue;
        var words = choices.Select(c => c.Word).ToArray();
        var defaultWord = choices.First(c => EqualityComparer<T>.Default.Equals(c.Value, defaultValue)).Word;
        Option = new Option<string>(name)
        {
            Description = description,
            HelpName = string.Join('|', words),
            DefaultValueFactory = _ => defaultWord,
        };
        Option.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && result.Tokens[^1].Value is var token && !words.Contains(token, StringComparer.OrdinalIgnoreCase))
            {
                result.AddError($"'{token}' is not a value {name} accepts. Use one of: {string.Join(", ", words)}.");
            }
        });
        Option.CompletionSources.Add(words);
    }

    /// <summary>The option to add to a command.</summary>
    public Option<string> Option { get; }

    /// <summary>The value the user chose, or the default.</summary>
    /// <param name="parseResult">The parse result, without errors.</param>
    public T GetValue(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var word = parseResult.GetValue(Option);
        foreach (var (choice, value) in choices)
        {
            if (string.Equals(choice, word, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return defaultValue;
    }
}
