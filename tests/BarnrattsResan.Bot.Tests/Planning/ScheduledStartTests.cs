using Azure.Data.Tables;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Planning;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Summaries;
using BarnrattsResan.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BarnrattsResan.Bot.Tests.Planning;

/// <summary>A round planned ahead: saved at once, posted at its start time exactly once, shown as planned, and cancellable.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class ScheduledStartTests(AzuriteFixture azurite)
{
    /// <summary>Monday 30 November 08:00 in Stockholm.</summary>
    private static readonly DateTimeOffset StartAt = new(2026, 11, 30, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task APlannedRoundIsPostedAtItsStartTimeExactlyOnce()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        var confirmation = CardText.Of(await channel.StartRoundAsync(("startDate", "2026-11-30"), ("startTime", "08:00")));
        Assert.Contains(Texts.For(Language.Swedish).Planning.RoundPlannedTitle("Förankring på förskoleförvaltningen"), confirmation);
        Assert.Contains(Texts.For(Language.Swedish).Planning.RoundPlannedText("måndag 30 november 2026 kl. 08:00", "onsdag 2 december 2026 kl. 13:00"), confirmation);
        Assert.Empty(channel.QuestionCards());
        Assert.Contains(Texts.For(Language.Swedish).Planning.StatusPlanned("måndag 30 november 2026 kl. 08:00"), Assert.Single(await channel.SayAsync(channel.Anna, "status")).Text);

        Assert.Equal(0, await channel.RunJobsAtAsync(StartAt.AddMinutes(-1)));
        Assert.Empty(channel.QuestionCards());

        channel.App.Time.SetUtcNow(StartAt);
        await using (var other = new BotApp(azurite, channel.App.Time, channel.App.TablePrefix))
        {
            var passes = await Task.WhenAll(
                channel.App.Services.GetRequiredService<RoundJobScheduler>().RunDueAsync(CancellationToken.None),
                other.Services.GetRequiredService<RoundJobScheduler>().RunDueAsync(CancellationToken.None));
            Assert.Equal(1, passes.Sum());
        }

        await channel.DeliverAsync();
        await channel.RestartAsync();
        Assert.Equal(0, await channel.RunJobsAtAsync(StartAt.AddMinutes(5)));
        await channel.DeliverAsync();

        Assert.Equal(6, channel.QuestionCards().Count);
        Assert.Single(channel.Connector.Sent, s => s.ConversationId == channel.Activities.ThreadConversationId && s.Kind != "update" && s.Text.Contains("Nu är det dags", StringComparison.Ordinal));
        Assert.Contains("Ett svar", CardText.Of(await channel.AnswerAsync(channel.Anna, channel.QuestionCards()[0], "Ett svar")));
    }

    [Fact]
    public async Task APlannedRoundIsRemindedFromItsStart()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync(("startDate", "2026-11-30"), ("startTime", "08:00"));
        var tables = await channel.TablesAsync();
        var jobs = await tables.Jobs.QueryAsync<TableEntity>(e => e.PartitionKey == RoundJobEntity.DuePartition).ToListAsync();

        // Starts Monday 07:00 UTC, summary Wednesday 12:00 UTC: halfway (Tuesday 09:30) is within 12 hours of a day before (Tuesday 12:00).
        Assert.Equal(["start", "day-before"], jobs.OrderBy(j => j.RowKey, StringComparer.Ordinal).Select(j => j.GetString("Kind")));
    }

    [Fact]
    public async Task TheFacilitatorCanCancelAPlannedRoundAndNothingIsEverPosted()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync(("startDate", "2026-11-30"), ("startTime", "08:00"));

        Assert.Contains(Texts.For(Language.Swedish).NotAllowed("Maria Lind"), Assert.Single(await channel.SayAsync(channel.Erik, "avbryt")).Text);
        Assert.Contains(Texts.For(Language.Swedish).Planning.StartCancelled("Förankring på förskoleförvaltningen"), Assert.Single(await channel.SayAsync(channel.Facilitator, "avbryt")).Text);

        var tables = await channel.TablesAsync();
        Assert.Empty(await tables.Rounds.QueryAsync<TableEntity>().ToListAsync());
        Assert.Empty(await tables.Jobs.QueryAsync<TableEntity>(e => e.PartitionKey == RoundJobEntity.DuePartition).ToListAsync());
        Assert.Equal(0, await channel.RunJobsAtAsync(StartAt.AddHours(1)));
        await channel.DeliverAsync();
        Assert.Empty(channel.QuestionCards());
    }

    [Theory]
    [InlineData("sammanfatta")]
    [InlineData("nästa")]
    [InlineData("avsluta")]
    public async Task APlannedRoundCannotBeSteeredOrSummarisedBeforeItStartsAndStillStartsOnTime(string command)
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync(("startDate", "2026-11-30"), ("startTime", "08:00"), ("mode", "live"));

        var reply = Assert.Single(await channel.SayAsync(channel.Facilitator, command)).Text;
        await channel.DeliverAsync();

        Assert.Contains(Texts.For(Language.Swedish).Rounds.Refusal(RoundRefusal.Planned), reply);
        Assert.DoesNotContain(channel.Connector.Sent, s => s.Text.Contains(Texts.For(Language.Swedish).Summaries.SummaryTitle("Förankring på förskoleförvaltningen")) || s.Text.Contains("Fråga 1 av"));
        Assert.Contains(Texts.For(Language.Swedish).Planning.StatusPlanned("måndag 30 november 2026 kl. 08:00"), Assert.Single(await channel.SayAsync(channel.Facilitator, "status")).Text);

        Assert.Equal(1, await channel.RunJobsAtAsync(StartAt.AddMinutes(1)));
        await channel.DeliverAsync();
        Assert.Contains("Fråga 1 av", CardText.Of(Assert.Single(channel.QuestionCards())));
    }

    [Fact]
    public async Task TheCancelButtonOnTheConfirmationCancelsToo()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        var confirmation = await channel.StartRoundAsync(("startDate", "2026-11-30"), ("startTime", "08:00"));
        var reply = await channel.App.InvokeAsync(channel.Activities.Click(channel.Facilitator, confirmation, PlanningVerbs.CancelStart));
        Assert.Contains("är borttagen", CardText.Of(reply));
        Assert.Contains(Texts.For(Language.Swedish).Rounds.NoActiveRound, Assert.Single(await channel.SayAsync(channel.Facilitator, "status")).Text);
    }

    [Fact]
    public async Task AStartAfterTheSummaryOrHalfGivenIsRefusedAndNothingIsSaved()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        var afterDue = CardText.Of(await channel.StartRoundAsync(("startDate", "2026-12-02"), ("startTime", "14:00")));
        Assert.Contains(Texts.For(Language.Swedish).Planning.ErrorStartAfterDue, afterDue);
        var halfGiven = CardText.Of(await channel.StartRoundAsync(("startDate", "2026-11-30")));
        Assert.Contains(Texts.For(Language.Swedish).Planning.ErrorStartInvalid, halfGiven);

        var tables = await channel.TablesAsync();
        Assert.Empty(await tables.Rounds.QueryAsync<TableEntity>().ToListAsync());
    }

    [Fact]
    public async Task AStartedRoundCannotBeCancelledAsPlanned()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync();
        Assert.Contains(Texts.For(Language.Swedish).Planning.StartNotCancellable("Förankring på förskoleförvaltningen"), Assert.Single(await channel.SayAsync(channel.Facilitator, "avbryt")).Text);
        Assert.Equal(6, channel.QuestionCards().Count);
    }
}
