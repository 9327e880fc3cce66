using System.Collections;
using System.Globalization;
using System.Linq.Expressions;
using Governance.Reading;
using Governance.Rules.Language.Runtime;
using Governance.Rules.Language.Syntax;

namespace Governance.Rules.Language.Checking;

/// <summary>Calls: the built-in functions, and the clear refusal of anything else that looks like a call.</summary>
internal sealed partial class ExpressionBinder
{
    /// <summary>The built-in functions and how each is called, as messages show them.</summary>
    public static IReadOnlyDictionary<string, string> Functions { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["count"] = "count(list)",
        ["any"] = "any(list, x => condition)",
        ["all"] = "all(list, x => condition)",
        ["isEmpty"] = "isEmpty(list or text)",
        ["contains"] = "contains(text, part)",
        ["startsWith"] = "startsWith(text, start)",
        ["lower"] = "lower(text)",
        ["addYears"] = "addYears(date, years)",
        ["addMonths"] = "addMonths(date, months)",
        ["addDays"] = "addDays(date, days)",
        ["yearsBetween"] = "yearsBetween(from, to)",
        ["daysBetween"] = "daysBetween(from, to)",
        ["date"] = "date('YYYY-MM-DD')",
    };

    private static string FunctionList => string.Join(", ", Functions.Keys);

    private Operand BindCall(CallSyntax node)
    {
        if (node.Callee is MemberSyntax method)
        {
            return Report(
                LanguageCodes.NotAllowed,
                $"Rules cannot call methods such as '{method.Name}(...)'. Read members without brackets (for example " +
                $"'holder.name'); the only calls are to the built-in functions: {FunctionList}.",
                method.NameOffset,
                node.End - method.NameOffset);
        }

        if (node.Callee is ErrorSyntax)
        {
            // Already reported (a name too long, a stray character).
            return Operand.Error;
        }

        if (node.Callee is not NameSyntax callee)
        {
            return Report(LanguageCodes.NotAllowed, $"Only the built-in functions can be called: {FunctionList}.", node);
        }

        if (!Functions.ContainsKey(callee.Name))
        {
            return Report(
                LanguageCodes.UnknownFunction,
                $"There is no function '{callee.Name}'.{Suggestions.DidYouMean(callee.Name, Functions.Keys)} The functions are: {FunctionList}.",
                callee);
        }

        if (callee.Name is "any" or "all")
        {
            return BindQuantifier(node, callee.Name);
        }

        if (node.Arguments.OfType<LambdaSyntax>().FirstOrDefault() is { } stray)
        {
            BindArguments(node);
            return Report(
                LanguageCodes.WrongArguments,
                $"{callee.Name}(...) does not take a condition '{stray.Parameter} => ...'; only any(...) and all(...) do. Write {Functions[callee.Name]}.",
                stray);
        }

        if (callee.Name == "date")
        {
            return BindDate(node);
        }

        var arguments = BindArguments(node);
        var expected = callee.Name switch
        {
            "count" or "isEmpty" or "lower" => 1,
            _ => 2,
        };
        if (arguments.Count != expected)
        {
            return ReportArgumentCount(node, callee.Name, expected);
        }

        if (arguments.Any(a => a.IsError))
        {
            return Operand.Error;
        }

        return callee.Name switch
        {
            "count" => BindCount(node, arguments[0]),
            "isEmpty" => BindIsEmpty(node, arguments[0]),
            "contains" => BindText(node, arguments, nameof(LanguageRuntime.TextContains)),
            "startsWith" => BindText(node, arguments, nameof(LanguageRuntime.TextStartsWith)),
            "lower" => BindText(node, arguments, nameof(LanguageRuntime.Lower)),
            "addYears" => BindDateShift(node, arguments, nameof(LanguageRuntime.AddYears)),
            "addMonths" => BindDateShift(node, arguments, nameof(LanguageRuntime.AddMonths)),
            "addDays" => BindDateShift(node, arguments, nameof(LanguageRuntime.AddDays)),
            "yearsBetween" => BindDateSpan(node, arguments, nameof(LanguageRuntime.YearsBetween)),
            _ => BindDateSpan(node, arguments, nameof(LanguageRuntime.DaysBetween)),
        };
    }

    private List<Operand> BindArguments(CallSyntax node) =>
        [.. node.Arguments.Select(a => a is LambdaSyntax ? Operand.Error : Bind(a))];

    private Operand ReportArgumentCount(CallSyntax node, string function, int expected) => Report(
        LanguageCodes.WrongArguments,
        $"{function}(...) takes {Plural(expected, "argument")}, but {Plural(node.Arguments.Count, "was", "were")} given. Write {Functions[function]}.",
        node);

    private Operand ReportArgument(CallSyntax node, int index, string function, string needs, Operand argument, string hint = "") => Report(
        LanguageCodes.WrongArguments,
        $"The {Ordinal(index)} argument of {function}(...) must be {needs}, but '{Source(node.Arguments[index])}' is {Describe(argument)}. " +
        $"Write {Functions[function]}.{hint}",
        node.Arguments[index]);

    private Operand BindCount(CallSyntax node, Operand list)
    {
        if (list.IsNullLiteral)
        {
            return Operand.Of(Expression.Constant(0));
        }

        if (!TypeShapes.IsList(list.Type))
        {
            var hint = TypeShapes.IsGroup(list.Type) ? $" For a group write '{Source(node.Arguments[0])}.count'." : string.Empty;
            return ReportArgument(node, 0, "count", "a list", list, hint);
        }

        return Operand.Of(Expression.Call(LanguageRuntime.Method(nameof(LanguageRuntime.Count)), Convert(list.Expression, typeof(IEnumerable))));
    }

    private Operand BindIsEmpty(CallSyntax node, Operand value)
    {
        if (value.IsNullLiteral)
        {
            return Operand.Of(Expression.Constant(true));
        }

        if (value.Type == typeof(string))
        {
            return Operand.Of(Expression.Call(LanguageRuntime.Method(nameof(LanguageRuntime.IsEmptyText)), value.Expression));
        }

        return TypeShapes.IsList(value.Type)
            ? Operand.Of(Expression.Call(LanguageRuntime.Method(nameof(LanguageRuntime.IsEmptyList)), Convert(value.Expression, typeof(IEnumerable))))
            : ReportArgument(node, 0, "isEmpty", "a list or text", value);
    }

    private Operand BindText(CallSyntax node, List<Operand> arguments, string runtimeMethod)
    {
        var function = ((NameSyntax)node.Callee).Name;
        var converted = new List<Expression>();
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            if (argument.IsNullLiteral)
            {
                converted.Add(Expression.Constant(null, typeof(string)));
            }
            else if (argument.Type == typeof(string))
            {
                converted.Add(argument.Expression);
            }
            else
            {
                var hint = i == 0 && TypeShapes.IsList(argument.Type) && function == "contains"
                    ? " To ask whether a list has an item, write 'item in list'."
                    : string.Empty;
                return ReportArgument(node, i, function, "text", argument, hint);
            }
        }

        return Operand.Of(Expression.Call(LanguageRuntime.Method(runtimeMethod), converted), canBeNull: function == "lower");
    }

    private Operand BindDateShift(CallSyntax node, List<Operand> arguments, string runtimeMethod)
    {
        var function = ((NameSyntax)node.Callee).Name;
        if (!IsDate(arguments[0]) && !arguments[0].IsNullLiteral)
        {
            return ReportArgument(node, 0, function, "a date", arguments[0]);
        }

        if (!IsNumber(arguments[1]) && !arguments[1].IsNullLiteral)
        {
            return ReportArgument(node, 1, function, "a whole number", arguments[1]);
        }

        return CallLifted(runtimeMethod, arguments, [typeof(DateOnly?), typeof(int?)], typeof(DateOnly));
    }

    private Operand BindDateSpan(CallSyntax node, List<Operand> arguments, string runtimeMethod)
    {
        var function = ((NameSyntax)node.Callee).Name;
        for (var i = 0; i < 2; i++)
        {
            if (!IsDate(arguments[i]) && !arguments[i].IsNullLiteral)
            {
                return ReportArgument(node, i, function, "a date", arguments[i]);
            }
        }

        return CallLifted(runtimeMethod, arguments, [typeof(DateOnly?), typeof(DateOnly?)], typeof(int));
    }

    /// <summary>Calls a runtime helper that takes and returns nullable values; the result is nullable only if an input is.</summary>
    private static Operand CallLifted(string runtimeMethod, List<Operand> arguments, Type[] parameterTypes, Type resultType)
    {
        var call = Expression.Call(
            LanguageRuntime.Method(runtimeMethod),
            arguments.Select((a, i) => a.IsNullLiteral ? Expression.Constant(null, parameterTypes[i]) : Convert(a.Expression, parameterTypes[i])));
        return arguments.Any(a => a.CanBeNull) ? Operand.Of(call) : Operand.Of(Expression.Convert(call, resultType));
    }

    private Operand BindDate(CallSyntax node)
    {
        if (node.Arguments.Count != 1)
        {
            BindArguments(node);
            return ReportArgumentCount(node, "date", 1);
        }

        if (node.Arguments[0] is not LiteralSyntax { Kind: LiteralKind.Text, Value: string written })
        {
            return Report(
                LanguageCodes.BadLiteral,
                "date(...) takes a date written in quotes, as in date('2008-01-01'); for dates that are worked out, use addDays, addMonths or addYears.",
                node.Arguments[0]);
        }

        return DateOnly.TryParseExact(written, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? Operand.Of(Expression.Constant(date))
            : Report(
                LanguageCodes.BadLiteral,
                $"'{written}' is not a real date. Write dates as year-month-day with four, two and two digits, for example date('2008-01-01').",
                node.Arguments[0]);
    }

    private Operand BindQuantifier(CallSyntax node, string function)
    {
        if (node.Arguments.Count != 2)
        {
            foreach (var argument in node.Arguments.Where(a => a is not LambdaSyntax))
            {
                Bind(argument);
            }

            return ReportArgumentCount(node, function, 2);
        }

        var list = node.Arguments[0] is LambdaSyntax ? Operand.Error : Bind(node.Arguments[0]);
        if (node.Arguments[1] is not LambdaSyntax lambda)
        {
            Bind(node.Arguments[1]);
            return Report(
                LanguageCodes.WrongArguments,
                $"The second argument of {function}(...) must be a condition on each item, written 'x => condition', " +
                $"as in {function}(members, m => m.capacity == Member).",
                node.Arguments[1]);
        }

        if (node.Arguments[0] is LambdaSyntax first)
        {
            return Report(LanguageCodes.WrongArguments, $"The first argument of {function}(...) must be a list. Write {Functions[function]}.", first);
        }

        if (list.IsError)
        {
            return list;
        }

        if (list.IsNullLiteral || TypeShapes.ElementTypeOf(list.Type) is not { } itemType)
        {
            return ReportArgument(node, 0, function, "a list", list);
        }

        if (NameInUse(lambda.Parameter))
        {
            return Report(
                LanguageCodes.NameInUse,
                $"'{lambda.Parameter}' is already a name in this rule; give the list's items another name, for example '{lambda.Parameter}Item'.",
                lambda.ParameterOffset,
                lambda.Parameter.Length);
        }

        var parameter = Expression.Parameter(itemType, lambda.Parameter);
        locals.Add(new ScopeEntry(lambda.Parameter, parameter, list.Schema, TypeShapes.IsNullable(itemType)));
        Expression? body;
        try
        {
            body = AsCondition(Bind(lambda.Body), lambda.Body, $"The condition in {function}(...)");
        }
        finally
        {
            locals.RemoveAt(locals.Count - 1);
        }

        if (body is null)
        {
            return Operand.Error;
        }

        var sequenceType = typeof(IEnumerable<>).MakeGenericType(itemType);
        Expression source = Convert(list.Expression, sequenceType);
        if (list.CanBeNull)
        {
            source = Expression.Coalesce(source, Expression.Constant(Array.CreateInstance(itemType, 0), sequenceType));
        }

        var method = typeof(Enumerable).GetMethods()
            .Single(m => m.Name == (function == "any" ? nameof(Enumerable.Any) : nameof(Enumerable.All)) && m.GetParameters().Length == 2)
            .MakeGenericMethod(itemType);
        return Operand.Of(Expression.Call(method, source, Expression.Lambda(body, parameter)));
    }

    private bool NameInUse(string name) =>
        locals.Any(l => string.Equals(l.Name, name, StringComparison.Ordinal))
        || bindings.Any(b => string.Equals(b.Name, name, StringComparison.Ordinal))
        || string.Equals(name, "asAt", StringComparison.Ordinal);

    private static string Plural(int count, string singular, string? plural = null) =>
        plural is null
            ? $"{count} {singular}{(count == 1 ? string.Empty : "s")}"
            : $"{count} {(count == 1 ? singular : plural)}";

    private static string Ordinal(int index) => index switch
    {
        0 => "first",
        1 => "second",
        _ => (index + 1).ToString(CultureInfo.InvariantCulture) + "th",
    };
}
