using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Privacy;
using BarnrattsResan.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BarnrattsResan.Bot.Tests.Privacy;

/// <summary>After the retention period (90 days after the meeting by default) the sweep erases a round, and only that round.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class RetentionTests(AzuriteFixture azurite)
{
    /// <summary>The default round's meeting: 3 December 2026 at 13:00 in Stockholm.</summary>
    private static readonly DateTimeOffset Meeting = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task NinetyDaysAfterTheMeetingTheSweepErasesTheRoundItsAnswersAndJobsAndNothingElse()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        var later = channel.Activities.InThread("1700000000002");
        var otherChannel = channel.Activities.InChannel($"19:{Guid.NewGuid():N}@thread.tacv2");
        await channel.StartRoundAsync(("title", "Runda A"));
        await channel.StartRoundInAsync(later, ("title", "Runda B"), ("meetingDate", "2027-01-20"));
        await channel.StartRoundInAsync(otherChannel, ("title", "Runda C"), ("meetingDate", "2027-01-20"));
        await channel.AnswerAsync(channel.Anna, channel.QuestionCards()[0], "Svar i A");
        await channel.AnswerAsync(channel.Anna, channel.QuestionCards(later)[0], "Svar i B", later);
        await channel.AnswerAsync(channel.Anna, channel.QuestionCards(otherChannel)[0], "Svar i C", otherChannel);
        var roundA = CardData.RoundIdOf(channel.QuestionCards()[0]);
        var tables = await channel.TablesAsync();
        var before = await StoredRows.AllAsync(tables);
        var sweeper = channel.App.Services.GetRequiredService<RetentionSweeper>();

        channel.App.Time.SetUtcNow(Meeting.AddDays(90).AddMinutes(-1));
        Assert.Equal(0, await sweeper.RunDueAsync(CancellationToken.None));
        Assert.Equal(before, await StoredRows.AllAsync(tables));

        channel.App.Time.SetUtcNow(Meeting.AddDays(90));
        Assert.Equal(1, await sweeper.RunDueAsync(CancellationToken.None));

        var ofRoundA = before.Where(r => r.RowKey == roundA || r.PartitionKey == roundA || r.RowKey.EndsWith("|" + roundA, StringComparison.Ordinal)).ToHashSet();
        // Jobs: the summary, the retention entry and the two reminders.
        Assert.Equal(["Answers", "Jobs", "Jobs", "Jobs", "Jobs", "Rounds"], ofRoundA.Select(r => r.Table).Order());
        Assert.Equal(before.Except(ofRoundA).ToHashSet(), await StoredRows.AllAsync(tables));
        Assert.Contains("Status: Runda B", Assert.Single(await channel.SayAsync(channel.Anna, "status")).Text);
    }

    [Fact]
    public async Task TwoInstancesSweepingAtOnceEraseTheDueRoundAndLeaveTheOther()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync(("title", "Runda A"));
        await channel.StartRoundInAsync(channel.Activities.InThread("1700000000002"), ("title", "Runda B"), ("meetingDate", "2027-01-20"));
        foreach (var question in channel.QuestionCards().Take(3))
        {
            await channel.AnswerAsync(channel.Anna, question, "Svar");
            await channel.AnswerAsync(channel.Erik, question, "Svar");
        }

        var roundA = CardData.RoundIdOf(channel.QuestionCards()[0]);
        var tables = await channel.TablesAsync();
        var before = await StoredRows.AllAsync(tables);
        channel.App.Time.SetUtcNow(Meeting.AddDays(91));
        await using var other = new BotApp(azurite, channel.App.Time, channel.App.TablePrefix);

        await Task.WhenAll(
            channel.App.Services.GetRequiredService<RetentionSweeper>().RunDueAsync(CancellationToken.None),
            other.Services.GetRequiredService<RetentionSweeper>().RunDueAsync(CancellationToken.None));

        var left = await StoredRows.AllAsync(tables);
        Assert.Equal(before.Where(r => r.RowKey != roundA && r.PartitionKey != roundA && !r.RowKey.EndsWith("|" + roundA, StringComparison.Ordinal)).ToHashSet(), left);
        Assert.Equal(0, await other.Services.GetRequiredService<RetentionSweeper>().RunDueAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ALongerRetentionSetLaterKeepsARoundThatIsNotErasedYet()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync(("title", "Runda A"));
        await channel.AnswerAsync(channel.Anna, channel.QuestionCards()[0], "Svar");
        var tables = await channel.TablesAsync();
        var answersBefore = (await StoredRows.AllAsync(tables)).Count(r => r.Table == "Answers");
        channel.App.Time.SetUtcNow(Meeting.AddDays(100));
        await using var longer = new BotApp(azurite, channel.App.Time, channel.App.TablePrefix, settings: new Dictionary<string, string> { ["Privacy:RetentionDays"] = "365" });
        var sweeper = longer.Services.GetRequiredService<RetentionSweeper>();

        Assert.Equal(0, await sweeper.RunDueAsync(CancellationToken.None));
        Assert.Equal(answersBefore, (await StoredRows.AllAsync(tables)).Count(r => r.Table == "Answers"));

        longer.Time.SetUtcNow(Meeting.AddDays(365));
        Assert.Equal(1, await sweeper.RunDueAsync(CancellationToken.None));
        var left = await StoredRows.AllAsync(tables);
        Assert.DoesNotContain(left, r => r.Table is "Rounds" or "Answers");
        Assert.DoesNotContain(left, r => r.PartitionKey == "retention-due");
    }

    [Fact]
    public async Task ADeletionThatStoppedHalfwayIsFinishedByTheNextSweepBeforeTheRetentionEnds()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync(("title", "Runda A"));
        await channel.AnswerAsync(channel.Anna, channel.QuestionCards()[0], "Svar");
        var roundA = CardData.RoundIdOf(channel.QuestionCards()[0]);
        var conversation = ConversationKey.For(channel.Activities.TenantId, channel.Activities.ChannelConversationId);

        // What a facilitator's deletion writes first, before the instance stopped.
        await channel.App.Services.GetRequiredService<RetentionIndex>().AddAsync(conversation, roundA, channel.App.Time.GetUtcNow(), ErasureReason.Deleted, CancellationToken.None);
        Assert.Equal(1, await channel.App.Services.GetRequiredService<RetentionSweeper>().RunDueAsync(CancellationToken.None));

        var left = await StoredRows.AllAsync(await channel.TablesAsync());
        Assert.DoesNotContain(left, r => r.Table is "Rounds" or "Answers" || r.Table == "Jobs" && r.RowKey.EndsWith(roundA, StringComparison.Ordinal));
    }
}
