using System.Linq.Expressions;
using Governance.Reading;
using Governance.Rules.Definitions;
using Governance.Rules.Language.Syntax;

namespace Governance.Rules.Language.Checking;

/// <summary>Names, member reads and enum values.</summary>
internal sealed partial class ExpressionBinder
{
    private static readonly System.Reflection.MethodInfo DerivedGet = typeof(DerivedFact).GetMethod(nameof(DerivedFact.Get))!;

    /// <summary>
    /// Resolves a bare name. In order: an enum value written exactly as declared when an enum is expected; a list
    /// item's name; a member of the pattern's own fact; a binding; <c>asAt</c>; an enum value in camelCase.
    /// </summary>
    private Operand BindName(NameSyntax node, Type? expectedEnum)
    {
        var name = node.Name;
        if (expectedEnum is not null && Enum.GetNames(expectedEnum).Contains(name, StringComparer.Ordinal))
        {
            return EnumValue(expectedEnum, name);
        }

        if (FindInScope(name) is { } found)
        {
            return found;
        }

        if (subject is not null && catalog.IsHiddenMember(TypeShapes.Underlying(subject.Parameter.Type), name))
        {
            return ReportHidden(name, node.Offset, node.Length);
        }

        if (expectedEnum is not null && FindEnumMember(expectedEnum, name) is { } member)
        {
            return EnumValue(expectedEnum, member);
        }

        return ReportUnknownName(node, expectedEnum);
    }

    /// <summary>Whether a bare name means something in scope (so it is not an enum value waiting for a type).</summary>
    private bool ResolvesInScope(SyntaxNode node) =>
        node is not NameSyntax name
        || locals.Exists(l => string.Equals(l.Name, name.Name, StringComparison.Ordinal))
        || (subject is not null && HasMember(subject.Parameter.Type, subject.Schema, name.Name))
        || bindings.Exists(b => string.Equals(b.Name, name.Name, StringComparison.Ordinal))
        || string.Equals(name.Name, "asAt", StringComparison.Ordinal);

    private Operand? FindInScope(string name)
    {
        for (var i = locals.Count - 1; i >= 0; i--)
        {
            if (string.Equals(locals[i].Name, name, StringComparison.Ordinal))
            {
                return FromEntry(locals[i]);
            }
        }

        if (subject is not null && HasMember(subject.Parameter.Type, subject.Schema, name))
        {
            return ReadMember(FromEntry(subject), name, 0, 0);
        }

        if (bindings.Find(b => string.Equals(b.Name, name, StringComparison.Ordinal)) is { } binding)
        {
            return FromEntry(binding);
        }

        return string.Equals(name, "asAt", StringComparison.Ordinal) ? Operand.Of(asAt) : null;
    }

    private Operand BindMember(MemberSyntax node)
    {
        if (node.Target is NameSyntax typeName && !ResolvesInScope(typeName) && catalog.TryGetEnum(typeName.Name, out var enumType))
        {
            return FindEnumMember(enumType, node.Name) is { } member
                ? EnumValue(enumType, member)
                : Report(
                    LanguageCodes.UnknownName,
                    $"'{node.Name}' is not a {enumType.Name} value.{Suggestions.DidYouMean(node.Name, Enum.GetNames(enumType))} " +
                    $"{enumType.Name} values are: {Suggestions.List(Enum.GetNames(enumType))}.",
                    node.NameOffset,
                    node.Name.Length);
        }

        var target = Bind(node.Target);
        if (target.IsError)
        {
            return target;
        }

        if (target.IsNullLiteral)
        {
            return Report(LanguageCodes.TypeMismatch, "null has no members.", node);
        }

        return ReadMember(target, node.Name, node.NameOffset, node.Name.Length, Source(node.Target));
    }

    private bool HasMember(Type type, DerivedFactSchema? schema, string name)
    {
        var t = TypeShapes.Underlying(type);
        if (t == typeof(DerivedFact))
        {
            return schema is not null && schema.IndexOf(name) >= 0;
        }

        return TypeShapes.IsGroup(t) ? name is "key" or "items" or "count" : catalog.TryGetMember(t, name, out _);
    }

    /// <summary>Reads a member of a value, null-safely: reading from a missing value gives a missing value.</summary>
    private Operand ReadMember(Operand target, string name, int offset, int length, string? targetText = null)
    {
        var type = target.Type;
        Func<Expression, Expression> read;
        Type memberType;
        var memberCanBeNull = true;
        DerivedFactSchema? schema = null;
        if (type == typeof(DerivedFact))
        {
            if (target.Schema is not { } kind)
            {
                return Report(LanguageCodes.NotAllowed, $"The kind of this derived fact is not known here, so '{name}' cannot be read from it.", offset, length);
            }

            var index = kind.IndexOf(name);
            if (index < 0)
            {
                var fields = kind.Fields.Select(f => f.Name).ToList();
                return Report(
                    LanguageCodes.UnknownName,
                    $"{kind.Kind} has no field '{name}'.{Suggestions.DidYouMean(name, fields)} Its fields are: {Suggestions.List(fields)}.",
                    offset,
                    length);
            }

            memberType = kind.Fields[index].ClrType;
            read = t => Expression.Convert(Expression.Call(t, DerivedGet, Expression.Constant(name)), memberType);
        }
        else if (TypeShapes.IsGroup(type))
        {
            var property = name switch
            {
                "key" => "Key",
                "items" => "Items",
                "count" => "Count",
                _ => null,
            };
            if (property is null)
            {
                return Report(
                    LanguageCodes.UnknownName,
                    $"A group has 'key', 'items' and 'count', not '{name}'.{Suggestions.DidYouMean(name, ["key", "items", "count"])}",
                    offset,
                    length);
            }

            memberType = type.GetProperty(property)!.PropertyType;
            schema = property == "Items" ? target.Schema : null;
            memberCanBeNull = property == "Key";
            read = t => Expression.Property(t, property);
        }
        else if (catalog.HasMembers(type))
        {
            if (!catalog.TryGetMember(type, name, out var member))
            {
                return ReportUnknownMember(type, name, offset, length, targetText);
            }

            memberType = member.Property.PropertyType;
            memberCanBeNull = member.CanBeNull;
            read = t => Expression.Property(t, member.Property);
        }
        else
        {
            var hint = TypeShapes.Underlying(type) == typeof(string) ? " Functions such as lower(text), contains(text, part) and isEmpty(text) work on text."
                : TypeShapes.IsList(type) ? " To count a list write count(list); to test its items use any(...), all(...) or 'in'."
                : string.Empty;
            return Report(
                LanguageCodes.NotAllowed,
                $"'{name}' cannot be read from {(targetText is null ? "this value" : $"'{targetText}'")}, which is {TypeShapes.Describe(type, target.Schema)}: " +
                $"only facts such as a Post or a Person have members.{hint}",
                offset,
                length);
        }

        if (!target.CanBeNull || type.IsValueType)
        {
            return Operand.Of(read(target.Expression), memberCanBeNull, schema);
        }

        var lifted = TypeShapes.Lifted(memberType);
        var value = Expression.Variable(type, "value");
        var body = Expression.Block(
            [value],
            Expression.Assign(value, target.Expression),
            Expression.Condition(
                Expression.ReferenceEqual(value, Expression.Constant(null, type)),
                Expression.Default(lifted),
                Convert(read(value), lifted)));
        return Operand.Of(body, canBeNull: true, schema);
    }

    private Operand ReportUnknownMember(Type type, string name, int offset, int length, string? targetText)
    {
        if (catalog.IsHiddenMember(type, name))
        {
            return ReportHidden(name, offset, length);
        }

        var subtypes = catalog.SubtypesWithMember(type, name);
        var of = targetText is null ? $"a {type.Name}" : $"'{targetText}'";
        if (subtypes.Count > 0)
        {
            var owners = string.Join(" and ", subtypes.Select(t => t.Name));
            var kinds = string.Join(" or ", catalog.SubtypesOf(type).Select(t => t.Name));
            var example = TypeCatalog.CamelCase(subtypes[0].Name);
            return Report(
                LanguageCodes.TypeMismatch,
                $"'{name}' belongs to {owners} only, but {of} may be any {type.Name} ({kinds}). " +
                $"Match the {subtypes[0].Name} in a pattern of its own (for example '- {example}: {subtypes[0].Name}') " +
                $"and compare it, as in 'holder == {example}'.",
                offset,
                length);
        }

        var names = catalog.MembersOf(type).Select(m => m.Name).ToList();
        return Report(
            LanguageCodes.UnknownName,
            $"{type.Name} has no member '{name}'.{Suggestions.DidYouMean(name, names)} Members of {type.Name}: {Suggestions.List(names)}.",
            offset,
            length);
    }

    private Operand ReportHidden(string name, int offset, int length) => Report(
        LanguageCodes.NotAllowed,
        $"'{name}' records where a value is written in its file; rules cannot read it. Findings point at the file themselves (use 'at:').",
        offset,
        length);

    private Operand ReportUnknownName(NameSyntax node, Type? expectedEnum)
    {
        var name = node.Name;
        var inScope = ScopeNames().ToList();
        if (expectedEnum is not null)
        {
            var values = Enum.GetNames(expectedEnum);
            return Report(
                LanguageCodes.UnknownName,
                $"'{name}' is neither a name known here nor a {expectedEnum.Name} value." +
                $"{Suggestions.DidYouMean(name, values.Concat(inScope))} {expectedEnum.Name} values are: {Suggestions.List(values)}.",
                node);
        }

        if (catalog.TryGetFactType(name, out _))
        {
            var example = TypeCatalog.CamelCase(name);
            return Report(
                LanguageCodes.UnknownName,
                $"'{name}' is a type of fact, not a value: match it in a pattern first (for example '- {example}: {name} where ...') " +
                $"and then use the name you gave it ('{example}').",
                node);
        }

        if (catalog.TryGetEnum(name, out var enumType))
        {
            return Report(
                LanguageCodes.UnknownName,
                $"'{name}' is a type of value: write one of its values, for example '{name}.{Enum.GetNames(enumType)[0]}'.",
                node);
        }

        var owners = catalog.EnumTypes.Where(e => FindEnumMember(e, name) is not null).Select(e => e.Name).ToList();
        if (owners.Count > 0)
        {
            return Report(
                LanguageCodes.UnknownName,
                $"'{name}' is a {string.Join(" or ", owners)} value, but nothing here says which: compare it with a value of that type " +
                $"(for example 'role == {name}'), or write it in full as '{owners[0]}.{FindEnumMember(catalog.EnumTypes.First(e => e.Name == owners[0]), name)}'.",
                node);
        }

        var suggestion = Suggestions.DidYouMean(name, inScope);
        var available = inScope.Count == 0 ? " Nothing is bound at this point." : $" Names you can use here: {Suggestions.List(inScope)}.";
        return Report(LanguageCodes.UnknownName, $"'{name}' is not a name known at this point in the rule.{suggestion}{available}", node);
    }

    private IEnumerable<string> ScopeNames()
    {
        for (var i = locals.Count - 1; i >= 0; i--)
        {
            yield return locals[i].Name;
        }

        if (subject is not null)
        {
            var type = TypeShapes.Underlying(subject.Parameter.Type);
            var members = type == typeof(DerivedFact) ? subject.Schema?.Fields.Select(f => f.Name) ?? []
                : TypeShapes.IsGroup(type) ? ["key", "items", "count"]
                : catalog.MembersOf(type).Select(m => m.Name);
            foreach (var member in members)
            {
                yield return member;
            }
        }

        foreach (var binding in bindings)
        {
            yield return binding.Name;
        }

        yield return "asAt";
    }

    /// <summary>The declared name of an enum value written as declared or in camelCase, or null.</summary>
    private static string? FindEnumMember(Type enumType, string written) =>
        Enum.GetNames(enumType).FirstOrDefault(n =>
            string.Equals(n, written, StringComparison.Ordinal) || string.Equals(TypeCatalog.CamelCase(n), written, StringComparison.Ordinal));

    private static Operand EnumValue(Type enumType, string member) =>
        Operand.Of(Expression.Constant(Enum.Parse(enumType, member), enumType));

    /// <summary>A conversion when the types differ; the expression itself when they are the same.</summary>
    private static Expression Convert(Expression expression, Type type) =>
        expression.Type == type ? expression : Expression.Convert(expression, type);
}
