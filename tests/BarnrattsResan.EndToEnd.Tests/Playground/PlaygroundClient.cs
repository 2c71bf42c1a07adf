using System.Diagnostics;
using Microsoft.Playwright;

namespace BarnrattsResan.EndToEnd.Tests.Playground;

/// <summary>
/// Page object for one user's Playground web UI. Keep one client per Playground process for the whole
/// test: reloading the page resets the Playground's conversations (history is gone, and
/// installationUpdate/conversationUpdate are sent to the bot again).
/// </summary>
public sealed class PlaygroundClient : IAsyncDisposable
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    /// <summary>How long the Playground's page may take to load the first time.</summary>
    public static readonly TimeSpan FirstLoadTimeout = TimeSpan.FromMinutes(1);

    /// <summary>How long a click on a channel gets to open it before it is clicked again.</summary>
    private static readonly TimeSpan ChannelRetryInterval = TimeSpan.FromSeconds(5);

    private readonly IBrowserContext context;

    private PlaygroundClient(IBrowserContext context, IPage page, PlaygroundProcess playground, PlaygroundTraffic traffic)
    {
        this.context = context;
        Page = page;
        Playground = playground;
        Traffic = traffic;
    }

    public IPage Page { get; }

    public PlaygroundProcess Playground { get; }

    public PlaygroundTraffic Traffic { get; }

    public PlaygroundUser User => Playground.User;

    /// <summary>Every Adaptive Card rendered in the open conversation, top to bottom.</summary>
    public ILocator CardLocator => Page.Locator(".ac-adaptiveCard");

    public static async Task<PlaygroundClient> OpenAsync(IBrowser browser, PlaygroundProcess playground)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
            Locale = "en-US", // the UI language; the Playground sends locale "en-US" to the bot whatever it is
            TimezoneId = playground.User.TimeZone,
        });
        context.SetDefaultTimeout((float)DefaultTimeout.TotalMilliseconds);
        var page = await context.NewPageAsync();
        var traffic = new PlaygroundTraffic();
        page.WebSocket += (_, socket) =>
        {
            if (socket.Url.Contains("/_ws/log/stream", StringComparison.Ordinal))
            {
                socket.FrameReceived += (_, frame) =>
                {
                    if (frame.Text is { } text)
                    {
                        traffic.OnFrame(text);
                    }
                };
            }
        };
        // The first load of the Playground's web app is the heaviest step of a scenario; on a busy 2-core machine it
        // has taken over 20 s, so it alone gets a minute (a wait for the page, not a measure of the bot).
        await page.GotoAsync(playground.Url.ToString(), new() { Timeout = (float)FirstLoadTimeout.TotalMilliseconds });
        await page.GetByRole(AriaRole.Treeitem, new() { Name = "Personal Chat" }).WaitForAsync();
        return new PlaygroundClient(context, page, playground, traffic);
    }

    /// <summary>Opens a channel of "My Team" in the left tree ("General", "Announcements").</summary>
    public async Task OpenChannelAsync(string channelName = "General")
    {
        var channel = Page.GetByRole(AriaRole.Treeitem, new() { Name = $"{Playground.World.TeamName} - {channelName}", Exact = true });
        var post = Page.GetByRole(AriaRole.Button, new() { Name = "Post", Exact = true });

        // A click that lands while the Playground's app is still starting up can be lost (seen on a fresh machine):
        // click again until the channel's "Post" box shows, within the usual wait.
        var waited = Stopwatch.StartNew();
        while (true)
        {
            await channel.ClickAsync();
            try
            {
                await post.WaitForAsync(new() { Timeout = (float)ChannelRetryInterval.TotalMilliseconds });
                return;
            }
            catch (TimeoutException) when (waited.Elapsed < DefaultTimeout)
            {
            }
        }
    }

    public Task OpenPersonalChatAsync() =>
        Page.GetByRole(AriaRole.Treeitem, new() { Name = "Personal Chat", Exact = true }).ClickAsync();

    public Task OpenGroupChatAsync() =>
        Page.GetByRole(AriaRole.Treeitem, new() { Name = Playground.World.GroupChatName, Exact = true }).ClickAsync();

    /// <summary>
    /// In the open channel: starts a new post, types <c>@</c>, picks the bot from the suggestions, types
    /// <paramref name="command"/> and clicks "Post". The bot receives <c>&lt;at&gt;BotName&lt;/at&gt; command</c>.
    /// </summary>
    public async Task PostMentioningBotAsync(string command)
    {
        var editor = Page.GetByRole(AriaRole.Textbox).First;
        // The suggestion's accessible name is avatar label + text ("Bot Bot"), so match its visible text.
        var suggestion = Page.GetByRole(AriaRole.Menuitem).Filter(new()
        {
            HasTextRegex = new System.Text.RegularExpressions.Regex(
                "^\\s*" + System.Text.RegularExpressions.Regex.Escape(Playground.World.BotName) + "\\s*$"),
        });
        for (var attempt = 1; ; attempt++)
        {
            // Under load the editor can miss the first "@" (not focused yet): clear it and type again.
            await editor.ClickAsync();
            await Page.Keyboard.PressAsync("Control+A");
            await Page.Keyboard.PressAsync("Backspace");
            await Page.Keyboard.TypeAsync("@");
            try
            {
                await suggestion.ClickAsync(new() { Timeout = 10000 });
                break;
            }
            catch (TimeoutException) when (attempt < 4)
            {
                await Page.Keyboard.PressAsync("Escape");
            }
        }

        await Page.Keyboard.TypeAsync(" " + command);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Post", Exact = true }).ClickAsync();
    }

    /// <summary>Opens the personal chat with the bot and sends <paramref name="text"/> (Enter).</summary>
    public async Task SendPersonalMessageAsync(string text)
    {
        await OpenPersonalChatAsync();
        await SendInOpenChatAsync(text);
    }

    /// <summary>Types into the open chat's (personal or group) message box and presses Enter.</summary>
    public async Task SendInOpenChatAsync(string text)
    {
        var box = Page.GetByRole(AriaRole.Textbox).Last;
        await box.ClickAsync();
        await Page.Keyboard.TypeAsync(text);
        await Page.Keyboard.PressAsync("Enter");
    }

    /// <summary>Waits until the open conversation shows at least <paramref name="count"/> cards.</summary>
    public async Task WaitForCardCountAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (await CardLocator.CountAsync() < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(
                    $"Expected at least {count} cards, saw {await CardLocator.CountAsync()}.\n{DescribeTraffic()}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Waits for a card to appear (or, with <paramref name="containing"/>, one that shows that text) and returns the last such card.</summary>
    public async Task<AdaptiveCardView> WaitForLastCardAsync(string? containing = null, TimeSpan? timeout = null)
    {
        var cards = containing is null ? CardLocator : CardLocator.Filter(new() { HasText = containing });
        try
        {
            await cards.Last.WaitForAsync(new() { Timeout = (float)(timeout ?? DefaultTimeout).TotalMilliseconds });
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"No card{(containing is null ? "" : $" containing \"{containing}\"")} appeared.\n{DescribeTraffic()}", e);
        }

        // Pin the card by its position, so the view still finds it after it is replaced by other content.
        var texts = await CardLocator.AllInnerTextsAsync();
        var index = containing is null
            ? texts.Count - 1
            : texts.Select((text, i) => (text, i)).Last(t => t.text.Contains(containing, StringComparison.Ordinal)).i;
        return new AdaptiveCardView(this, CardLocator.Nth(index));
    }

    /// <summary>The last card of the open conversation (no waiting).</summary>
    public async Task<AdaptiveCardView> LastCardAsync() => new(this, CardLocator.Nth(await CardLocator.CountAsync() - 1));

    /// <summary>The visible text of every card in the open conversation, top to bottom.</summary>
    public async Task<IReadOnlyList<string>> ReadAllCardTextsAsync() => await CardLocator.AllInnerTextsAsync();

    /// <summary>The visible text of the whole page (conversation, chat list and log panel).</summary>
    public Task<string> ReadPageTextAsync() => Page.Locator("body").InnerTextAsync();

    /// <summary>Saves a PNG of the whole page (conversation, tree and log panel) to <paramref name="pngPath"/>.</summary>
    public async Task ScreenshotAsync(string pngPath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(pngPath))!);
        await Page.ScreenshotAsync(new() { Path = pngPath, FullPage = true });
    }

    internal string DescribeTraffic()
    {
        var lines = Traffic.Entries.TakeLast(12).Select(e =>
            $"  {e["from"]} -> {e["to"]}: {e["activityName"]} {e["response"]?["statusCode"]} {e["response"]?["body"]?.ToJsonString()[..Math.Min(300, e["response"]?["body"]?.ToJsonString().Length ?? 0)]}{e["displayText"]}");
        return "Last Playground log entries:\n" + string.Join('\n', lines);
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
