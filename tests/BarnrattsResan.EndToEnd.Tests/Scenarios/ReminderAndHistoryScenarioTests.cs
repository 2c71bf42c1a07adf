using BarnrattsResan.Bot.History;
using BarnrattsResan.Bot.Planning;
using BarnrattsResan.EndToEnd.Tests.Infrastructure;
using static BarnrattsResan.EndToEnd.Tests.Scenarios.RoundSteps;
using static BarnrattsResan.EndToEnd.Tests.Scenarios.ScenarioWorld;

namespace BarnrattsResan.EndToEnd.Tests.Scenarios;

/// <summary>
/// Issue 9 in the Playground: the facilitator's <c>påminn</c> reaches a colleague who has not answered in their 1:1 chat
/// with the bot (here Anna herself: a Playground shows only its current user's 1:1 chat, see PLAYGROUND.md), the
/// reminder's button turns reminders off, and <c>historik</c> lists the channel's rounds.
/// </summary>
[Collection(PlaygroundScenarios.Name)]
public sealed class ReminderAndHistoryScenarioTests(AlwaysWorkingHoursPlaygroundTeam team) : IClassFixture<AlwaysWorkingHoursPlaygroundTeam>
{
    private const string Title = "Uppföljning med påminnelser";

    [PlaygroundFact]
    public async Task A_reminder_reaches_the_personal_chat_and_history_lists_the_round()
    {
        var anna = await team.ClientAsync(Anna);
        var setup = await RoundSteps.FillSetupAsync(anna, Channel, new RoundChoices(Title, [Anna.Name]));
        await RoundSteps.StartAsync(setup, Title);
        await RoundSteps.WaitForQuestionAsync(anna, Title, 6);

        // The reminders' sentences end with when the summary goes, a date by the real clock: each up to that date.
        await RoundSteps.SayAsync(anna, "påminn", Before(due => Sv.Planning.RemindSent(Title, due)));
        var thread = await anna.WaitForLastCardAsync(Sv.Planning.ReminderTitle(Title));
        Shows.Text(await thread.ReadTextAsync(), Before(due => Sv.Planning.ReminderInThread(0, due)), "Anna (thread reminder)");

        // Anna has answered nothing: her reminder is in her 1:1 chat with the bot.
        await anna.OpenPersonalChatAsync();
        var reminder = await anna.WaitForLastCardAsync(Sv.Planning.ReminderTitle(Title));
        var reminderText = await reminder.ReadTextAsync();
        Shows.Text(reminderText, Before(due => Sv.Planning.ReminderPersonal(QuestionCount, due)), "Anna (1:1 reminder)");
        await ScenarioPictures.SaveAsync(anna, "12-reminder-in-personal-chat", reminder.Root);

        var off = await (await reminder.ClickActionAndWaitForReplacementAsync(Sv.Planning.ReminderTurnOff(Title))).ReadTextAsync();
        Shows.Text(off, Sv.Planning.RemindersTurnedOff(Title), "Anna (reminders off)");

        await anna.OpenChannelAsync(Channel);
        var history = await RoundSteps.SayAsync(anna, "historik", Sv.History.HistoryTitle);
        var historyText = await history.ReadTextAsync();
        Shows.Text(historyText, Title, "Anna (history)");
        // The button names the day the round started, by the real clock: the words before it.
        Shows.Text(historyText, Before(started => Sv.History.HistoryShowSummary(Title, started)), "Anna (history)");
        await ScenarioPictures.SaveAsync(anna, "13-history", history.Root);
    }
}

/// <summary>Swedish, and working hours around the clock, so that a reminder goes at once whenever the scenario runs.</summary>
public sealed class AlwaysWorkingHoursPlaygroundTeam : PlaygroundTeamFixture
{
    protected override IReadOnlyDictionary<string, string?> BotEnvironment { get; } = new Dictionary<string, string?>
    {
        ["Bot__Language"] = "sv",
        ["Reminders__WorkdayStart"] = "00:00",
        ["Reminders__WorkdayEnd"] = "23:59:59",
        ["Reminders__WorkingDays__0"] = "Monday",
        ["Reminders__WorkingDays__1"] = "Tuesday",
        ["Reminders__WorkingDays__2"] = "Wednesday",
        ["Reminders__WorkingDays__3"] = "Thursday",
        ["Reminders__WorkingDays__4"] = "Friday",
        ["Reminders__WorkingDays__5"] = "Saturday",
        ["Reminders__WorkingDays__6"] = "Sunday",
    };
}
