using System.Linq.Expressions;
using Governance.Model;
using Governance.Reading.Yaml;
using Governance.Rules.Definitions;
using Governance.Rules.Language;
using Governance.Rules.Loading.Syntax;

namespace Governance.Rules.Loading;

/// <summary>
/// Turns one checked <see cref="RuleSyntax"/> into a canonical <see cref="RuleDefinition"/>: names unnamed patterns
/// <c>$1</c>, <c>$2</c>, ..., builds the scope each expression sees, compiles every pattern header, condition, group
/// key, template and value with the condition language, and places each of the language's diagnostics at the exact
/// line and column inside the YAML scalar it came from.
/// </summary>
internal sealed class RuleBuilder
{
    private readonly ConditionCompiler compiler;
    private readonly Diagnostics diagnostics;
    private readonly RuleSyntax rule;
    private readonly HashSet<string> names = new(StringComparer.Ordinal);
    private int unnamed;
    private int errorsBefore;

    private RuleBuilder(ConditionCompiler compiler, RuleSyntax rule, Diagnostics diagnostics)
    {
        this.compiler = compiler;
        this.rule = rule;
        this.diagnostics = diagnostics;
    }

    /// <summary>Builds a rule; null when it has errors (all of which are reported).</summary>
    /// <param name="compiler">The condition compiler, with the catalogue of fact types (derived kinds included).</param>
    /// <param name="rule">The rule's syntax.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    /// <param name="derivedSchema">For a rule that derives a fact, the fields its values give (types inferred).</param>
    public static RuleDefinition? Build(ConditionCompiler compiler, RuleSyntax rule, Diagnostics diagnostics, out DerivedFactSchema? derivedSchema)
    {
        var builder = new RuleBuilder(compiler, rule, diagnostics) { errorsBefore = diagnostics.ErrorCount };
        return builder.Build(out derivedSchema);
    }

    private bool Failed => diagnostics.ErrorCount > errorsBefore;

    private RuleDefinition? Build(out DerivedFactSchema? derivedSchema)
    {
        derivedSchema = null;
        var lhs = BuildAnd(rule.When, [], rule.Metadata.Location, out var scope);
        RuleAction? action = rule.Then switch
        {
            FindingSyntax finding => BuildFinding(finding, scope),
            DeriveSyntax derive => BuildDerive(derive, scope, out derivedSchema),
            _ => null,
        };

        return Failed || lhs is null || action is null ? null : new RuleDefinition(rule.Metadata.Id, lhs, action, rule.Metadata.Location, rule.Metadata.Scope);
    }

    private AndElement? BuildAnd(IReadOnlyList<ElementSyntax> elements, IReadOnlyList<Binding> scope, SourceLocation location, out IReadOnlyList<Binding> after)
    {
        var built = new List<RuleElement>();
        var current = scope;
        var ok = true;
        foreach (var element in elements)
        {
            if (BuildElement(element, current, out current) is { } e)
            {
                built.Add(e);
            }
            else
            {
                ok = false;
            }
        }

        after = current;
        return ok ? new AndElement(built, location) : null;
    }

    private RuleElement? BuildElement(ElementSyntax element, IReadOnlyList<Binding> scope, out IReadOnlyList<Binding> after)
    {
        after = scope;
        switch (element)
        {
            case PatternSyntax pattern:
                return BuildPatternOrAggregate(pattern, scope, out after);
            case QuantifierSyntax quantifier:
                var inner = BuildAnd(quantifier.Elements, scope, quantifier.Location, out _);
                return inner is null ? null : quantifier.Negated ? new NotElement(inner, quantifier.Location) : new ExistsElement(inner, quantifier.Location);
            case ForAllSyntax forAll:
                return BuildForAll(forAll, scope);
            case OrSyntax or:
                return BuildOr(or, scope, out after);
            case CheckSyntax check:
                return Condition(check.Condition, check.Condition.Value, 0, new ExpressionScope(scope, null)) is { } condition
                    ? new CheckElement(condition, check.Location)
                    : null;
            default:
                return null;
        }
    }

    private RuleElement? BuildPatternOrAggregate(PatternSyntax pattern, IReadOnlyList<Binding> scope, out IReadOnlyList<Binding> after)
    {
        after = scope;
        var header = compiler.ParsePatternHeader(pattern.Header.Value);
        Report(pattern.Header, header.Diagnostics, 0);
        if (header.Type is not { } type || header.Diagnostics.Count > 0)
        {
            ClaimName(pattern);
            return null;
        }

        if (header.Kind == PatternKind.Match)
        {
            if (ClaimName(pattern) is not { } name)
            {
                return null;
            }

            var binding = Binding.ForFact(name, type);
            var element = BuildPattern(pattern, header, binding, scope);
            after = [.. scope, binding];
            return element;
        }

        if (pattern.Name is null)
        {
            diagnostics.Error(
                RuleDiagnosticCodes.BadElement,
                $"A {header.Kind.ToString().ToLowerInvariant()} needs a name to bind its result to, as in '- n: {pattern.Header.Value.Trim()}'.",
                pattern.Header.Location);
            return null;
        }

        if (ClaimName(pattern) is not { } aggregateName)
        {
            return null;
        }

        var source = Binding.ForFact(NextUnnamed(), type);
        var sourceElement = BuildPattern(pattern, header, source, scope);
        LambdaExpression? key = null;
        Type? keyType = null;
        if (header.Kind == PatternKind.Group && header.KeyText is { } keyText)
        {
            var compiled = compiler.CompileValue(keyText, new ExpressionScope([.. scope, source], source.Name));
            Report(pattern.Header, compiled.Diagnostics, header.KeyOffset);
            key = compiled.Diagnostics.Count == 0 ? compiled.Lambda : null;
            keyType = compiled.ResultType;
        }

        if (sourceElement is null || (header.Kind == PatternKind.Group && key is null))
        {
            return null;
        }

        var (kind, clrType) = header.Kind switch
        {
            PatternKind.Count => (AggregateKind.Count, typeof(int)),
            PatternKind.Collect => (AggregateKind.Collect, typeof(IReadOnlyList<>).MakeGenericType(type.ClrType)),
            _ => (AggregateKind.Group, typeof(FactGroup<,>).MakeGenericType(keyType!, type.ClrType)),
        };
        after = [.. scope, new Binding(aggregateName, type, clrType)];
        return new AggregateElement(aggregateName, kind, sourceElement, key, pattern.Location);
    }

    private PatternElement? BuildPattern(PatternSyntax pattern, PatternHeader header, Binding binding, IReadOnlyList<Binding> scope)
    {
        var conditions = new List<ConditionElement>();
        if (header.ConditionText is { } text)
        {
            var condition = Condition(pattern.Header, text, header.ConditionOffset, new ExpressionScope([.. scope, binding], binding.Name));
            if (condition is null)
            {
                return null;
            }

            conditions.Add(condition);
        }

        return new PatternElement(binding.Name, binding.FactType!, conditions, pattern.Location);
    }

    private ForAllElement? BuildForAll(ForAllSyntax forAll, IReadOnlyList<Binding> scope)
    {
        var basePattern = BuildPatternOrAggregate(forAll.Base, scope, out var baseScope);
        var conditions = new List<PatternElement>();
        var ok = basePattern is PatternElement;
        if (basePattern is AggregateElement)
        {
            diagnostics.Error(RuleDiagnosticCodes.BadElement, "The base of 'all' is a pattern of single facts, not a count, collect or group.", forAll.Base.Header.Location);
        }

        foreach (var syntax in forAll.Conditions)
        {
            var element = BuildPatternOrAggregate(syntax, baseScope, out _);
            if (element is PatternElement condition)
            {
                conditions.Add(condition);
            }
            else
            {
                if (element is AggregateElement)
                {
                    diagnostics.Error(RuleDiagnosticCodes.BadElement, "The patterns of 'all' match single facts, not a count, collect or group.", syntax.Header.Location);
                }

                ok = false;
            }
        }

        return ok ? new ForAllElement((PatternElement)basePattern!, conditions, forAll.Location) : null;
    }

    private OrElement? BuildOr(OrSyntax or, IReadOnlyList<Binding> scope, out IReadOnlyList<Binding> after)
    {
        after = scope;
        var namesBefore = names.ToHashSet(StringComparer.Ordinal);
        var namesAfter = new HashSet<string>(StringComparer.Ordinal);
        var branches = new List<AndElement>();
        var branchScopes = new List<IReadOnlyList<Binding>>();
        var ok = true;
        foreach (var branch in or.Branches)
        {
            names.Clear();
            names.UnionWith(namesBefore);
            var built = BuildAnd(branch, scope, branch[0].Location, out var branchScope);
            namesAfter.UnionWith(names);
            if (built is null)
            {
                ok = false;
                continue;
            }

            branches.Add(built);
            branchScopes.Add(branchScope);
        }

        names.Clear();
        names.UnionWith(namesAfter);
        if (!ok)
        {
            return null;
        }

        var common = new List<Binding>();
        foreach (var binding in branchScopes[0].Skip(scope.Count).Where(b => !b.Name.StartsWith('$')))
        {
            var others = branchScopes.Skip(1).Select(s => s.Skip(scope.Count).FirstOrDefault(b => b.Name == binding.Name)).ToList();
            if (others.Any(o => o is not null && o.ClrType != binding.ClrType))
            {
                diagnostics.Error(
                    RuleDiagnosticCodes.OrBranchesDisagree,
                    $"The branches of 'or' bind '{binding.Name}' to different types ({string.Join(", ", others.Prepend(binding).OfType<Binding>().Select(b => b.FactType?.Name ?? b.ClrType.Name).Distinct())}). " +
                    "A name bound in every branch must have the same type in each, or use a different name in each branch.",
                    or.Location);
                ok = false;
            }
            else if (others.All(o => o is not null))
            {
                common.Add(binding);
            }
        }

        after = [.. scope, .. common];
        return ok ? new OrElement(branches, or.Location) : null;
    }

    private FindingAction? BuildFinding(FindingSyntax finding, IReadOnlyList<Binding> scope)
    {
        var visible = new ExpressionScope(scope, null);
        var template = compiler.CompileTemplate(finding.Template.Value, visible);
        Report(finding.Template, template.Diagnostics, 0);
        LambdaExpression? at = null;
        if (finding.At is { } atNode)
        {
            var compiled = compiler.CompileValue(atNode.Value, visible);
            Report(atNode, compiled.Diagnostics, 0);
            if (compiled.Diagnostics.Count == 0 && compiled.ResultType is { } type)
            {
                if (IsPlaceInAFile(type))
                {
                    at = compiled.Lambda;
                }
                else
                {
                    diagnostics.Error(
                        RuleDiagnosticCodes.BadAt,
                        $"'at: {atNode.Value.Trim()}' is {Describe(type)}, but a finding points at something written in an authority file: a binding " +
                        $"such as '{scope.FirstOrDefault(b => !b.Name.StartsWith('$') && typeof(ModelElement).IsAssignableFrom(b.ClrType))?.Name ?? "dcs"}', a member such as 'dcs.holder', " +
                        "or a section of the file such as 'la.posts' (for something missing).",
                        atNode.Location);
                }
            }
        }

        return template.Template is { } message && template.Diagnostics.Count == 0 && (finding.At is null || at is not null)
            ? new FindingAction(new TemplateMessage(message), at, finding.Location)
            : null;
    }

    private DeriveAction? BuildDerive(DeriveSyntax derive, IReadOnlyList<Binding> scope, out DerivedFactSchema? schema)
    {
        schema = null;
        var visible = new ExpressionScope(scope, null);
        var fields = new List<DerivedField>();
        var values = new List<DerivedFieldValue>();
        foreach (var (field, value) in derive.Fields)
        {
            var compiled = compiler.CompileValue(value.Value, visible);
            Report(value, compiled.Diagnostics, 0);
            if (compiled.Diagnostics.Count == 0 && compiled.Lambda is { } lambda && compiled.ResultType is { } type)
            {
                fields.Add(new DerivedField(field.Value, type));
                values.Add(new DerivedFieldValue(field.Value, lambda));
            }
        }

        if (fields.Count != derive.Fields.Count)
        {
            return null;
        }

        schema = new DerivedFactSchema(derive.Kind.Value, fields);
        var kind = compiler.Catalog.TryGetFactType(schema.Kind, out var known) && known.IsDerived ? known : FactType.ForDerived(schema);
        return new DeriveAction(kind, values, derive.Location);
    }

    private ConditionElement? Condition(YamlScalar node, string text, int offset, ExpressionScope scope)
    {
        var compiled = compiler.CompileCondition(text, scope);
        Report(node, compiled.Diagnostics, offset);
        return compiled.Diagnostics.Count == 0 && compiled.Lambda is { } lambda
            ? new ConditionElement(lambda, text, node.LocationAt(offset))
            : null;
    }

    /// <summary>The pattern's binding name (or the next unnamed one); null when the name is already bound.</summary>
    private string? ClaimName(PatternSyntax pattern)
    {
        if (pattern.Name is not { } name)
        {
            return NextUnnamed();
        }

        if (!names.Add(name))
        {
            diagnostics.Error(
                RuleDiagnosticCodes.DuplicateBinding,
                $"The name '{name}' is already bound earlier in this rule. Give each pattern its own name (a later pattern can refer to '{name}' instead).",
                pattern.NameNode!.Location);
            return null;
        }

        return name;
    }

    private string NextUnnamed() => $"${++unnamed}";

    private void Report(YamlScalar node, IReadOnlyList<LanguageDiagnostic> found, int offset)
    {
        foreach (var d in found)
        {
            diagnostics.Error(d.Code, d.Message, node.LocationAt(offset + d.Offset));
        }
    }

    /// <summary>
    /// Whether a finding can point at a value of this type: an element written in an authority file, or one of an
    /// element's lists (a section such as <c>la.posts</c>, where the key is written, or where it would be).
    /// </summary>
    private static bool IsPlaceInAFile(Type type) =>
        typeof(ModelElement).IsAssignableFrom(type)
        || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)
            && typeof(ModelElement).IsAssignableFrom(type.GetGenericArguments()[0]));

    private static string Describe(Type type) => type == typeof(bool) ? "true or false"
        : type == typeof(string) ? "text"
        : type == typeof(int) ? "a number"
        : type == typeof(DateOnly) || type == typeof(DateOnly?) ? "a date"
        : type == typeof(DerivedFact) ? "a derived fact, which is not written in any file"
        : type.IsGenericType ? "a list of values"
        : $"a {type.Name}";
}
