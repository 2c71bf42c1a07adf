using System.Net;
using Azure.Data.Tables;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Outbound;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Summaries;
using BarnrattsResan.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BarnrattsResan.Bot.Tests.Storage;

/// <summary>
/// The unreadable-row policy for the outbox's own rows, for answer rows and for a note offer met during Teams'
/// file consent invoke: never read as something else, logged by table and keys only, and the person told.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class UnreadableOutboxAndAnswerRowTests(AzuriteFixture azurite)
{
    private const int UnreadableRowEvent = 140;
    private const int UnreadableRowSetAsideEvent = 141;
    private const int UnreadableRowLeftOutEvent = 142;

    [Fact]
    public async Task AnOutboxItemWithAPurposeTheCodeDoesNotKnowIsSetAsideAsStoredAndTheItemBehindItIsSent()
    {
        var logs = new KeptLogs();
        await using var channel = await TeamChannel.OpenAsync(azurite);
        channel.App.TestServices = s => s.AddSingleton<ILoggerProvider>(logs);
        await channel.StartRoundAsync();
        var round = await StoredRoundAsync(channel);
        var outbox = channel.App.Services.GetRequiredService<Outbox>();
        var first = Notice(round, "first", "Det första meddelandet.");
        var second = Notice(round, "second", "Det andra meddelandet.");
        await outbox.EnqueueAsync([first, second], CancellationToken.None);
        var tables = await channel.TablesAsync();
        var stored = Assert.Single(await tables.Outbox.QueryAsync<TableEntity>(e => e.GetString("IdempotencyKey") == first.IdempotencyKey && e.RowKey.CompareTo("o|") >= 0 && e.RowKey.CompareTo("o}") < 0).ToListAsync());
        await tables.Outbox.UpdateEntityAsync(new TableEntity(stored.PartitionKey, stored.RowKey) { ["Purpose"] = "Telegram" }, stored.ETag, TableUpdateMode.Merge);

        await channel.DeliverAsync();

        Assert.DoesNotContain(channel.Connector.Sent, s => s.Text.Contains("Det första meddelandet.", StringComparison.Ordinal));
        Assert.Contains(channel.Connector.Sent, s => s.Text.Contains("Det andra meddelandet.", StringComparison.Ordinal));
        var rows = await tables.Outbox.QueryAsync<TableEntity>(e => e.GetString("IdempotencyKey") == first.IdempotencyKey).ToListAsync();
        Assert.DoesNotContain(rows, e => e.RowKey.StartsWith(OutboxEntity.WaitingPrefix, StringComparison.Ordinal));
        var aside = Assert.Single(rows, e => e.RowKey.StartsWith(OutboxEntity.SetAsidePrefix, StringComparison.Ordinal));
        Assert.Equal("Telegram", aside.GetString("Purpose"));
        var logged = Assert.Single(logs.Entries, e => e.EventId == UnreadableRowSetAsideEvent);
        Assert.Contains("Outbox", logged.Message);
        Assert.Contains(stored.RowKey, logged.Message);
        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains("Det första meddelandet.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ASummaryMeetingOneUnreadableAnswerIsDeliveredWithTheOthersAndSaysOneCouldNotBeRead()
    {
        var logs = new KeptLogs();
        await using var channel = await TeamChannel.OpenAsync(azurite);
        channel.App.TestServices = s => s.AddSingleton<ILoggerProvider>(logs);
        await channel.StartRoundAsync();
        var cards = channel.QuestionCards();
        await channel.AnswerAsync(channel.Anna, cards[0], "Barnen fick komma till tals.");
        await channel.AnswerAsync(channel.Erik, cards[0], "Vi har en checklista nu.");
        var tables = await channel.TablesAsync();
        var annas = Assert.Single(await tables.Answers.QueryAsync<TableEntity>().ToListAsync(), e => e.GetString("Text") == "Barnen fick komma till tals.");
        await tables.Answers.UpdateEntityAsync(new TableEntity(annas.PartitionKey, annas.RowKey) { ["AnsweredAt"] = "igår" }, annas.ETag, TableUpdateMode.Merge);

        await channel.SayAndDeliverAsync(channel.Facilitator, "sammanfatta");

        var summary = string.Join("\n", channel.Connector.Sent
            .Where(s => s.ConversationId == channel.Activities.ThreadConversationId && s.Text.Contains("Vi har en checklista nu.", StringComparison.Ordinal))
            .Select(s => s.Text));
        Assert.Contains(SummaryTexts.For(Language.Swedish).SummaryUnreadableAnswers(1), summary);
        Assert.DoesNotContain("Barnen fick komma till tals.", summary);
        var logged = Assert.Single(logs.Entries, e => e.EventId == UnreadableRowLeftOutEvent && e.Message.Contains("the summary", StringComparison.Ordinal));
        Assert.Contains("Answers", logged.Message);
        Assert.Contains(annas.RowKey, logged.Message);
        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains("Barnen fick", StringComparison.Ordinal) || e.Message.Contains("igår", StringComparison.Ordinal));
        Assert.Equal("igår", (await tables.Answers.GetEntityAsync<TableEntity>(annas.PartitionKey, annas.RowKey)).Value.GetString("AnsweredAt"));
    }

    [Fact]
    public async Task ACardWhoseOwnAnswerCannotBeReadTellsThePersonInsteadOfShowingItEmpty()
    {
        var logs = new KeptLogs();
        await using var channel = await TeamChannel.OpenAsync(azurite);
        channel.App.TestServices = s => s.AddSingleton<ILoggerProvider>(logs);
        await channel.StartRoundAsync();
        var question = channel.QuestionCards()[0];
        await channel.AnswerAsync(channel.Anna, question, "Barnen fick komma till tals.");
        var tables = await channel.TablesAsync();
        var annas = Assert.Single(await tables.Answers.QueryAsync<TableEntity>().ToListAsync());
        await tables.Answers.UpdateEntityAsync(new TableEntity(annas.PartitionKey, annas.RowKey) { ["Text"] = 42 }, annas.ETag, TableUpdateMode.Merge);

        // Teams refreshes the card for Anna (her own answer is shown in it).
        var response = await channel.App.PostAsync(channel.Activities.Click(channel.Anna, question, CardVerbs.RefreshQuestion));

        Assert.True(response.IsSuccessStatusCode, $"The invoke answered {(int)response.StatusCode}.");
        var card = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!["value"]!.AsObject();
        Assert.Contains(Language.Swedish.Texts().StoredRoundUnreadable, CardText.Of(card));
        var logged = Assert.Single(logs.Entries, e => e.EventId == UnreadableRowEvent);
        Assert.Contains("Answers", logged.Message);
        Assert.Contains(annas.RowKey, logged.Message);
        Assert.Equal(42, (await tables.Answers.GetEntityAsync<TableEntity>(annas.PartitionKey, annas.RowKey)).Value.GetInt32("Text"));
    }

    [Fact]
    public async Task DecliningANoteOfferThatCannotBeReadAnswersTheInvokeWithoutA500AndTellsTheLead()
    {
        var logs = new KeptLogs();
        await using var channel = await TeamChannel.OpenAsync(azurite);
        channel.App.TestServices = s => s.AddSingleton<ILoggerProvider>(logs);
        await channel.StartRoundAsync();
        await channel.AnswerAsync(channel.Anna, channel.QuestionCards()[0], "Barnen fick komma till tals.");
        await channel.SayAndDeliverAsync(channel.Facilitator, "sammanfatta");
        var leadChat = "a:1on1-" + channel.Lead.Id;
        var consent = Assert.Single(TeamsFileConsent.ConsentCards(channel.Connector, leadChat));
        var tables = await channel.TablesAsync();
        var offer = Assert.Single(await tables.NoteOffers.QueryAsync<TableEntity>().ToListAsync());
        await tables.NoteOffers.UpdateEntityAsync(new TableEntity(offer.PartitionKey, offer.RowKey) { ["State"] = "Shredded" }, offer.ETag, TableUpdateMode.Merge);
        var sentBefore = channel.Connector.Sent.Count;

        var response = await channel.App.PostAsync(TeamsFileConsent.Decline(channel.Activities, channel.Lead, consent));

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"The invoke answered {(int)response.StatusCode}.");
        var told = Assert.Single(channel.Connector.Sent.Skip(sentBefore));
        Assert.Equal(leadChat, told.ConversationId);
        Assert.Contains(Language.Swedish.Texts().StoredRoundUnreadable, told.Text);
        var logged = Assert.Single(logs.Entries, e => e.EventId == UnreadableRowEvent);
        Assert.Contains("NoteOffers", logged.Message);
        Assert.Equal("Shredded", (await tables.NoteOffers.GetEntityAsync<TableEntity>(offer.PartitionKey, offer.RowKey)).Value.GetString("State"));
    }

    private static async Task<Round> StoredRoundAsync(TeamChannel channel)
    {
        var tables = await channel.TablesAsync();
        var row = Assert.Single(await tables.Rounds.QueryAsync<TableEntity>().ToListAsync());
        return (await channel.App.Services.GetRequiredService<RoundStore>().GetAsync(ConversationKey.FromStored(row.PartitionKey), row.RowKey, CancellationToken.None))!;
    }

    private static OutboxItem Notice(Round round, string key, string text) =>
        RoundOutboxItems.InThread(round, $"{key}|{round.Id}", "none", new { }, DeliveryPurpose.Notice) with
        {
            Handler = null,
            Args = null,
            Send = OutboundSend.Post(round.Thread, NoticeCard.Create(text)),
        };
}
