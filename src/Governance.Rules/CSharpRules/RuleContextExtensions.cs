using Governance.Rules.CSharpRules.Description;
using NRules.RuleModel;

namespace Governance.Rules;

/// <summary>What a rule written in C# does in its action (<c>Then().Do(ctx => ctx.ReportFinding(...))</c>).</summary>
public static class RuleContextExtensions
{
    /// <summary>
    /// Reports a finding for the rule's match: the facts it matched are its evidence, and the finding points at the
    /// first of them written in a file. Each distinct match is reported once.
    /// </summary>
    /// <param name="context">The NRules action context.</param>
    /// <param name="message">The finding's message.</param>
    /// <exception cref="InvalidOperationException">The rule is not part of a <see cref="RuleSet"/> being evaluated.</exception>
    public static void ReportFinding(this IContext context, string message)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(message);
        CSharpRule.Report(context, message);
    }
}
