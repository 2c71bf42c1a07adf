using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Azure.Data.Tables;
using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Summaries;
using BarnrattsResan.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BarnrattsResan.Bot.Tests.Outbound;

/// <summary>
/// Everything the bot sends reaches Teams exactly once, within Teams' limits, without keeping anyone waiting —
/// proven against the Teams-faithful connector stand-in (rate limits with 429 and Retry-After, 413 by UTF-16 size,
/// 403 for blocked conversations), the real adapter over HTTP and real Azurite.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class DeliveryWithinTeamsLimitsTests(AzuriteFixture azurite)
{
    private static readonly string TenOwnQuestions = string.Join("\n", Enumerable.Range(1, 10).Select(i => $"Egen fråga {i}: vad tar vi med oss?"));

    [Fact]
    public async Task ARoundWithEveryQuestionSetAndTenOwnQuestionsIsPublishedCompletelyInOrderOnceAndTheClickIsAnsweredAtOnce()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        var setup = await channel.SetupCardAsync();
        var before = channel.Connector.Sent.Count;

        var clock = Stopwatch.StartNew();
        var confirmation = await channel.App.InvokeAsync(channel.Activities.Click(channel.Facilitator, setup, CardVerbs.CreateRound,
            ("title", "Alla frågor"), ("sets", "presentera-resultatet,utvardera-barnrattsarbetet"), ("ownQuestions", TenOwnQuestions),
            ("meetingDate", "2026-12-03"), ("meetingTime", "13:00"), ("leads", channel.Lead.AadObjectId), ("mode", "all")));
        clock.Stop();

        Assert.Contains("är startad", CardText.Of(confirmation));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"The facilitator waited {clock.Elapsed.TotalSeconds:F2} s.");

        await channel.DeliverAsync();
        var posts = channel.Connector.Sent.Skip(before).Where(s => s.ConversationId == channel.Activities.ThreadConversationId && s.Kind != "update").ToArray();
        Assert.Equal(17, posts.Length);
        Assert.Contains("Nu är det dags att förankra resultatet", posts[0].Text);
        var numbers = posts.Skip(1).Select(p => int.Parse(Regex.Match(p.Text, @"Fråga (\d+) av 16").Groups[1].Value, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(Enumerable.Range(1, 16), numbers);
        AssertWithinThreadLimits(channel.Connector, channel.Activities.ThreadConversationId);
        Assert.DoesNotContain(channel.Connector.Requests, r => r.Status == 429);
    }

    [Fact]
    public async Task SixtyColleaguesAnsweringInTenSecondsAreAllSavedAndTheSharedCountIsCoalescedAndEndsExact()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync();
        var question = channel.QuestionCards()[0];
        var messageId = channel.Connector.Sent.First(s => s.Kind != "update" && s.Card is { } c && CardText.Of(c).Contains("Fråga 1 av 6")).ActivityId;
        var colleagues = Enumerable.Range(1, 60).Select(i => TestUser.Create($"Kollega {i}")).ToArray();

        // Sixty answers within ten seconds, several at a time, while the worker updates the shared card.
        var pump = PumpAsync(channel, TimeSpan.FromSeconds(12));
        await Parallel.ForEachAsync(colleagues, new ParallelOptions { MaxDegreeOfParallelism = 6 }, async (colleague, _) =>
        {
            var card = await channel.App.InvokeAsync(channel.Activities.Click(colleague, question, CardVerbs.SubmitAnswer, ("answer", $"Svar från {colleague.Name}")));
            Assert.Contains("Ditt sparade svar", CardText.Of(card));
        });
        await pump;
        await channel.DeliverAsync();

        Assert.Equal(60, await channel.StoredAnswerCountAsync());
        var updates = channel.Connector.Sent.Where(s => s.Kind == "update" && s.ActivityId == messageId).ToArray();
        Assert.NotEmpty(updates);
        Assert.True(updates.Length <= 8, $"{updates.Length} updates of the shared card for 60 answers in ten seconds.");
        foreach (var (earlier, later) in updates.Zip(updates.Skip(1)))
        {
            Assert.True(later.At - earlier.At >= TimeSpan.FromSeconds(2), $"Two updates {(later.At - earlier.At).TotalSeconds:F1} s apart.");
        }

        Assert.Contains("60 personer har svarat", updates[^1].Text);
    }

    [Fact]
    public async Task ASummaryOfSixQuestionsTimesTwoThousandLongAnswersReachesTheThreadAndEveryLeadOnceInMessagesWithinEightyKilobytes()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync(("leads", $"{channel.Lead.AadObjectId},{channel.Erik.AadObjectId}"));
        var tables = await channel.TablesAsync();
        var round = Assert.Single(await tables.Rounds.QueryAsync<TableEntity>().ToListAsync());
        var questions = channel.QuestionCards().Select((_, i) => i).ToArray();
        Assert.Equal(6, questions.Length);
        await SeedAnswersAsync(tables.Answers, round.RowKey, perQuestion: 2000);

        channel.Connector.ThrottleEveryNth = 9; // other bots in the thread use up part of its budget
        channel.App.Time.Advance(TimeSpan.FromDays(8));
        Assert.Equal(1, await channel.App.Services.GetRequiredService<SummaryScheduler>().RunDueAsync(CancellationToken.None));
        await channel.DeliverAsync(TimeSpan.FromMinutes(3));

        var thread = SummaryParts(channel.Connector, channel.Activities.ThreadConversationId);
        var lead = SummaryParts(channel.Connector, "a:1on1-" + channel.Lead.Id);
        var erik = SummaryParts(channel.Connector, "a:1on1-" + channel.Erik.Id);
        Assert.True(thread.Count > 20, $"Only {thread.Count} parts.");
        Assert.Equal(thread.Count, lead.Count);
        Assert.Equal(thread.Count, erik.Count);
        foreach (var parts in new[] { thread, lead, erik })
        {
            Assert.Equal(Enumerable.Range(1, parts.Count), parts.Select(p => p.Part).Order());
            Assert.All(parts, p => Assert.True(p.Sent.Utf16Bytes <= MessageSize.MaxBytes, $"A message of {p.Sent.Utf16Bytes} bytes (UTF-16)."));
        }

        var all = string.Join("\n", thread.Select(p => p.Sent.Text));
        Assert.Equal(12000, Regex.Matches(all, @"Svar (\d{5}) ").Select(m => m.Groups[1].Value).Distinct().Count());
        Assert.Contains(channel.Connector.Requests, r => r.Status == 429);
        Assert.DoesNotContain(channel.Connector.Requests, r => r.Status == 413);
        AssertWithinThreadLimits(channel.Connector, channel.Activities.ThreadConversationId);
    }

    [Fact]
    public async Task FiftySummariesToThreadsThatRefuseTheBotDoNotDelayAHealthyOneAndAreSetAsideAndReported()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        var failing = new List<string>();
        for (var i = 0; i < 51; i++)
        {
            var thread = channel.Activities.InThread((1700000001000 + i).ToString(CultureInfo.InvariantCulture));
            var setup = Assert.Single(await channel.SayAsync(channel.Facilitator, "starta", thread)).Card!;
            await channel.App.InvokeAsync(thread.Click(channel.Facilitator, setup, CardVerbs.CreateRound,
                ("title", $"Runda {i}"), ("sets", "presentera-resultatet"), ("meetingDate", "2026-12-03"), ("meetingTime", "13:00"), ("mode", "all")));
            if (i < 50) failing.Add(thread.ThreadConversationId);
        }

        var healthy = channel.Activities.InThread("1700000001050").ThreadConversationId;
        await channel.DeliverAsync();
        channel.Connector.Blocked = id => failing.Contains(id);
        var due = channel.App.Time.GetUtcNow() + TimeSpan.FromDays(8);
        channel.App.Time.SetUtcNow(due);

        Assert.Equal(51, await channel.App.Services.GetRequiredService<SummaryScheduler>().RunDueAsync(CancellationToken.None));
        await channel.DeliverAsync();

        var summary = Assert.Single(channel.Connector.Sent, s => s.ConversationId == healthy && s.Text.Contains("Sammanfattning: Runda 50"));
        // Compiled no earlier than the grace after closing (answers another instance took may be on their way), and not
        // held up by the failing ones.
        Assert.True(summary.At - due >= RoundCache.SummaryGrace, $"The healthy summary went out {(summary.At - due).TotalSeconds:F0} s after it fell due.");
        Assert.True(summary.At - due < RoundCache.SummaryGrace + TimeSpan.FromSeconds(10), $"The healthy summary went out {(summary.At - due).TotalSeconds:F0} s after it fell due.");
        Assert.DoesNotContain(channel.Connector.Sent, s => failing.Contains(s.ConversationId) && s.Text.Contains("Sammanfattning:"));
        var tables = await channel.TablesAsync();
        var setAside = await tables.Outbox.QueryAsync<TableEntity>(e => e.RowKey.CompareTo("x|") >= 0 && e.RowKey.CompareTo("x}") < 0).ToListAsync();
        Assert.Equal(50, setAside.Count(e => e.GetString("Purpose") == "SummaryInThread"));
        var notices = channel.Connector.Sent.Where(s => s.ConversationId == "a:1on1-" + channel.Facilitator.Id && s.Text.Contains("kunde inte postas i rundans tråd")).ToArray();
        Assert.Equal(50, notices.Length);
        Assert.Equal(50, notices.Select(n => Regex.Match(n.Text, "Runda \\d+").Value).Distinct().Count());
        Assert.Empty(await tables.Outbox.QueryAsync<TableEntity>(e => e.RowKey.CompareTo("o|") >= 0 && e.RowKey.CompareTo("o}") < 0).ToListAsync());
    }

    [Fact]
    public async Task TwoInstancesDrainingOneOutboxSendEverythingOnceAndWhenOneIsKilledMidSendTheOtherFinishes()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await using var second = new BotApp(azurite, channel.App.Time, channel.App.TablePrefix);
        _ = second.Server;
        var setup = await channel.SetupCardAsync();
        var before = channel.Connector.Sent.Count;
        channel.Connector.Delay = TimeSpan.FromMilliseconds(150);

        await channel.App.InvokeAsync(channel.Activities.Click(channel.Facilitator, setup, CardVerbs.CreateRound,
            ("title", "Två instanser"), ("sets", "presentera-resultatet,utvardera-barnrattsarbetet"), ("ownQuestions", TenOwnQuestions),
            ("meetingDate", "2026-12-03"), ("meetingTime", "13:00"), ("mode", "all")));

        // Kill the instance that took the click once a few cards are out; the other takes the lane over when the lease ends.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (channel.Connector.Sent.Skip(before).Count(s => s.ConversationId == channel.Activities.ThreadConversationId) < 3 && DateTime.UtcNow < deadline)
        {
            // The clock stands still while the stand-in answers (150 ms of real time): on a loaded machine a send would
            // otherwise take seconds of the bot's clock and run into the lease, which no real send comes near.
            if (!channel.Connector.Answering) channel.App.Time.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Delay(10);
        }

        await channel.App.DisposeAsync();
        channel.Connector.Delay = TimeSpan.Zero;
        await channel.DeliverAsync();

        var posts = channel.Connector.Sent.Skip(before).Where(s => s.ConversationId == channel.Activities.ThreadConversationId && s.Kind != "update").ToArray();
        Assert.Equal(17, posts.Length);
        Assert.Equal(17, posts.Select(p => Regex.Match(p.Text, @"Fråga \d+ av 16|Nu är det dags").Value).Distinct().Count());
    }

    private static async Task PumpAsync(TeamChannel channel, TimeSpan fakeDuration)
    {
        var steps = (int)(fakeDuration / TimeSpan.FromMilliseconds(100));
        for (var i = 0; i < steps; i++)
        {
            channel.App.Time.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Delay(10);
        }
    }

    private static async Task SeedAnswersAsync(TableClient answers, string roundId, int perQuestion)
    {
        var questionIds = new[] { "uppnadda-mal", "ej-anda-fram", "aktiviteter-bidragit", "styrkor-utmaningar", "forandringar-processen", "systematiskt-barnrattsarbete" };
        var at = new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);
        var entities = questionIds.SelectMany((q, qi) => Enumerable.Range(0, perQuestion).Select(i => new AnswerEntity
        {
            PartitionKey = roundId,
            RowKey = AnswerEntity.AnswerRowKey(q, $"p{i:D5}"),
            QuestionId = q,
            ParticipantKey = $"p{i:D5}",
            Text = $"Svar {(qi * perQuestion) + i:D5} " + string.Concat(Enumerable.Repeat("Vi har arbetat med barnets bästa i våra beslut. ", 6)),
            AuthorName = $"Kollega {i:D5}",
            AnsweredAt = at.AddSeconds(i),
            UpdatedAt = at.AddSeconds(i),
        }));
        foreach (var batch in entities.Chunk(100))
        {
            await answers.SubmitTransactionAsync(batch.Select(e => new TableTransactionAction(TableTransactionActionType.Add, e)));
        }
    }

    private static List<(int Part, SentActivity Sent)> SummaryParts(ConnectorStandIn connector, string conversationId) =>
        connector.Sent
            .Where(s => s.ConversationId == conversationId && s.Text.Contains("Sammanfattning:"))
            .Select(s => (int.Parse(Regex.Match(s.Text, @"Del (\d+) av \d+").Groups[1].Value, CultureInfo.InvariantCulture), s))
            .ToList();

    /// <summary>No one-second window holds more than 7 of the thread's sends, no two-second window more than 8, no 30-second window more than 60.</summary>
    private static void AssertWithinThreadLimits(ConnectorStandIn connector, string conversationId)
    {
        var times = connector.Sent.Where(s => s.ConversationId == conversationId).Select(s => s.At).Order().ToArray();
        foreach (var (window, max) in ConnectorStandIn.ThreadLimits)
        {
            for (var i = 0; i < times.Length; i++)
            {
                var inWindow = times.Count(t => t > times[i] - window && t <= times[i]);
                Assert.True(inWindow <= max, $"{inWindow} sends within {window.TotalSeconds} s in the thread.");
            }
        }
    }
}
