using System.Reflection;
using Governance.Model;
using Governance.Rules.Definitions;
using Governance.Rules.Engine;
using Governance.Rules.Guidance.Catalogue;
using Governance.Rules.Loading.Syntax;
using NRules.Fluent;
using NRules.RuleModel;
using FluentRule = NRules.Fluent.Dsl.Rule;
using RuleDefinition = Governance.Rules.Definitions.RuleDefinition;

namespace Governance.Rules.CSharpRules.Description;

/// <summary>The action of a rule written in C#: its own code, which reports findings with <see cref="RuleContextExtensions.ReportFinding"/>.</summary>
/// <param name="Location">Where the rule is written (its class).</param>
internal sealed record CSharpAction(SourceLocation Location) : RuleAction(Location);

/// <summary>
/// A rule written in C# with NRules.Fluent, added to a rule set loaded from YAML: NRules' definition of it, the
/// canonical definition findings name, and its public description, checked against the guidance catalogue as a YAML
/// rule's is. It runs in the sessions of the rules about one authority.
/// </summary>
internal sealed class CSharpRule
{
    private CSharpRule(IRuleDefinition nrules, RuleDefinition definition, RuleInfo info)
    {
        NRules = nrules;
        Definition = definition;
        Info = info;
    }

    /// <summary>NRules' definition of the rule, named by the rule's id.</summary>
    public IRuleDefinition NRules { get; }

    /// <summary>The canonical definition findings and errors name.</summary>
    public RuleDefinition Definition { get; }

    /// <summary>The public description of the rule.</summary>
    public RuleInfo Info { get; }

    /// <summary>Describes rules written in C#, reporting any whose description does not fit the rule set.</summary>
    /// <param name="rules">The rules.</param>
    /// <param name="catalogue">The guidance catalogue their citations must be in.</param>
    /// <param name="takenIds">The ids already in the rule set.</param>
    /// <param name="diagnostics">Receives the problems.</param>
    public static List<CSharpRule> Describe(IEnumerable<FluentRule> rules, GuidanceCatalogue catalogue, IReadOnlySet<string> takenIds, List<Diagnostic> diagnostics)
    {
        var described = new List<CSharpRule>();
        var ids = new HashSet<string>(takenIds, StringComparer.Ordinal);
        var factory = new RuleDefinitionFactory();
        foreach (var rule in rules)
        {
            ArgumentNullException.ThrowIfNull(rule);
            var type = rule.GetType();
            var location = SourceLocation.StartOf(type.FullName ?? type.Name);
            if (type.GetCustomAttribute<GuidanceRuleAttribute>() is not { } about)
            {
                diagnostics.Add(EngineDiagnostics.Error(EngineDiagnostics.CSharpRuleUndescribed, $"The rule {type.Name} written in C# has no [GuidanceRule(...)]: give its id, title and the guidance it cites.", location));
                continue;
            }

            if (!RuleDocumentReader.RuleIdPattern().IsMatch(about.Id))
            {
                diagnostics.Add(EngineDiagnostics.Error(EngineDiagnostics.CSharpRuleBadId, $"The id '{about.Id}' of the rule {type.Name} is not lowercase words joined by '-', such as 'dcs-reports-to-chief-executive'.", location));
                continue;
            }

            if (!ids.Add(about.Id))
            {
                diagnostics.Add(EngineDiagnostics.Error(EngineDiagnostics.DuplicateRuleId, $"Another rule already has the id '{about.Id}'; every rule needs its own id.", location));
                continue;
            }

            if (Cite(about, catalogue, location, diagnostics) is not { } citation)
            {
                continue;
            }

            var definition = factory.Create(rule);
            var renamed = global::NRules.RuleModel.Builders.Element.RuleDefinition(
                about.Id,
                about.Title,
                definition.Priority,
                definition.Repeatability,
                definition.Tags,
                definition.Properties,
                definition.DependencyGroup,
                definition.LeftHandSide,
                definition.FilterGroup,
                definition.RightHandSide);
            var info = new RuleInfo
            {
                Id = about.Id,
                Title = about.Title,
                Citation = citation,
                Obligation = about.Obligation,
                Remedy = about.Remedy,
                Tags = [.. definition.Tags],
                Location = location,
            };
            var canonical = new RuleDefinition(about.Id, new Definitions.AndElement([], location), new CSharpAction(location), location);
            described.Add(new CSharpRule(renamed, canonical, info));
        }

        return described;
    }

    /// <summary>Reports a finding of the rule being fired, once per distinct match and message.</summary>
    /// <param name="context">The NRules action context.</param>
    /// <param name="message">The finding's message.</param>
    public static void Report(IContext context, string message)
    {
        var evaluation = EvaluationContext.Current;
        var rule = evaluation.Rules.CSharpRuleOf(context.Rule.Name)
            ?? throw new InvalidOperationException($"The rule '{context.Rule.Name}' is not a rule written in C# of the rule set being evaluated.");
        var bindings = context.Match.Facts.Select(f => new BoundValue(f.Declaration.Name, f.Value)).ToList();
        if (!evaluation.Reported.Add(new ValueKey(new object?[] { rule.Definition.Id, message, bindings.Select(b => b.Value).ToArray() })))
        {
            return;
        }

        evaluation.Firings++;
        evaluation.Trace?.RuleFired(new ActivationEvent(rule.Definition, bindings));
        evaluation.Matches.Add(new RuleMatch(rule.Definition, bindings, [.. bindings.Select(b => b.Value).OfType<ModelElement>()], message, null));
    }

    private static Citation? Cite(GuidanceRuleAttribute about, GuidanceCatalogue catalogue, SourceLocation location, List<Diagnostic> diagnostics)
    {
        if (!catalogue.TryGetDocument(about.Document, out var document))
        {
            diagnostics.Add(EngineDiagnostics.Error(EngineDiagnostics.CSharpRuleCitation, $"The rule '{about.Id}' cites '{about.Document}', which is not in the guidance catalogue. Documents: {string.Join(", ", catalogue.Documents.Select(d => d.Id))}.", location));
            return null;
        }

        var missing = about.Paragraphs.Where(p => !document.TryGetPart(p, out _)).ToList();
        if (about.Paragraphs.Count == 0 || missing.Count > 0 || string.IsNullOrWhiteSpace(about.Quote))
        {
            diagnostics.Add(EngineDiagnostics.Error(
                EngineDiagnostics.CSharpRuleCitation,
                about.Paragraphs.Count == 0 || string.IsNullOrWhiteSpace(about.Quote)
                    ? $"The rule '{about.Id}' must cite at least one paragraph of {document.Id} and quote it."
                    : $"The rule '{about.Id}' cites {string.Join(", ", missing)}, which {document.Id} does not have.",
                location));
            return null;
        }

        return new Citation(document.Id, document.Edition, about.Paragraphs, about.Quote);
    }
}
