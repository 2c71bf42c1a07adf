using BarnrattsResan.Bot.Rounds;

namespace BarnrattsResan.Bot.Planning;

/// <summary>A planned reminder: which one and when it falls due (before working hours are applied per person).</summary>
internal sealed record PlannedReminder(string Kind, DateTimeOffset At);

/// <summary>The reminders of a round: one when half the time to the summary has passed, and one 24 hours before the summary.</summary>
internal static class ReminderPlan
{
    public const string Halfway = "halfway";
    public const string DayBefore = "day-before";

    /// <summary>Two reminders closer than this are one: the later one is kept.</summary>
    public static readonly TimeSpan MinimumGap = TimeSpan.FromHours(12);

    public static IReadOnlyList<PlannedReminder> For(Round round)
    {
        if (!round.Reminders)
        {
            return [];
        }

        var start = round.StartsAt ?? round.CreatedAt;
        var due = round.SummaryDueAt;
        var planned = new List<PlannedReminder>();
        var dayBefore = due.AddHours(-24);
        var halfway = start + ((due - start) / 2);
        if (halfway > start && (dayBefore <= start || dayBefore - halfway >= MinimumGap))
        {
            planned.Add(new PlannedReminder(Halfway, halfway));
        }

        if (dayBefore > start)
        {
            planned.Add(new PlannedReminder(DayBefore, dayBefore));
        }

        return planned;
    }
}
