using System.Reflection;
using Governance.Model;

namespace Governance.Rules.Tests.PublicApi;

/// <summary>
/// The libraries' public namespaces. The public API itself is recorded in PublicAPI.Shipped.txt/PublicAPI.Unshipped.txt
/// beside each library and checked when it is built (Microsoft.CodeAnalysis.PublicApiAnalyzers; README.md, "Changing
/// the public API"); what the analyzer does not check is where the public types live.
/// </summary>
public class PublicNamespaceTests
{
    private static readonly Assembly[] Libraries = [typeof(Authority).Assembly, typeof(RuleSet).Assembly];

    [Test]
    public void PublicApi_HasNoInternalNamespace()
    {
        var namespaces = Libraries.SelectMany(a => a.GetExportedTypes()).Select(t => t.Namespace ?? string.Empty).Distinct();

        namespaces.Should().NotContain(n => n.Contains("Internal", StringComparison.Ordinal));
    }
}
