using System.Text.RegularExpressions;
using Azure.Data.Tables;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Planning;
using BarnrattsResan.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BarnrattsResan.Bot.Tests.Planning;

/// <summary>
/// Reminders, through the real adapter over HTTP: a round started Wednesday 25 November 09:00 UTC with its summary due
/// Wednesday 2 December 12:00 UTC (13:00 in Stockholm) is reminded halfway, Saturday 28 November about 22:30 UTC, which is
/// outside working hours, so people are reached on Monday at 08:00 in their own time zone; and a day before the summary.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class ReminderTests(AzuriteFixture azurite)
{
    /// <summary>A few minutes after halfway (the round is created a moment after 09:00, as the test clock runs).</summary>
    private static readonly DateTimeOffset Halfway = new(2026, 11, 28, 22, 35, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset MondayEightInStockholm = new(2026, 11, 30, 7, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset MondayEightInNewYork = new(2026, 11, 30, 13, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset DayBefore = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private const string Round = "Förankring på förskoleförvaltningen";

    /// <summary>The summary's due time as the bot writes it for Stockholm (13:00 there is 12:00 UTC).</summary>
    private const string DueDecember2 = "onsdag 2 december 2026 kl. 13:00";

    private static PlanningTexts Sv => Texts.For(Language.Swedish).Planning;

    /// <summary>"Too soon, next at 11:0x": the minute depends on when the test clock sent the first one.</summary>
    private static string TooSoonUntilAboutEleven => Regex.Escape(Sv.RemindTooSoon("11:0MINUTE")).Replace("MINUTE", @"\d", StringComparison.Ordinal);

    [Fact]
    public async Task EveryoneWithQuestionsLeftIsRemindedInTheirOwnChatOnMondayMorningAndTheThreadWithoutNames()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync();
        await channel.AnswerAllAsync(channel.Anna);
        await channel.AnswerAsync(channel.Erik, channel.QuestionCards()[0], "Bara den första");

        Assert.Equal(1, await channel.RunJobsAtAsync(Halfway));
        await channel.DeliverThroughAsync(DayBefore.AddHours(-1));

        Assert.Empty(channel.RemindersTo(channel.Anna));
        var erik = Assert.Single(channel.RemindersTo(channel.Erik));
        Assert.Contains(Sv.ReminderTitle(Round), erik.Text);
        Assert.Contains(Sv.ReminderPersonal(questionsLeft: 5, DueDecember2), erik.Text);
        AssertSentAt(MondayEightInStockholm, erik.At);
        var link = Assert.Single(CardText.Actions(erik.Card!), a => a["type"]?.GetValue<string>() == "Action.OpenUrl");
        Assert.StartsWith("https://teams.microsoft.com/l/message/", link["url"]!.GetValue<string>());
        Assert.Contains(Uri.EscapeDataString("1700000000001"), link["url"]!.GetValue<string>());
        foreach (var colleague in new[] { channel.Sara, channel.Facilitator, channel.Lead })
        {
            Assert.Contains(Sv.ReminderPersonal(questionsLeft: 6, DueDecember2), Assert.Single(channel.RemindersTo(colleague)).Text);
        }

        var thread = Assert.Single(channel.RemindersInThread());
        Assert.Contains(Sv.ReminderInThread(answered: 2, DueDecember2), thread.Text);
        AssertSentAt(MondayEightInStockholm, thread.At);
        foreach (var person in new[] { channel.Anna, channel.Erik, channel.Sara, channel.Facilitator, channel.Lead })
        {
            Assert.DoesNotContain(person.Name, thread.Text);
            Assert.DoesNotContain(person.Name.Split(' ')[0], thread.Text);
        }
    }

    [Fact]
    public async Task SomeoneWhoseTeamsIsInNewYorkIsRemindedAtEightThereAndTheDayBeforeReminderToo()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync();
        var click = channel.Activities.Click(channel.Erik, channel.QuestionCards()[0], BarnrattsResan.Bot.Cards.CardVerbs.SubmitAnswer, ("answer", "Svar från New York"));
        click["localTimezone"] = "America/New_York";
        await channel.App.InvokeAsync(click);
        await channel.DeliverAsync();

        await channel.RunJobsAtAsync(Halfway);
        await channel.DeliverThroughAsync(DayBefore.AddHours(-1));
        AssertSentAt(MondayEightInNewYork, Assert.Single(channel.RemindersTo(channel.Erik)).At);
        AssertSentAt(MondayEightInStockholm, Assert.Single(channel.RemindersTo(channel.Sara)).At);

        // A day before the summary is Tuesday 13:00 in Stockholm and 07:00 in New York: Erik's waits an hour.
        Assert.Equal(1, await channel.RunJobsAtAsync(DayBefore));
        await channel.DeliverThroughAsync(DayBefore.AddHours(3));
        AssertSentAt(DayBefore, channel.RemindersTo(channel.Sara)[1].At);
        AssertSentAt(DayBefore.AddHours(1), channel.RemindersTo(channel.Erik)[1].At);

        // What is stored is the time zone under Erik's participant key: no name, no Teams id.
        var tables = await channel.TablesAsync();
        var row = Assert.Single(await tables.Reminders.QueryAsync<TableEntity>().ToListAsync());
        Assert.Equal("America/New_York", row.GetString("TimeZoneId"));
        Assert.DoesNotContain(channel.Erik.AadObjectId, string.Join("|", row.Keys.Select(k => $"{k}={row[k]}")) + row.RowKey);
    }

    [Fact]
    public async Task AcrossTheChangeToSummerTimeTheReminderStillComesAtEightOnTheWallClock()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        channel.App.Time.SetUtcNow(new DateTimeOffset(2027, 3, 24, 9, 0, 0, TimeSpan.Zero)); // Wednesday, winter time
        await channel.StartRoundAsync(("meetingDate", "2027-04-01"), ("meetingTime", "13:00"));

        // Halfway to the summary (31 March 13:00 summer time) is Saturday 27 March about 22:00 UTC; Stockholm moves to
        // summer time in the night to Sunday, so Monday 08:00 there is 06:00 UTC, not 07:00 as in winter.
        Assert.Equal(1, await channel.RunJobsAtAsync(new DateTimeOffset(2027, 3, 27, 22, 5, 0, TimeSpan.Zero)));
        await channel.DeliverThroughAsync(new DateTimeOffset(2027, 3, 30, 0, 0, 0, TimeSpan.Zero));
        AssertSentAt(new DateTimeOffset(2027, 3, 29, 6, 0, 0, TimeSpan.Zero), Assert.Single(channel.RemindersTo(channel.Sara)).At);
        Assert.Contains(Sv.ReminderPersonal(questionsLeft: 6, "onsdag 31 mars 2027 kl. 13:00"), Assert.Single(channel.RemindersTo(channel.Sara)).Text);
    }

    [Fact]
    public async Task DeletingARoundErasesItsRemindersToo()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync();
        await channel.RunJobsAtAsync(Halfway);
        await channel.DeliverThroughAsync(DayBefore.AddHours(-1));
        await channel.ClickInPersonalChatAsync(channel.Sara, Assert.Single(channel.RemindersTo(channel.Sara)).Card!, PlanningVerbs.TurnOffReminders);
        var roundId = CardData.RoundIdOf(channel.QuestionCards()[0]);

        var confirm = Assert.Single(await channel.SayAsync(channel.Facilitator, "radera")).Card!;
        await channel.App.InvokeAsync(channel.Activities.Click(channel.Facilitator, confirm, BarnrattsResan.Bot.Cards.CardVerbs.DeleteRound));

        var tables = await channel.TablesAsync();
        Assert.Empty(await tables.Reminders.QueryAsync<TableEntity>().ToListAsync());
        Assert.Empty(await tables.Jobs.QueryAsync<TableEntity>(e => e.PartitionKey == RoundJobEntity.DuePartition).ToListAsync());
        Assert.Empty(await tables.Outbox.QueryAsync<TableEntity>(e => e.GetString("RoundId") == roundId).ToListAsync());
    }

    [Fact]
    public async Task AColleagueWhoTurnsRemindersOffGetsNoMoreAndOthersStillDo()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync();
        await channel.RunJobsAtAsync(Halfway);
        await channel.DeliverThroughAsync(DayBefore.AddHours(-1));
        var reminder = Assert.Single(channel.RemindersTo(channel.Sara)).Card!;

        var reply = await channel.ClickInPersonalChatAsync(channel.Sara, reminder, PlanningVerbs.TurnOffReminders);
        Assert.Contains(Sv.RemindersTurnedOff(Round), CardText.Of(reply));

        await channel.RunJobsAtAsync(DayBefore);
        await channel.DeliverThroughAsync(DayBefore.AddHours(3));
        Assert.Single(channel.RemindersTo(channel.Sara));
        Assert.Equal(2, channel.RemindersTo(channel.Erik).Count);

        var tables = await channel.TablesAsync();
        var optOut = Assert.Single(await tables.Reminders.QueryAsync<TableEntity>().ToListAsync());
        Assert.StartsWith("optout|", optOut.RowKey);
        Assert.DoesNotContain(channel.Sara.AadObjectId, optOut.RowKey);
    }

    [Fact]
    public async Task InAnAnonymousRoundTheRemindersFollowTheAnswersAndNothingStoredSaysWhoAnswered()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync(("anonymous", "true"));
        await channel.AnswerAllAsync(channel.Anna);
        await channel.AnswerAsync(channel.Erik, channel.QuestionCards()[0], "Ett anonymt svar");

        await channel.RunJobsAtAsync(Halfway);
        await channel.DeliverThroughAsync(DayBefore.AddHours(-1));
        Assert.Empty(channel.RemindersTo(channel.Anna));
        Assert.Contains(Sv.ReminderPersonal(questionsLeft: 5, DueDecember2), Assert.Single(channel.RemindersTo(channel.Erik)).Text);
        Assert.Single(channel.RemindersTo(channel.Sara));
        Assert.Contains(Sv.ReminderInThread(answered: 2, DueDecember2), Assert.Single(channel.RemindersInThread()).Text);

        // The outbox planned a reminder for every member alike, answered or not; nothing else about the reminder is kept.
        var tables = await channel.TablesAsync();
        var roundId = CardData.RoundIdOf(channel.QuestionCards()[0]);
        var keys = await tables.Outbox.QueryAsync<TableEntity>(e => e.GetString("IdempotencyKey") == $"reminder|{roundId}|halfway").ToListAsync();
        Assert.Equal(5, keys.Count(k => k.PartitionKey.StartsWith("p.", StringComparison.Ordinal)));
        Assert.Empty(await tables.Reminders.QueryAsync<TableEntity>().ToListAsync());
        Assert.Empty(await tables.Outbox.QueryAsync<TableEntity>(e => e.RowKey.CompareTo("o|") >= 0 && e.RowKey.CompareTo("o}") < 0).ToListAsync());
    }

    [Fact]
    public async Task EachReminderGoesOutOnceWithTwoInstancesAndAfterARestart()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync();
        channel.App.Time.SetUtcNow(Halfway);
        await using (var other = new BotApp(azurite, channel.App.Time, channel.App.TablePrefix))
        {
            var passes = await Task.WhenAll(
                channel.App.Services.GetRequiredService<RoundJobScheduler>().RunDueAsync(CancellationToken.None),
                other.Services.GetRequiredService<RoundJobScheduler>().RunDueAsync(CancellationToken.None));
            Assert.Equal(1, passes.Sum());

            // An instance that stopped after handing the reminder on but before removing its job hands it on again: nothing new.
            var round = (await channel.App.Services.GetRequiredService<Bot.Rounds.RoundStore>().ListAsync(Conversations.ConversationKey.For(channel.Activities.TenantId, channel.Activities.ThreadConversationId), CancellationToken.None)).Single();
            await other.Services.GetRequiredService<ReminderOutbox>().EnqueueAsync(round, ReminderPlan.Halfway, CancellationToken.None);
        }

        await channel.RestartAsync();
        Assert.Equal(0, await channel.RunJobsAtAsync(Halfway.AddMinutes(1)));
        await channel.DeliverThroughAsync(DayBefore.AddHours(-1));
        await channel.RestartAsync();
        await channel.DeliverThroughAsync(DayBefore.AddHours(-1));

        foreach (var colleague in new[] { channel.Anna, channel.Erik, channel.Sara, channel.Facilitator, channel.Lead })
        {
            Assert.Single(channel.RemindersTo(colleague));
        }

        Assert.Single(channel.RemindersInThread());
    }

    [Fact]
    public async Task AClosedRoundIsNotRemindedNorIsAnyoneOnceTheSummaryIsDue()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync();
        await channel.SayAsync(channel.Facilitator, "avsluta");
        await channel.RunJobsAtAsync(Halfway);
        await channel.DeliverThroughAsync(DayBefore);
        Assert.DoesNotContain(channel.Connector.Sent, s => s.Text.Contains(Sv.ReminderTitle(Round), StringComparison.Ordinal));

        // Open again, the day-before reminder falls due; but the bot was down until after the summary's time.
        await channel.SayAsync(channel.Facilitator, "öppna");
        await channel.RunJobsAtAsync(new DateTimeOffset(2026, 12, 2, 12, 0, 1, TimeSpan.Zero));
        await channel.DeliverThroughAsync(new DateTimeOffset(2026, 12, 3, 0, 0, 0, TimeSpan.Zero));
        Assert.DoesNotContain(channel.Connector.Sent, s => s.Text.Contains(Sv.ReminderTitle(Round), StringComparison.Ordinal));
    }

    [Fact]
    public async Task ARoundWithoutRemindersIsNeverReminded()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync(("reminders", "false"));
        Assert.Equal(0, await channel.RunJobsAtAsync(DayBefore));
        await channel.DeliverThroughAsync(DayBefore.AddHours(3));
        Assert.DoesNotContain(channel.Connector.Sent, s => s.Text.Contains(Sv.ReminderTitle(Round), StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheFacilitatorCanRemindNowAtMostOnceAnHourAndNobodyElseCan()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync();
        await channel.AnswerAllAsync(channel.Anna);

        Assert.Contains(Texts.For(Language.Swedish).NotAllowed("Maria Lind"), Assert.Single(await channel.SayAsync(channel.Anna, "påminn")).Text);
        var sent = Assert.Single(await channel.SayAsync(channel.Facilitator, "påminn")).Text;
        Assert.Contains(Sv.RemindSent(Round, DueDecember2), sent);
        Assert.Single(channel.RemindersTo(channel.Erik));
        Assert.Empty(channel.RemindersTo(channel.Anna));
        Assert.Single(channel.RemindersInThread());

        channel.App.Time.Advance(TimeSpan.FromMinutes(30));
        Assert.Matches(TooSoonUntilAboutEleven, Assert.Single(await channel.SayAsync(channel.Facilitator, "påminn")).Text);
        await channel.RestartAsync();
        Assert.Matches(TooSoonUntilAboutEleven, Assert.Single(await channel.SayAsync(channel.Facilitator, "remind")).Text);
        Assert.Single(channel.RemindersTo(channel.Erik));

        channel.App.Time.Advance(TimeSpan.FromMinutes(31));
        Assert.Contains(Sv.RemindSent(Round, DueDecember2), Assert.Single(await channel.SayAsync(channel.Facilitator, "påminn")).Text);
        Assert.Equal(2, channel.RemindersTo(channel.Erik).Count);
    }

    /// <summary>Sent at that moment: not before, and within the minute the outbox takes to get to it on the test clock.</summary>
    private static void AssertSentAt(DateTimeOffset expected, DateTimeOffset actual) =>
        Assert.True(actual >= expected && actual < expected.AddMinutes(1), $"Sent at {actual:o}, expected {expected:o}.");
}
