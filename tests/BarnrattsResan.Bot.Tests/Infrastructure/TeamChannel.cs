using System.Text.Json.Nodes;
using Azure.Data.Tables;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Storage;
using Microsoft.Extensions.Time.Testing;

namespace BarnrattsResan.Bot.Tests.Infrastructure;

/// <summary>
/// A simulated team channel: the bot app, the connector stand-in, a facilitator and colleagues. Helpers do what
/// a person does in Teams (mention the bot, fill in and click cards) and read what they would see.
/// </summary>
internal sealed class TeamChannel : IAsyncDisposable
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

    public static async Task<TeamChannel> OpenAsync(AzuriteFixture azurite, bool scheduler = false, bool teamsLimits = true)
    {
        var connector = await ConnectorStandIn.StartAsync();
        var time = new FakeTimeProvider(Start);
        connector.Clock = time;
        connector.EnforceRateLimits = teamsLimits;
        return new TeamChannel(azurite, connector, time, null, scheduler);
    }

    /// <summary>
    /// Lets the bot's outbox deliver everything it has, moving the test clock on while the worker waits (Teams' rate
    /// windows, Retry-After, backoff, the 2-second coalescing of counts): until no lane has work left.
    /// </summary>
    public Task DeliverAsync(TimeSpan? realTimeout = null) => DeliverUntilAsync(() => true, realTimeout);

    /// <summary>Moves the test clock on, as the outbox worker waits, until <paramref name="condition"/> holds.</summary>
    public async Task RunClockUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The condition was not met within 30 seconds.");
            App.Time.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Delay(5);
        }
    }

    /// <summary>As <see cref="DeliverAsync"/>, and until <paramref name="condition"/> holds (for work a scheduler enqueues).</summary>
    public async Task DeliverUntilAsync(Func<bool> condition, TimeSpan? realTimeout = null)
    {
        var tables = await TablesAsync();
        var deadline = DateTime.UtcNow + (realTimeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var lanes = await tables.Outbox.QueryAsync<TableEntity>(e => e.PartitionKey == "lanes").ToListAsync();
            if (lanes.Count == 0 && condition()) return;
            if (DateTime.UtcNow > deadline)
            {
                var waiting = await tables.Outbox.QueryAsync<TableEntity>(e => e.RowKey.CompareTo("o|") >= 0 && e.RowKey.CompareTo("o}") < 0).ToListAsync();
                var state = string.Join("; ", lanes.Select(l => $"next {l.GetDateTimeOffset("NextAt"):o}, lease {l.GetString("LeaseOwner")} until {l.GetDateTimeOffset("LeaseUntil"):o}"));
                throw new TimeoutException($"At {App.Time.GetUtcNow():o} the outbox still had {lanes.Count} lanes ({state}) and {waiting.Count} items waiting, or the condition was not met; the stand-in accepted {Connector.Sent.Count} activities.");
            }

            App.Time.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Delay(5);
        }
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

    /// <summary>Someone mentions the bot with a command; returns the cards the bot replied with (what follows from the outbox is delivered before this returns).</summary>
    public async Task<IReadOnlyList<SentActivity>> SayAsync(TestUser from, string command, TeamsActivities? activities = null)
    {
        var before = Connector.Sent.Count;
        var mention = (activities ?? Activities).Mention(from, command);
        var posting = App.PostAsync(mention);
        while (!posting.IsCompleted)
        {
            // A reply that meets Teams' limits waits for Retry-After on the test clock.
            await Task.WhenAny(posting, Task.Delay(20));
            if (!posting.IsCompleted) App.Time.Advance(TimeSpan.FromMilliseconds(200));
        }

        var response = await posting;
        Assert.True(response.IsSuccessStatusCode, $"The bot answered {(int)response.StatusCode} to '{command}'.");
        await DeliverAsync();
        var id = mention["id"]?.GetValue<string>();
        return Connector.Sent.Skip(before).Where(s => s.Activity["replyToId"]?.GetValue<string>() == id).ToArray();
    }

    /// <summary>Someone mentions the bot with a command; returns everything the bot sent because of it: replies and what followed from the outbox.</summary>
    public async Task<IReadOnlyList<SentActivity>> SayAndDeliverAsync(TestUser from, string command)
    {
        var before = Connector.Sent.Count;
        await SayAsync(from, command);
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
        var confirmation = await App.InvokeAsync(where.Click(Facilitator, setup, CardVerbs.CreateRound, values.Select(kv => (kv.Key, kv.Value)).ToArray()));
        await DeliverAsync();
        return confirmation;
    }

    /// <summary>The shared question cards the bot posted in the thread (by default this channel's first), latest version of each.</summary>
    public IReadOnlyList<JsonObject> QuestionCards(TeamsActivities? thread = null) =>
        Connector.Sent
            .Where(s => s.ConversationId == (thread ?? Activities).ThreadConversationId && s.Card is { } c && CardText.Action(c, CardVerbs.RefreshQuestion) is not null)
            .Where(s => s.Kind != "update")
            .Select(s => Connector.Sent.LastOrDefault(u => u.Kind == "update" && u.ActivityId == s.ActivityId)?.Card ?? s.Card!)
            .ToArray();

    /// <summary>A colleague answers in a question card; the shared card's count follows from the outbox before this returns.</summary>
    public async Task<JsonObject> AnswerAsync(TestUser who, JsonObject questionCard, string answer, TeamsActivities? thread = null)
    {
        var card = await App.InvokeAsync((thread ?? Activities).Click(who, questionCard, CardVerbs.SubmitAnswer, ("answer", answer)));
        await DeliverAsync();
        return card;
    }

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
