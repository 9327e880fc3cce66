using System.Linq.Expressions;

namespace Governance.Rules.Definitions;

/// <summary>
/// Turns the expression trees of a rule set (the rules' conditions and values, and the engine's own) into delegates.
/// By default each is compiled to IL, which the JIT compiles on first use: the fastest when the rules are evaluated
/// many times. A short-lived process that evaluates them once, such as the <c>governance</c> tool, sets the
/// <see cref="AppContext"/> switch <see cref="InterpretSwitch"/> (in its runtimeconfig.json) to have them interpreted
/// instead: no IL to emit and no JIT for some 400 small methods, which costs a cold start more than interpreting them
/// (docs/performance.md, "Cold start of the installed tool"). Both give the same results.
/// </summary>
internal static class DelegateCompiler
{
    /// <summary>The <see cref="AppContext"/> switch that makes rule expressions interpreted instead of compiled.</summary>
    public const string InterpretSwitch = "Governance.Rules.InterpretExpressions";

    /// <summary>Whether expressions are interpreted: read once per process.</summary>
    public static bool Interpret { get; } = AppContext.TryGetSwitch(InterpretSwitch, out var on) && on;

    /// <summary>Compiles or interprets a lambda, as <see cref="Interpret"/> says.</summary>
    public static TDelegate Compile<TDelegate>(Expression<TDelegate> lambda)
        where TDelegate : Delegate => lambda.Compile(preferInterpretation: Interpret);

    /// <summary>Compiles or interprets a lambda, as <see cref="Interpret"/> says.</summary>
    public static Delegate Compile(LambdaExpression lambda) => lambda.Compile(preferInterpretation: Interpret);
}
