using System.Security.Cryptography;
using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Privacy;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Storage;
using BarnrattsResan.Bot.Summaries;
using BarnrattsResan.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace BarnrattsResan.Bot.Tests.Privacy;

/// <summary>An anonymous round stays anonymous to someone who reads the storage account, not only to the colleagues in the channel.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class AnonymityTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ReadingTheTablesOfAnAnonymousRoundRevealsNoColleaguesIdOrName()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync(("anonymous", "true"));
        var questions = channel.QuestionCards();
        await channel.AnswerAsync(channel.Anna, questions[0], "Annas anonyma svar");
        await channel.AnswerAsync(channel.Erik, questions[0], "Eriks anonyma svar");
        await channel.AnswerAsync(channel.Erik, questions[1], "Eriks andra svar");

        var everything = await StoredRows.DumpAsync(await channel.TablesAsync());

        Assert.Contains("Annas anonyma svar", everything); // the dump does show what is stored
        foreach (var colleague in new[] { channel.Anna, channel.Erik, channel.Sara })
        {
            Assert.DoesNotContain(colleague.Id, everything, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(colleague.AadObjectId, everything, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(colleague.Name, everything, StringComparison.OrdinalIgnoreCase);
        }

        // No member list to refresh the cards for: Teams refreshes them when someone presses "Uppdatera".
        Assert.All(channel.QuestionCards(), card => Assert.Null(card["refresh"]!["userIds"]));
        Assert.All(channel.QuestionCards(), card => Assert.Contains(CardText.ActionTitles(card), title => title.StartsWith("Uppdatera", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AParticipantKeyCannotBeRecomputedFromTheTablesWithoutTheSecret()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync(("anonymous", "true"));
        await channel.AnswerAsync(channel.Anna, channel.QuestionCards()[0], "Ett svar");
        var tables = await channel.TablesAsync();
        var round = Assert.Single(await tables.Rounds.QueryAsync<TableEntity>().ToListAsync());
        var stored = Assert.Single(await tables.Answers.QueryAsync<TableEntity>(e => e.RowKey.CompareTo("a|") >= 0 && e.RowKey.CompareTo("a}") < 0).ToListAsync()).GetString("ParticipantKey");
        var (roundId, salt, annasId) = (round.RowKey, round.GetString("AnonymitySalt"), channel.Anna.AadObjectId);
        Assert.False(string.IsNullOrEmpty(salt));

        // What a reader of the tables could try: the salt and Anna's id, without the secret…
        var saltOnly = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(salt), Encoding.UTF8.GetBytes(annasId)).AsSpan(0, 16));
        var guessedSecret = ParticipantKeys.Compute(RandomNumberGenerator.GetBytes(32), roundId, salt, annasId);
        Assert.NotEqual(saltOnly, stored);
        Assert.NotEqual(guessedSecret, stored);

        // …while the bot, which holds the secret, finds Anna's answer.
        Assert.Equal(ParticipantKeys.Compute(Convert.FromBase64String(PrivacyOptions.DevelopmentKey), roundId, salt, annasId), stored);
    }

    [Fact]
    public async Task AnonymousAnswersKeepOnlyTheDateWhileNamedAnswersKeepTheTime()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync(("anonymous", "true"));
        var question = channel.QuestionCards()[0];
        channel.App.Time.Advance(new TimeSpan(0, 3, 17, 12, 345));
        var card = await channel.AnswerAsync(channel.Anna, question, "Första versionen");
        Assert.Contains("Sparat 25 november.", CardText.Of(card));
        channel.App.Time.Advance(TimeSpan.FromHours(14)); // past midnight in Stockholm: 26 November
        await channel.AnswerAsync(channel.Anna, question, "Ändrad nästa dag");

        var answer = Assert.Single(await (await channel.TablesAsync()).Answers.QueryAsync<AnswerEntity>(e => e.RowKey.CompareTo("a|") >= 0 && e.RowKey.CompareTo("a}") < 0).ToListAsync());
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero), answer.AnsweredAt);
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero), answer.UpdatedAt);

        await using var named = await TeamChannel.OpenAsync(azurite);
        await named.StartRoundAsync();
        named.App.Time.Advance(new TimeSpan(0, 3, 17, 12, 345));
        var answeredAt = named.App.Time.GetUtcNow();
        await named.AnswerAsync(named.Anna, named.QuestionCards()[0], "Med namn");
        var namedAnswer = Assert.Single(await (await named.TablesAsync()).Answers.QueryAsync<AnswerEntity>(e => e.RowKey.CompareTo("a|") >= 0 && e.RowKey.CompareTo("a}") < 0).ToListAsync());
        Assert.Equal(answeredAt, namedAnswer.AnsweredAt);
    }

    [Fact]
    public void TheSummaryOrderOfAnonymousAnswersDoesNotFollowWhenTheyCame()
    {
        var round = SampleRounds.Create(anonymous: true) with { Id = "0123456789abcdef0123456789abcdef", AnonymitySalt = "a-fixed-salt-for-this-test" };
        var keys = new ParticipantKeys(Encoding.UTF8.GetBytes("a fixed secret of thirty-two bytes or more, for this test"));
        var people = Enumerable.Range(1, 8).Select(i => keys.For(round, $"person-{i}")).ToArray();
        var (first, second) = (round.Questions[0].Id, round.Questions[1].Id);
        IReadOnlyList<Answer> Arriving(IEnumerable<string> order) =>
            order.SelectMany((key, minute) => new[]
            {
                new Answer(first, key, "Svar från " + key, null, TeamChannel.Start.AddMinutes(minute), TeamChannel.Start.AddMinutes(minute)),
                new Answer(second, key, "Svar från " + key, null, TeamChannel.Start.AddMinutes(minute), TeamChannel.Start.AddMinutes(minute)),
            }).ToArray();

        string[] Shown(IReadOnlyList<Answer> answers, string questionId) =>
            BarnrattsResan.Bot.Summaries.SummaryCompiler.Compile(round, answers, TeamChannel.Start).Questions.Single(q => q.Question.Id == questionId).Answers.Select(a => a.ParticipantKey).ToArray();

        var inOrder = Shown(Arriving(people), first);
        var reversed = Shown(Arriving(people.Reverse()), first);
        var shuffled = Shown(Arriving(new[] { 3, 7, 0, 5, 1, 6, 2, 4 }.Select(i => people[i])), first);

        Assert.Equal(inOrder, reversed);
        Assert.Equal(inOrder, shuffled);
        Assert.NotEqual(people, inOrder);
        Assert.NotEqual(inOrder, Shown(Arriving(people), second)); // one person is not at the same place under every question
    }

    [Fact]
    public async Task ReopeningAfterTheSummarySealedTheRoundIsRefusedWithTheReasonEvenIfDeliveryFailed()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync(("anonymous", "true"));
        await channel.AnswerAsync(channel.Anna, channel.QuestionCards()[0], "Ett anonymt svar");
        channel.App.Time.Advance(TimeSpan.FromDays(8));

        // Teams is down when the summary falls due: the summary waits in the outbox, but the round is closed and sealed.
        channel.Connector.Refuse = _ => true;
        Assert.Equal(1, await channel.App.Services.GetRequiredService<SummaryScheduler>().RunDueAsync(CancellationToken.None));
        await channel.RunClockUntilAsync(() => channel.Connector.Requests.Any(r => r.Status == 503));
        Assert.DoesNotContain(channel.Connector.Sent, s => s.Text.Contains(Texts.For(Language.Swedish).Summaries.SummaryTitle(string.Empty)));
        channel.Connector.Refuse = null;

        var refused = Assert.Single(await channel.SayAsync(channel.Facilitator, "öppna"), s => s.Kind != "update");
        Assert.Contains(Texts.For(Language.Swedish).Rounds.Refusal(RoundRefusal.AnonymousSealed), refused.Text);
        var round = Assert.Single(await (await channel.TablesAsync()).Rounds.QueryAsync<TableEntity>().ToListAsync());
        Assert.Equal("Closed", round.GetString("State"));
        Assert.Equal(string.Empty, round.GetString("AnonymitySalt"));
    }

    [Fact]
    public async Task ClosingForTheSummaryAndSealingAreOneSavedChangeThatAReopenCannotComeBetween()
    {
        var recorder = new WriteRecorder();
        var options = new TableClientOptions();
        options.AddPolicy(recorder, HttpPipelinePosition.PerCall);
        var tables = new Tables(new TableServiceClient(azurite.ConnectionString, options), new TableNames(TestTables.NewPrefix()));
        foreach (var table in tables.All) await table.CreateIfNotExistsAsync();
        var store = new RoundStore(tables, NullLogger<RoundStore>.Instance);
        var round = SampleRounds.Create(anonymous: true);
        await store.TryAddAsync(round, CancellationToken.None);
        recorder.Clear();

        var closed = await store.ChangeAsync(round.ConversationKey, round.Id, r => r.CloseForSummary(TeamChannel.Start), CancellationToken.None);

        var write = Assert.Single(recorder.Writes);
        Assert.Contains("\"State\":\"Closed\"", write, StringComparison.Ordinal);
        Assert.Contains("\"AnonymitySalt\":\"\"", write, StringComparison.Ordinal);
        Assert.True(closed.Changed);
        var reopen = await store.ChangeAsync(round.ConversationKey, round.Id, r => r.Reopen(), CancellationToken.None);
        Assert.False(reopen.Changed);
        Assert.Equal(RoundRefusal.AnonymousSealed, reopen.Refusal);
    }

    /// <summary>The bodies of the writes (PUT, MERGE, batches) sent to the storage service.</summary>
    private sealed class WriteRecorder : HttpPipelineSynchronousPolicy
    {
        private readonly List<string> writes = [];

        public IReadOnlyList<string> Writes
        {
            get { lock (writes) return writes.ToArray(); }
        }

        public void Clear()
        {
            lock (writes) writes.Clear();
        }

        public override void OnSendingRequest(HttpMessage message)
        {
            if (message.Request.Method == RequestMethod.Get || message.Request.Content is null)
            {
                return;
            }

            using var body = new MemoryStream();
            message.Request.Content.WriteTo(body, CancellationToken.None);
            lock (writes) writes.Add(Encoding.UTF8.GetString(body.ToArray()));
        }
    }
}
