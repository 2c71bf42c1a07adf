using Azure.Data.Tables;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Outbound;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Scheduling;
using BarnrattsResan.Bot.Summaries;
using BarnrattsResan.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BarnrattsResan.Bot.Tests.Storage;

/// <summary>
/// A stored round that cannot be read (bad JSON in a property, a state the code does not know) is never read as
/// something else: the person is told in their language, nothing is stored, the row is logged by table and keys
/// only, and background work on it is set aside instead of being retried for ever.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class UnreadableRowTests(AzuriteFixture azurite)
{
    private const int UnreadableRowEvent = 140;
    private const int UnreadableRowSetAsideEvent = 141;
    private const string Title = "Förankring på förskoleförvaltningen";

    [Fact]
    public async Task ACommandOnARoundWithBadJsonTellsThePersonAndLogsTheRowByItsKeysOnly()
    {
        var logs = new KeptLogs();
        await using var channel = await TeamChannel.OpenAsync(azurite);
        channel.App.TestServices = s => s.AddSingleton<ILoggerProvider>(logs);
        await channel.StartRoundAsync();
        var row = await CorruptAsync(channel, "Questions", "{\"not\": [json");

        var reply = Assert.Single(await channel.SayAsync(channel.Facilitator, "status"));

        Assert.Equal(Language.Swedish.Texts().StoredRoundUnreadable, reply.Text);
        var logged = Assert.Single(logs.Entries, e => e.EventId == UnreadableRowEvent);
        Assert.Contains("Rounds", logged.Message);
        Assert.Contains(row.PartitionKey, logged.Message);
        Assert.Contains(row.RowKey, logged.Message);
        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains(Title, StringComparison.Ordinal) || e.Message.Contains("[json", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Entries, e => e.EventId == 2);
    }

    [Fact]
    public async Task AnAnswerToARoundWithAnUnknownStateIsRefusedInTheCardInThePersonsLanguageAndNotStored()
    {
        var logs = new KeptLogs();
        await using var channel = await TeamChannel.OpenAsync(azurite);
        channel.App.TestServices = s => s.AddSingleton<ILoggerProvider>(logs);
        await channel.StartRoundAsync();
        var question = channel.QuestionCards()[0];
        await CorruptAsync(channel, "State", "Paused");
        channel.App.Time.Advance(TimeSpan.FromSeconds(3)); // past the instance's copy of the round (RoundCache.Ttl)

        var english = channel.Activities.WithLocale("en-US");
        var response = await channel.App.PostAsync(english.Click(channel.Anna, question, CardVerbs.SubmitAnswer, ("answer", "Ett svar")));

        Assert.True(response.IsSuccessStatusCode, $"The invoke answered {(int)response.StatusCode}.");
        var card = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!["value"]!.AsObject();
        Assert.Contains(Language.English.Texts().StoredRoundUnreadable, CardText.Of(card));
        Assert.Equal(0, await channel.StoredAnswerCountAsync());
        Assert.Single(logs.Entries, e => e.EventId == UnreadableRowEvent && e.Message.Contains("Rounds", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ANumberWhereTheStateNameBelongsIsNotReadAsSomeState()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync();
        await CorruptAsync(channel, "State", "1");

        var reply = Assert.Single(await channel.SayAsync(channel.Facilitator, "avsluta"));

        Assert.Equal(Language.Swedish.Texts().StoredRoundUnreadable, reply.Text);
        var round = await RoundRowAsync(channel);
        Assert.Equal("1", round.GetString("State"));
    }

    [Fact]
    public async Task ASummaryJobOfAnUnreadableRoundIsSetAsideAndNotTriedAgain()
    {
        var logs = new KeptLogs();
        await using var channel = await TeamChannel.OpenAsync(azurite);
        channel.App.TestServices = s => s.AddSingleton<ILoggerProvider>(logs);
        await channel.StartRoundAsync();
        await CorruptAsync(channel, "Mode", "Sometimes");
        channel.App.Time.Advance(TimeSpan.FromDays(8));
        var scheduler = channel.App.Services.GetRequiredService<SummaryScheduler>();

        Assert.Equal(0, await scheduler.RunDueAsync(CancellationToken.None));
        channel.App.Time.Advance(TimeSpan.FromDays(1)); // long past any lease
        Assert.Equal(0, await scheduler.RunDueAsync(CancellationToken.None));

        var tables = await channel.TablesAsync();
        var job = Assert.Single(await tables.Jobs.QueryAsync<TableEntity>(e => e.PartitionKey == SummaryJobEntity.DuePartition).ToListAsync());
        Assert.Equal(LeasedJobs.SetAsideOwner, job.GetString("LeaseOwner"));
        Assert.Equal(1, job.GetInt32("Attempts"));
        Assert.Single(logs.Entries, e => e.EventId == UnreadableRowSetAsideEvent);
        Assert.Equal("Sometimes", (await RoundRowAsync(channel)).GetString("Mode"));
    }

    [Fact]
    public async Task AnOutboxItemAboutAnUnreadableRoundIsSetAsideOnceAndNotSentOrRetried()
    {
        var logs = new KeptLogs();
        await using var channel = await TeamChannel.OpenAsync(azurite);
        channel.App.TestServices = s => s.AddSingleton<ILoggerProvider>(logs);
        await channel.StartRoundAsync();
        var row = await RoundRowAsync(channel);
        var round = (await channel.App.Services.GetRequiredService<RoundStore>().GetAsync(ConversationKey.FromStored(row.PartitionKey), row.RowKey, CancellationToken.None))!;
        await CorruptAsync(channel, "Posts", "[1, 2");
        var sentBefore = channel.Connector.Sent.Count;

        // The round's cards to publish (again): the worker reads the round when the item's turn comes.
        var publish = RoundOutboxItems.InThread(round, "publish-again|" + round.Id, "round.publish", new RoundPostArgs(round.ConversationKey.Value, round.Id, null), DeliveryPurpose.RoundCards);
        await channel.App.Services.GetRequiredService<Outbox>().EnqueueAsync(publish, CancellationToken.None);
        await channel.DeliverAsync();
        channel.App.Time.Advance(TimeSpan.FromHours(1));
        await channel.DeliverAsync();

        Assert.Equal(sentBefore, channel.Connector.Sent.Count);
        var tables = await channel.TablesAsync();
        var outbox = await tables.Outbox.QueryAsync<TableEntity>(e => e.GetString("RoundId") == row.RowKey).ToListAsync();
        Assert.DoesNotContain(outbox, e => e.RowKey.StartsWith(OutboxEntity.WaitingPrefix, StringComparison.Ordinal));
        Assert.Single(outbox, e => e.RowKey.StartsWith(OutboxEntity.SetAsidePrefix, StringComparison.Ordinal) && e.GetString("Handler") == "round.publish");
        Assert.Single(logs.Entries, e => e.EventId == UnreadableRowSetAsideEvent && e.Message.Contains("round.publish", StringComparison.Ordinal));
    }

    private static async Task<TableEntity> RoundRowAsync(TeamChannel channel)
    {
        var tables = await channel.TablesAsync();
        return Assert.Single(await tables.Rounds.QueryAsync<TableEntity>().ToListAsync());
    }

    /// <summary>Writes one property of the channel's round row as someone with access to the storage account could.</summary>
    private static async Task<TableEntity> CorruptAsync(TeamChannel channel, string property, string value)
    {
        var tables = await channel.TablesAsync();
        var row = await RoundRowAsync(channel);
        await tables.Rounds.UpdateEntityAsync(new TableEntity(row.PartitionKey, row.RowKey) { [property] = value }, row.ETag, TableUpdateMode.Merge);
        return row;
    }
}
