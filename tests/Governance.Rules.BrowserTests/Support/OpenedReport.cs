using Microsoft.Playwright;

namespace Governance.Rules.BrowserTests.Support;

/// <summary>A report opened in a new browser page, with everything the page complained of or tried to fetch.</summary>
internal sealed class OpenedReport : IAsyncDisposable
{
    private readonly IBrowserContext context;

    private OpenedReport(IBrowserContext context, IPage page)
    {
        this.context = context;
        Page = page;
    }

    /// <summary>The page.</summary>
    public IPage Page { get; }

    /// <summary>Console errors, uncaught script errors and requests for anything but the file itself.</summary>
    public List<string> Problems { get; } = [];

    /// <summary>Opens a report in a fresh context (no cache, no state) at a given window size.</summary>
    public static async Task<OpenedReport> OpenAsync(IBrowser browser, GeneratedReport report, int width = 1400, int height = 1000, string fragment = "")
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        var opened = new OpenedReport(context, page);
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                opened.Problems.Add($"console {message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => opened.Problems.Add($"page error: {error}");
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(report.Url, StringComparison.Ordinal))
            {
                opened.Problems.Add($"request: {request.Url}");
            }
        };
        await page.GotoAsync(report.Url + fragment);
        return opened;
    }

    /// <summary>Closes the page and its context.</summary>
    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
