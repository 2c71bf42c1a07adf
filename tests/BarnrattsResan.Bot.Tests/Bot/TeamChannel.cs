using System.Text.Json.Nodes;
using Azure.Data.Tables;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Storage;
using BarnrattsResan.Bot.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace BarnrattsResan.Bot.Tests.Bot;

/// <summary>
/// A simulated team channel: the bot app, the connector stand-in, a facilitator and colleagues. Helpers do what
/// a person does in Teams (mention the bot, fill in and click cards) and read what they would see.
/// </summary>
public sealed class TeamChannel : IAsyncDisposable
{
    private readonly AzuriteFixture azurite;

    private TeamChannel(AzuriteFixture azurite, ConnectorStandIn connector, FakeTimeProvider time, string? tablePrefix, bool scheduler)
    {
        this.azurite = azurite;
        Connector = connector;
        App = new BotApp(azurite, time, tablePrefix, scheduler);
        var tenant = Guid.NewGuid().ToString();
        var channel = $"19:{Guid.NewGuid():N}@thread.tacv2";
        Activities = new TeamsActivities(connector.ServiceUrl, tenant, channel, channel, "1700000000001");
        Facilitator = TestUser.Create("Maria Lind");
        Anna = TestUser.Create("Anna Åberg");
        Erik = TestUser.Create("Erik Öst");
        Sara = TestUser.Create("Sara Ek");
        Lead = TestUser.Create("Karin Processledare");
        foreach (var user in new[] { Facilitator, Anna, Erik, Sara, Lead })
        {
            connector.AddMember(user.Id, user.AadObjectId, user.Name);
        }
    }

    public static readonly DateTimeOffset Start = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    public BotApp App { get; private set; }

    public ConnectorStandIn Connector { get; }

    public TeamsActivities Activities { get; }

    public TestUser Facilitator { get; }

    public TestUser Anna { get; }

    public TestUser Erik { get; }

    public TestUser Sara { get; }

    public TestUser Lead { get; }

    public static async Task<TeamChannel> OpenAsync(AzuriteFixture azurite, bool scheduler = false)
    {
        var connector = await ConnectorStandIn.StartAsync();
        return new TeamChannel(azurite, connector, new FakeTimeProvider(Start), null, scheduler);
    }

    /// <summary>Stops this bot instance and starts a new one on the same storage: nothing may live only in memory.</summary>
    public async Task RestartAsync(bool scheduler = false)
    {
        var time = App.Time;
        var prefix = App.TablePrefix;
        await App.DisposeAsync();
        App = new BotApp(azurite, time, prefix, scheduler);
        _ = App.Server;
    }

    /// <summary>The facilitator mentions the bot with a command; returns the cards the bot replied with.</summary>
    public async Task<IReadOnlyList<SentActivity>> SayAsync(TestUser from, string command, TeamsActivities? activities = null)
    {
        var before = Connector.Sent.Count;
        var response = await App.PostAsync((activities ?? Activities).Mention(from, command));
        Assert.True(response.IsSuccessStatusCode, $"The bot answered {(int)response.StatusCode} to '{command}'.");
        return Connector.Sent.Skip(before).ToArray();
    }

    public async Task<JsonObject> SetupCardAsync(TeamsActivities? where = null)
    {
        var replies = await SayAsync(Facilitator, "starta", where);
        return Assert.Single(replies).Card!;
    }

    /// <summary>Fills in the setup card and starts the round; returns the confirmation card the facilitator sees.</summary>
    public Task<JsonObject> StartRoundAsync(params (string Id, string Value)[] inputs) => StartRoundInAsync(Activities, inputs);

    /// <summary>Starts a round in another thread or channel (the setup written there, so the round's thread is there).</summary>
    public async Task<JsonObject> StartRoundInAsync(TeamsActivities where, params (string Id, string Value)[] inputs)
    {
        var setup = await SetupCardAsync(where);
        var values = new Dictionary<string, string>
        {
            ["title"] = "Förankring på förskoleförvaltningen",
            ["sets"] = "presentera-resultatet,utvardera-barnrattsarbetet",
            ["meetingDate"] = "2026-12-03",
            ["meetingTime"] = "13:00",
            ["leads"] = Lead.AadObjectId,
            ["anonymous"] = "false",
            ["showOthers"] = "false",
            ["mode"] = "all",
        };
        foreach (var (id, value) in inputs) values[id] = value;
        return await App.InvokeAsync(where.Click(Facilitator, setup, CardVerbs.CreateRound, values.Select(kv => (kv.Key, kv.Value)).ToArray()));
    }

    /// <summary>The shared question cards the bot posted in the thread (by default this channel's first), latest version of each.</summary>
    public IReadOnlyList<JsonObject> QuestionCards(TeamsActivities? thread = null) =>
        Connector.Sent
            .Where(s => s.ConversationId == (thread ?? Activities).ThreadConversationId && s.Card is { } c && CardText.Action(c, CardVerbs.RefreshQuestion) is not null)
            .Where(s => s.Kind != "update")
            .Select(s => Connector.Sent.LastOrDefault(u => u.Kind == "update" && u.ActivityId == s.ActivityId)?.Card ?? s.Card!)
            .ToArray();

    public Task<JsonObject> AnswerAsync(TestUser who, JsonObject questionCard, string answer, TeamsActivities? thread = null) =>
        App.InvokeAsync((thread ?? Activities).Click(who, questionCard, CardVerbs.SubmitAnswer, ("answer", answer)));

    public Task<Tables> TablesAsync() => TestTables.CreateAsync(azurite, App.TablePrefix);

    /// <summary>How many answers the Answers table holds for every round of this channel (counters excluded).</summary>
    public async Task<int> StoredAnswerCountAsync()
    {
        var tables = await TablesAsync();
        var rows = await tables.Answers.QueryAsync<TableEntity>(e => e.RowKey.CompareTo("a|") >= 0 && e.RowKey.CompareTo("a}") < 0).ToListAsync();
        return rows.Count;
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
