using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Summaries;
using BarnrattsResan.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BarnrattsResan.Bot.Tests.Summaries;

/// <summary>Nothing lives only in memory: a new instance continues a round, and a due summary goes out exactly once.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class RestartAndScheduleTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ARoundStartedByOneInstanceIsContinuedByANewOne()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync(("mode", "live"));
        var first = channel.QuestionCards()[0];
        await channel.AnswerAsync(channel.Anna, first, "Före omstarten");

        await channel.RestartAsync();

        var changed = await channel.AnswerAsync(channel.Anna, first, "Efter omstarten");
        Assert.Contains("Efter omstarten", CardText.Of(changed));
        Assert.Contains("1 person har svarat", CardText.Of(channel.QuestionCards()[0]));
        Assert.Single((await channel.App.Services.GetRequiredService<BarnrattsResan.Bot.Answers.AnswerStore>().ReadAllAsync(CardData.RoundIdOf(first), CancellationToken.None)).Answers);
        Assert.Contains(await channel.SayAsync(channel.Facilitator, "nästa"), r => r.Text.Contains("Nu är fråga 2 av 6 öppen."));
        Assert.Equal(2, channel.QuestionCards().Count);
    }

    [Fact]
    public async Task ASummaryThatFellDueWhileNoInstanceRanIsPostedExactlyOnceWhenOneStarts()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync();
        await channel.AnswerAsync(channel.Anna, channel.QuestionCards()[0], "Ett svar före mötet");
        await channel.App.DisposeAsync();

        // The bot is down when the summary falls due (a day before the meeting), and for a while after.
        channel.App.Time.Advance(TimeSpan.FromDays(8));
        await channel.RestartAsync(scheduler: true);
        await channel.DeliverUntilAsync(() => channel.Connector.Sent.Count(s => s.Text.Contains("Sammanfattning:")) >= 2);

        // A second instance starting now, and more passes of both, deliver nothing more.
        await using (var second = new BotApp(azurite, channel.App.Time, channel.App.TablePrefix, schedulerEnabled: true))
        {
            await second.Services.GetRequiredService<SummaryScheduler>().RunDueAsync(CancellationToken.None);
        }

        await channel.App.Services.GetRequiredService<SummaryScheduler>().RunDueAsync(CancellationToken.None);
        await channel.DeliverAsync();

        var summaries = channel.Connector.Sent.Where(s => s.Text.Contains("Sammanfattning:")).ToArray();
        Assert.Equal(2, summaries.Length);
        Assert.Single(summaries, s => s.ConversationId == channel.Activities.ThreadConversationId);
        Assert.Single(summaries, s => s.ConversationId == "a:1on1-" + channel.Lead.Id);
        Assert.Contains("Ett svar före mötet", summaries[0].Text);

        var closed = channel.QuestionCards()[0];
        Assert.Contains(Texts.For(Language.Swedish).Answers.RoundClosedNote, CardText.Of(closed));
        Assert.DoesNotContain(CardText.ActionTitles(closed), title => title.StartsWith("Skicka svar", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TwoInstancesRacingForTheSameDueSummaryDeliverItOnce()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync();
        channel.App.Time.Advance(TimeSpan.FromDays(8)); // past the default due time, a day before the meeting
        await using var other = new BotApp(azurite, channel.App.Time, channel.App.TablePrefix);

        var passes = await Task.WhenAll(
            channel.App.Services.GetRequiredService<SummaryScheduler>().RunDueAsync(CancellationToken.None),
            other.Services.GetRequiredService<SummaryScheduler>().RunDueAsync(CancellationToken.None));

        Assert.Equal(1, passes.Sum());
        await channel.DeliverAsync();
        Assert.Single(channel.Connector.Sent, s => s.Text.Contains("Sammanfattning:") && s.ConversationId == channel.Activities.ThreadConversationId);
    }

    [Fact]
    public async Task AnAnonymousRoundIsSealedWhenItsSummaryIsDelivered()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync(("anonymous", "true"));
        await channel.AnswerAsync(channel.Anna, channel.QuestionCards()[0], "Ett anonymt svar");
        channel.App.Time.Advance(TimeSpan.FromDays(8));

        Assert.Equal(1, await channel.App.Services.GetRequiredService<SummaryScheduler>().RunDueAsync(CancellationToken.None));

        var tables = await channel.TablesAsync();
        var round = Assert.Single(await tables.Rounds.QueryAsync<Azure.Data.Tables.TableEntity>().ToListAsync());
        Assert.Equal(string.Empty, round.GetString("AnonymitySalt"));
        var refused = await channel.SayAsync(channel.Facilitator, "öppna");
        Assert.Contains(Texts.For(Language.Swedish).Rounds.Refusal(RoundRefusal.AnonymousSealed), Assert.Single(refused).Text);
    }

    [Fact]
    public async Task NothingIsDeliveredBeforeTheDueTime()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync(("dueDate", "2026-12-01"), ("dueTime", "08:00"));
        var scheduler = channel.App.Services.GetRequiredService<SummaryScheduler>();

        channel.App.Time.SetUtcNow(new DateTimeOffset(2026, 12, 1, 6, 59, 0, TimeSpan.Zero)); // 07:59 in Stockholm
        Assert.Equal(0, await scheduler.RunDueAsync(CancellationToken.None));
        channel.App.Time.SetUtcNow(new DateTimeOffset(2026, 12, 1, 7, 0, 0, TimeSpan.Zero)); // 08:00 in Stockholm
        Assert.Equal(1, await scheduler.RunDueAsync(CancellationToken.None));
        Assert.Equal(0, await scheduler.RunDueAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ALeadWhoseChatIsDownGetsTheSummaryOnceItIsBackAndTheThreadIsNotPostedToTwice()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync();
        channel.App.Time.Advance(TimeSpan.FromDays(8)); // past the default due time, a day before the meeting
        var scheduler = channel.App.Services.GetRequiredService<SummaryScheduler>();

        // The thread gets the summary; the group lead's chat answers 503 for a while.
        channel.Connector.Refuse = id => id.StartsWith("a:1on1-", StringComparison.Ordinal);
        Assert.Equal(1, await scheduler.RunDueAsync(CancellationToken.None));
        await channel.RunClockUntilAsync(() => channel.Connector.Requests.Count(r => r.Status == 503) >= 2);
        Assert.Single(channel.Connector.Sent, s => s.Text.Contains("Sammanfattning:"));
        Assert.True(channel.Connector.Requests.Count(r => r.Status == 503) >= 2);

        // Back again: the outbox's next attempt delivers the lead's copy, and only that.
        channel.Connector.Refuse = null;
        await channel.DeliverAsync();
        Assert.Equal(0, await scheduler.RunDueAsync(CancellationToken.None));
        var summaries = channel.Connector.Sent.Where(s => s.Text.Contains("Sammanfattning:")).ToArray();
        Assert.Single(summaries, s => s.ConversationId == channel.Activities.ThreadConversationId);
        Assert.Single(summaries, s => s.ConversationId == "a:1on1-" + channel.Lead.Id);
    }
}
