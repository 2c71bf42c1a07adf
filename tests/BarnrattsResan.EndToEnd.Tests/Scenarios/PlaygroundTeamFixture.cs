using System.Collections.Concurrent;
using BarnrattsResan.EndToEnd.Tests.BotUnderTest;
using BarnrattsResan.EndToEnd.Tests.Infrastructure;
using BarnrattsResan.EndToEnd.Tests.Playground;
using Microsoft.Playwright;

namespace BarnrattsResan.EndToEnd.Tests.Scenarios;

/// <summary>
/// One real bot (with <c>BotEnvironment</c>) on one real Azurite, one headless Chromium, and one Agents
/// Playground process with one page per simulated user, started on first use and kept for the whole test class
/// (use as a class fixture): reloading a page or restarting a Playground would lose its conversations.
/// </summary>
public abstract class PlaygroundTeamFixture : BotUnderTestFixture
{
    private readonly ConcurrentDictionary<string, Lazy<Task<PlaygroundClient>>> clients = new();
    private readonly List<PlaygroundProcess> processes = [];
    private IPlaywright? playwright;
    private IBrowser? browser;

    public override async Task InitializeAsync()
    {
        // With E2E_REQUIRED=1 and no browser, the tests fail on LaunchAsync's message; without it they are skipped.
        if (!Chromium.IsAvailable && !Chromium.IsRequired)
        {
            return;
        }

        await base.InitializeAsync();
        (playwright, browser) = await Chromium.LaunchAsync();
    }

    /// <summary>The Playground page of <paramref name="user"/> (their own Playground process), opened once.</summary>
    public Task<PlaygroundClient> ClientAsync(PlaygroundUser user) =>
        clients.GetOrAdd(user.Id, _ => new Lazy<Task<PlaygroundClient>>(() => OpenAsync(user))).Value;

    /// <summary>The Playground pages of several people, started side by side.</summary>
    public async Task<PlaygroundClient[]> ClientsAsync(params PlaygroundUser[] users) =>
        await Task.WhenAll(users.Select(ClientAsync));

    private async Task<PlaygroundClient> OpenAsync(PlaygroundUser user)
    {
        var browser = this.browser ?? throw new InvalidOperationException(Chromium.MissingReason);
        var process = await PlaygroundProcess.StartAsync(Bot.MessagesEndpoint, ScenarioWorld.World, user);
        lock (processes)
        {
            processes.Add(process);
        }

        return await PlaygroundClient.OpenAsync(browser, process);
    }

    public override async Task DisposeAsync()
    {
        foreach (var client in clients.Values.Where(c => c.IsValueCreated && c.Value.IsCompletedSuccessfully))
        {
            await client.Value.Result.DisposeAsync();
        }

        foreach (var process in processes)
        {
            await process.DisposeAsync();
        }

        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        await base.DisposeAsync();
    }
}

/// <summary>The bot with <c>Bot__Language=sv</c>: everyone gets Swedish, although the Playground always sends en-US.</summary>
public sealed class SwedishPlaygroundTeam : PlaygroundTeamFixture
{
    protected override IReadOnlyDictionary<string, string?> BotEnvironment { get; } =
        new Dictionary<string, string?> { ["Bot__Language"] = "sv" };
}

/// <summary>The bot as deployed (no <c>Bot__Language</c>): it follows the locale Teams sends, which the Playground always says is en-US.</summary>
public sealed class FollowTeamsLanguagePlaygroundTeam : PlaygroundTeamFixture;

/// <summary>
/// The scenarios run one after another (each class with its own bot, storage and Playgrounds), so that on a
/// 2-core machine a handful of Playgrounds and one Chromium are alive at a time.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PlaygroundScenarios
{
    public const string Name = "Playground scenarios";
}
