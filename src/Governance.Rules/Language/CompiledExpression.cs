using System.Linq.Expressions;

namespace Governance.Rules.Language;

/// <summary>
/// A compiled condition or value. When there are no diagnostics, <see cref="Lambda"/> takes the scope's bindings in
/// order, then <c>asAt</c> (a <see cref="DateOnly"/>), and returns <see cref="ResultType"/>.
/// </summary>
/// <param name="Lambda">The compiled form, or null when the text has errors.</param>
/// <param name="ResultType">The type of the value (bool for a condition), when it could be worked out.</param>
/// <param name="Diagnostics">The problems found, in order of where they are in the text.</param>
internal sealed record CompiledExpression(LambdaExpression? Lambda, Type? ResultType, IReadOnlyList<LanguageDiagnostic> Diagnostics)
{
    /// <summary>Whether the text compiled without problems.</summary>
    public bool Succeeded => Lambda is not null && Diagnostics.Count == 0;
}
