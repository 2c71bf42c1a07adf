using BarnrattsResan.Bot.Planning;
using Microsoft.Extensions.Configuration;

namespace BarnrattsResan.Bot.Tests.Planning;

/// <summary>Reminders reach people within working hours on their own wall clock, and are planned from the round's dates.</summary>
public sealed class WorkingHoursTests
{
    private static readonly WorkingHours Weekdays = new ReminderOptions().Hours;
    private static readonly TimeZoneInfo Stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Fact]
    public void AMomentWithinWorkingHoursGoesAtOnce()
    {
        var wednesdayTen = new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero); // 10:00 in Stockholm
        Assert.Equal(wednesdayTen, Weekdays.NextWorkingTime(wednesdayTen, Stockholm));
    }

    [Fact]
    public void TheSameMomentWaitsForEightOClockInNewYork()
    {
        var wednesdayTen = new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero); // 04:00 in New York
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 13, 0, 0, TimeSpan.Zero), Weekdays.NextWorkingTime(wednesdayTen, NewYork)); // 08:00 there
    }

    [Fact]
    public void AfterFiveOnFridayItWaitsUntilMondayMorning()
    {
        var fridayEvening = new DateTimeOffset(2026, 11, 27, 17, 30, 0, TimeSpan.Zero); // 18:30 in Stockholm
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 7, 0, 0, TimeSpan.Zero), Weekdays.NextWorkingTime(fridayEvening, Stockholm));
    }

    [Fact]
    public void EightOClockIsEightOClockOnBothSidesOfTheDaylightSavingChange()
    {
        // Stockholm leaves summer time in the night to Sunday 25 October 2026: 08:00 is 06:00 UTC on Friday, 07:00 UTC on Monday.
        var fridayEvening = new DateTimeOffset(2026, 10, 23, 16, 0, 0, TimeSpan.Zero); // 18:00 summer time
        Assert.Equal(new DateTimeOffset(2026, 10, 26, 7, 0, 0, TimeSpan.Zero), Weekdays.NextWorkingTime(fridayEvening, Stockholm));
        var fridayEarly = new DateTimeOffset(2026, 10, 23, 4, 0, 0, TimeSpan.Zero); // 06:00 summer time
        Assert.Equal(new DateTimeOffset(2026, 10, 23, 6, 0, 0, TimeSpan.Zero), Weekdays.NextWorkingTime(fridayEarly, Stockholm));
    }

    [Fact]
    public void AReminderThatWouldReachSomeoneOnlyAfterTheSummaryIsNotSent()
    {
        var fridayEvening = new DateTimeOffset(2026, 11, 27, 17, 30, 0, TimeSpan.Zero);
        var summaryOnSunday = new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);
        Assert.Null(Weekdays.SendTime(fridayEvening, summaryOnSunday, Stockholm));
        Assert.NotNull(Weekdays.SendTime(fridayEvening, summaryOnSunday.AddDays(2), Stockholm));
    }

    [Fact]
    public void OtherWorkingHoursCanBeConfigured()
    {
        var hours = new WorkingHours(new TimeOnly(9, 30), new TimeOnly(15, 0), [DayOfWeek.Saturday]);
        var wednesday = new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);
        Assert.Equal(new DateTimeOffset(2026, 12, 5, 8, 30, 0, TimeSpan.Zero), hours.NextWorkingTime(wednesday, Stockholm));
    }

    [Fact]
    public void ARoundIsRemindedHalfwayAndADayBeforeItsSummary()
    {
        var round = SampleRounds.Create() with { Reminders = true }; // created 25 November 09:00, summary 2 December 12:00 (UTC)
        var plan = ReminderPlan.For(round);
        Assert.Equal(
            [new PlannedReminder(ReminderPlan.Halfway, new DateTimeOffset(2026, 11, 28, 22, 30, 0, TimeSpan.Zero)), new PlannedReminder(ReminderPlan.DayBefore, new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero))],
            plan);
    }

    [Fact]
    public void APlannedRoundIsRemindedFromItsStartAndARoundWithoutRemindersNever()
    {
        var planned = SampleRounds.Create() with { Reminders = true, StartsAt = new DateTimeOffset(2026, 11, 30, 7, 0, 0, TimeSpan.Zero) };
        // Halfway (1 December 09:30) is within 12 hours of a day before (1 December 12:00): one reminder, the later.
        Assert.Equal([new PlannedReminder(ReminderPlan.DayBefore, new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero))], ReminderPlan.For(planned));
        var startsTheDayBefore = planned with { StartsAt = new DateTimeOffset(2026, 12, 1, 18, 0, 0, TimeSpan.Zero) };
        Assert.Equal([new PlannedReminder(ReminderPlan.Halfway, new DateTimeOffset(2026, 12, 2, 3, 0, 0, TimeSpan.Zero))], ReminderPlan.For(startsTheDayBefore));
        Assert.Empty(ReminderPlan.For(SampleRounds.Create()));
    }

    [Fact]
    public void ConfiguredWorkingDaysReplaceTheWeekdaysRatherThanAddToThem()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Reminders:WorkingDays:0"] = "Saturday", ["Reminders:WorkdayStart"] = "09:30" })
            .Build();
        var options = new ReminderOptions();
        ConfigurationBinder.Bind(configuration.GetSection(ReminderOptions.Section), options);

        Assert.Equal([DayOfWeek.Saturday], options.Hours.Days);
        Assert.Equal(new TimeOnly(9, 30), options.Hours.Start);
        Assert.Equal(5, new ReminderOptions().Hours.Days.Count);
    }
}
