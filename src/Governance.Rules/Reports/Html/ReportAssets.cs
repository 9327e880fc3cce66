namespace Governance.Rules.Reports.Html;

/// <summary>The page's stylesheet and script (<c>Assets/report.css</c>, <c>Assets/report.js</c>), embedded in the assembly and written inline.</summary>
internal static class ReportAssets
{
    private static readonly Lazy<string> LazyStyles = new(() => Read("report.css"));
    private static readonly Lazy<string> LazyScript = new(() => Read("report.js"));

    /// <summary>The stylesheet.</summary>
    public static string Styles => LazyStyles.Value;

    /// <summary>The script: sorting, filtering, the tooltips and moving around the matrix with the keyboard.</summary>
    public static string Script => LazyScript.Value;

    private static string Read(string name)
    {
        var resource = $"Governance.Rules.Reports.Html.Assets.{name}";
        using var stream = typeof(ReportAssets).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The assembly has no resource {resource}.");
        using var reader = new StreamReader(stream);

        // Line ends are \n whatever the checkout did, so the page is the same bytes on every system.
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
