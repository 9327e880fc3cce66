using Microsoft.Playwright;

namespace Governance.Rules.BrowserTests.Support;

/// <summary>
/// Debian's chromium (<c>/usr/bin/chromium</c>), started headless through Playwright. Playwright's own browser download
/// does not work here, so the installed browser is used; <c>.ci/run</c> installs it with apt-get when it is missing.
/// </summary>
internal static class Chromium
{
    /// <summary>Where Debian installs the browser.</summary>
    public const string ExecutablePath = "/usr/bin/chromium";

    // Chromium's own background traffic (updates, sync, QUIC) is refused by this machine's closed network; turn it off.
    private static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    /// <summary>Starts Playwright and the browser.</summary>
    /// <exception cref="InvalidOperationException">The browser is not installed.</exception>
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"The browser tests need Debian's chromium at {ExecutablePath}: run 'apt-get install -y chromium' (.ci/run does this when it is missing).");
        }

        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = Arguments,
                Timeout = 60_000,
            });
            return (playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }
}
