using System.Diagnostics;
using BarnrattsResan.EndToEnd.Tests.Infrastructure;
using BarnrattsResan.EndToEnd.Tests.Playground;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace BarnrattsResan.EndToEnd.Tests.SelfTest;

/// <summary>The Playground driver against <see cref="FakeCardBot"/>: proves the page objects work on this Playground version.</summary>
public sealed class PlaygroundDriverTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly string Artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts", "playground");

    private FakeCardBot? bot;
    private IPlaywright? playwright;
    private IBrowser? browser;

    private static PlaygroundWorld World => PlaygroundWorld.Default;

    public async Task InitializeAsync()
    {
        bot = await FakeCardBot.StartAsync();
        if (Chromium.IsAvailable || Chromium.IsRequired)
        {
            (playwright, browser) = await Chromium.LaunchAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (bot is not null)
        {
            await bot.DisposeAsync();
        }
    }

    [PlaygroundFact]
    public async Task Mention_in_General_fill_every_input_and_execute_replaces_the_card()
    {
        var stopwatch = Stopwatch.StartNew();
        await using var playground = await PlaygroundProcess.StartAsync(bot!.MessagesEndpoint, World, World.Person("Anna"));
        output.WriteLine($"Playground started in {playground.StartupTime.TotalMilliseconds:0} ms");
        await using var anna = await PlaygroundClient.OpenAsync(browser!, playground);
        output.WriteLine($"Playground + page ready in {stopwatch.ElapsedMilliseconds} ms");

        await anna.OpenChannelAsync("General");
        await anna.PostMentioningBotAsync("starta");
        var card = await anna.WaitForLastCardAsync("Fråga 1 till Anna Andersson");

        await card.FillTextAsync("Ditt svar", "Barnen ska höras");
        await card.FillTextAsync("notes", "rad ett\nrad två");
        await card.FillDateAsync("meetingDate", new DateOnly(2026, 12, 1));
        await card.FillTimeAsync("Mötestid", new TimeOnly(14, 30));
        await card.SetToggleAsync("anonymous", true);
        await card.SelectChoicesAsync("Frågor", "Presentation", "Egna");
        await card.SelectChoicesAsync("mode", "Alla på en gång");
        Assert.Equal("Presentation, Egna", await card.ReadComboValueAsync("sets"));
        await anna.ScreenshotAsync(Path.Combine(Artifacts, "filled.png"));

        var replaced = await card.ClickActionAndWaitForReplacementAsync("Skicka");
        var text = await replaced.ReadTextAsync();
        output.WriteLine(text);
        await replaced.ScreenshotAsync(Path.Combine(Artifacts, "replaced-card.png"));

        Assert.Contains("Svar sparat (submit)", text, StringComparison.Ordinal);
        var invoke = Assert.Single(bot.Received, a => a["type"]?.GetValue<string>() == "invoke");
        var data = invoke["value"]!["action"]!["data"]!;
        Assert.Equal("r1", data["round"]!.GetValue<string>());
        Assert.Equal("Barnen ska höras", data["answer"]!.GetValue<string>());
        Assert.Equal("rad ett\nrad två", data["notes"]!.GetValue<string>());
        Assert.Equal("2026-12-01", data["meetingDate"]!.GetValue<string>());
        Assert.Equal("14:30", data["meetingTime"]!.GetValue<string>());
        Assert.Equal("true", data["anonymous"]!.GetValue<string>());
        Assert.Equal("presentation,own", data["sets"]!.GetValue<string>());
        Assert.Equal("all", data["mode"]!.GetValue<string>());

        var message = Assert.Single(bot.Received, a => a["type"]?.GetValue<string>() == "message");
        Assert.Equal("<at>Barnrattsresan</at> starta", message["text"]!.GetValue<string>());
        Assert.Equal("29:user-anna", message["from"]!["id"]!.GetValue<string>());
        Assert.Equal(World.Person("Anna").AadObjectId, message["from"]!["aadObjectId"]!.GetValue<string>());
        Assert.Equal("channel", message["conversation"]!["conversationType"]!.GetValue<string>());
        Assert.StartsWith(World.TeamId + ";messageid=", message["conversation"]!["id"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(World.TenantId, message["channelData"]!["tenant"]!["id"]!.GetValue<string>());
        Assert.Equal("Europe/Stockholm", message["localTimezone"]!.GetValue<string>());
        Assert.Contains(anna.Traffic.ActivitiesToBot, a => a["type"]?.GetValue<string>() == "invoke");
    }

    [PlaygroundFact]
    public async Task Two_users_run_side_by_side_against_the_same_bot()
    {
        await using var annaPlayground = await PlaygroundProcess.StartAsync(bot!.MessagesEndpoint, World, World.Person("Anna"));
        await using var bertilPlayground = await PlaygroundProcess.StartAsync(bot.MessagesEndpoint, World, World.Person("Bertil"));
        await using var anna = await PlaygroundClient.OpenAsync(browser!, annaPlayground);
        await using var bertil = await PlaygroundClient.OpenAsync(browser!, bertilPlayground);

        await bertil.SendPersonalMessageAsync("hej");
        await anna.OpenChannelAsync();
        await anna.PostMentioningBotAsync("starta");

        var bertilCard = await bertil.WaitForLastCardAsync("till Bertil Berg");
        await anna.WaitForLastCardAsync("till Anna Andersson");
        Assert.Single(await bertil.ReadAllCardTextsAsync());
        Assert.DoesNotContain("Anna", await bertilCard.ReadTextAsync(), StringComparison.Ordinal);

        var fromBertil = Assert.Single(bot.Received, a => a["type"]?.GetValue<string>() == "message" && a["from"]?["id"]?.GetValue<string>() == "29:user-bertil");
        Assert.Equal("personal", fromBertil["conversation"]!["conversationType"]!.GetValue<string>());
        Assert.Equal(PlaygroundWorld.PersonalChatIdFor(World.Person("Bertil")), fromBertil["conversation"]!["id"]!.GetValue<string>());
        Assert.NotEqual(annaPlayground.Port, bertilPlayground.Port);
        await bertil.ScreenshotAsync(Path.Combine(Artifacts, "bertil-personal.png"));
    }
}
