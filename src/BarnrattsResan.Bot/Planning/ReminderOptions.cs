using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace BarnrattsResan.Bot.Planning;

/// <summary>When reminders may reach people: working hours in each person's own time zone.</summary>
internal sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>The first minute of a working day (local time).</summary>
    public TimeOnly WorkdayStart { get; set; } = new(8, 0);

    /// <summary>The end of a working day (local time); reminders go before it.</summary>
    public TimeOnly WorkdayEnd { get; set; } = new(17, 0);

    /// <summary>
    /// The working days; empty: Monday to Friday. (No default in the array itself: configuration binding adds to an
    /// array's elements, so <c>Reminders:WorkingDays:0=Saturday</c> would otherwise add Saturday to five days.)
    /// </summary>
    public DayOfWeek[] WorkingDays { get; set; } = [];

    /// <summary>How often the facilitator may send a reminder with <c>påminn</c>.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00", ErrorMessage = "Reminders:ManualInterval must be between 1 minute and 7 days.")]
    public TimeSpan ManualInterval { get; set; } = TimeSpan.FromHours(1);

    public WorkingHours Hours => new(WorkdayStart, WorkdayEnd, WorkingDays.Length > 0 ? WorkingDays : Weekdays);

    private static readonly DayOfWeek[] Weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
}

/// <summary>Checks what data annotations cannot: a working day that ends after it starts.</summary>
internal sealed class ReminderOptionsValidator : IValidateOptions<ReminderOptions>
{
    public ValidateOptionsResult Validate(string? name, ReminderOptions options) =>
        options.WorkdayEnd <= options.WorkdayStart
            ? ValidateOptionsResult.Fail("Reminders:WorkdayEnd must be later than Reminders:WorkdayStart (for example 08:00 and 17:00).")
            : options.WorkingDays.Any(d => !Enum.IsDefined(d))
                ? ValidateOptionsResult.Fail("Reminders:WorkingDays must name days of the week (Monday … Sunday).")
                : ValidateOptionsResult.Success;
}
