using System.Text.Json;
using BarnrattsResan.EndToEnd.Tests.Infrastructure;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BarnrattsResan.EndToEnd.Tests.CardQuality;

/// <summary>
/// Renders cards with the official <c>adaptivecards</c> npm renderer (node_modules/adaptivecards) in
/// headless system Chromium, in a local page with no network, using the Teams host configs and the Markdown
/// subset Teams renders (teams-markdown.js). axe-core (the copy inside Deque.AxeCore.Commons) is loaded into the
/// same page once, so each accessibility check is one <c>axe.run</c> on the card just rendered.
/// One instance holds one browser; dispose it when done.
/// </summary>
public sealed class CardRenderer : IAsyncDisposable
{
    private const string PageHtml =
        "<!doctype html><html><head><meta charset=\"utf-8\"></head>" +
        "<body style=\"margin:0\"><div id=\"card-host\" style=\"width:400px;display:inline-block\"></div></body></html>";

    private readonly IPlaywright playwright;
    private readonly IBrowser browser;
    private readonly IPage page;

    private CardRenderer(IPlaywright playwright, IBrowser browser, IPage page)
    {
        this.playwright = playwright;
        this.browser = browser;
        this.page = page;
    }

    public static async Task<CardRenderer> StartAsync()
    {
        var rendererScript = RepoPaths.NodeModule("adaptivecards", "dist", "adaptivecards.min.js");
        if (!File.Exists(rendererScript))
        {
            throw new InvalidOperationException($"{rendererScript} is missing: run `npm ci` in {RepoPaths.RepoRoot}.");
        }

        var (playwright, browser) = await Chromium.LaunchAsync();
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new() { Width = 800, Height = 600 } });
        await page.RouteAsync("**/*", route => route.AbortAsync());
        await page.SetContentAsync(PageHtml);
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = rendererScript });
        await page.AddScriptTagAsync(new PageAddScriptTagOptions
        {
            Path = Path.Combine(AppContext.BaseDirectory, "CardQuality", "render-card.js"),
        });
        await page.AddScriptTagAsync(new PageAddScriptTagOptions
        {
            Path = Path.Combine(AppContext.BaseDirectory, "CardQuality", "teams-markdown.js"),
        });
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = new BundledAxeScriptProvider().GetScript() });
        return new CardRenderer(playwright, browser, page);
    }

    /// <summary>The element that holds the card last rendered.</summary>
    public ILocator CardHost => page.Locator("#card-host");

    /// <summary>
    /// Runs axe-core on the card last rendered (only <c>#card-host</c>, not the page around it). The same engine and
    /// result types as Deque's Playwright wrapper, which injects axe-core and opens a second page on every call
    /// (about 2 s a card here); loaded once, a check takes a fraction of that.
    /// </summary>
    public async Task<AxeResult> RunAxeAsync(AxeRunOptions options)
    {
        var optionsJson = JsonConvert.SerializeObject(options, new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore });
        var resultJson = await page.EvaluateAsync<string>(
            "async (options) => JSON.stringify(await window.axe.run(document.getElementById('card-host'), JSON.parse(options)))",
            optionsJson);
        return new AxeResult(JObject.Parse(resultJson));
    }

    public static string HostConfigJson(TeamsTheme theme) => File.ReadAllText(Path.Combine(
        AppContext.BaseDirectory, "CardQuality", "schemas", "hostconfig",
        theme == TeamsTheme.Dark ? "microsoft-teams-dark.json" : "microsoft-teams-light.json"));

    /// <summary>Renders <paramref name="cardJson"/>; with <paramref name="screenshotPath"/>, also saves a PNG of the rendered card.</summary>
    public async Task<CardRenderResult> RenderAsync(string cardJson, TeamsTheme theme, string? screenshotPath = null)
    {
        var result = await page.EvaluateAsync<JsonElement>(
            "([card, hostConfig]) => window.renderAdaptiveCard(card, hostConfig)",
            new[] { cardJson, HostConfigJson(theme) });
        var events = result.GetProperty("events").EnumerateArray()
            .Select(e => new RendererEvent(
                e.GetProperty("phase").GetString() ?? "?",
                e.GetProperty("event").GetString() ?? "?",
                e.GetProperty("message").GetString() ?? ""))
            .ToList();
        if (screenshotPath is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(screenshotPath))!);
            await page.Locator("#card-host").ScreenshotAsync(new() { Path = screenshotPath });
        }

        return new CardRenderResult(
            theme,
            result.GetProperty("rendered").GetBoolean(),
            events,
            result.GetProperty("width").GetDouble(),
            result.GetProperty("height").GetDouble(),
            screenshotPath,
            result.GetProperty("clippedButtons").EnumerateArray().Select(b => b.GetString() ?? "?").ToList());
    }

    /// <summary>Elements that formatting makes: what must not appear when typed text is shown as typed.</summary>
    public static readonly string[] FormattingElements =
        ["a", "img", "strong", "em", "del", "code", "pre", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "hr", "table", "kbd"];

    /// <summary>What a reader sees of the card rendered last: its text, the text of each TextBlock, and how many of each formatting element it holds.</summary>
    public async Task<RenderedContent> ContentAsync()
    {
        var result = await page.EvaluateAsync<JsonElement>(
            @"(tags) => {
                const host = document.getElementById('card-host');
                const counts = {};
                for (const tag of tags) counts[tag] = host.querySelectorAll(tag).length;
                const blocks = Array.from(host.querySelectorAll('.ac-textBlock')).map(e => e.innerText);
                return { text: host.innerText, blocks, counts };
            }",
            FormattingElements);
        return new RenderedContent(
            result.GetProperty("text").GetString() ?? string.Empty,
            result.GetProperty("blocks").EnumerateArray().Select(b => b.GetString() ?? string.Empty).ToArray(),
            FormattingElements.ToDictionary(t => t, t => result.GetProperty("counts").GetProperty(t).GetInt32()));
    }

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}
