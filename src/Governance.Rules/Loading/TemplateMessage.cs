using Governance.Rules.Definitions;
using Governance.Rules.Language.Templates;

namespace Governance.Rules.Loading;

/// <summary>A finding's compiled message template, as the engine's action formats it.</summary>
/// <param name="Template">The compiled template.</param>
internal sealed class TemplateMessage(MessageTemplate Template) : IMessageTemplate
{
    /// <summary>The template.</summary>
    public MessageTemplate Template { get; } = Template;

    /// <inheritdoc />
    public string Format(object?[] arguments, DateOnly asAt) => Template.Format(arguments, asAt);

    /// <inheritdoc />
    public override string ToString() => Template.Text;
}
