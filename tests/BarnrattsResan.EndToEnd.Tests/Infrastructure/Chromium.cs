using Microsoft.Playwright;

namespace BarnrattsResan.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The system Chromium (Debian package <c>chromium</c>), used by Playwright through an explicit path:
/// no browser is downloaded. <c>CHROMIUM_PATH</c> overrides <c>/usr/bin/chromium</c>.
/// </summary>
public static class Chromium
{
    public const string DefaultPath = "/usr/bin/chromium";

    /// <summary>Flags that make Debian's Chromium run headless as root, offline and quietly.</summary>
    public static readonly IReadOnlyList<string> LaunchFlags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : DefaultPath;

    public static bool IsAvailable => File.Exists(ExecutablePath);

    /// <summary>CI sets E2E_REQUIRED=1: then a missing browser is a failure, not a skip.</summary>
    public static bool IsRequired => Environment.GetEnvironmentVariable("E2E_REQUIRED") == "1";

    public static string MissingReason =>
        $"Chromium not found at {ExecutablePath} (install the Debian package `chromium` or set CHROMIUM_PATH).";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!IsAvailable)
        {
            throw new InvalidOperationException(MissingReason);
        }

        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = LaunchFlags,
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
