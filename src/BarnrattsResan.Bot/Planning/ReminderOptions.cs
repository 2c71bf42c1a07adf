using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace BarnrattsResan.Bot.Planning;

/// <summary>When reminders may reach people: working hours in each person's own time zone.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>The first minute of a working day (local time).</summary>
    public TimeOnly WorkdayStart { get; set; } = new(8, 0);

    /// <summary>The end of a working day (local time); reminders go before it.</summary>
    public TimeOnly WorkdayEnd { get; set; } = new(17, 0);

    /// <summary>The working days.</summary>
    [MinLength(1, ErrorMessage = "Reminders:WorkingDays must name at least one day.")]
    public DayOfWeek[] WorkingDays { get; set; } = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    /// <summary>How often the facilitator may send a reminder with <c>påminn</c>.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00", ErrorMessage = "Reminders:ManualInterval must be between 1 minute and 7 days.")]
    public TimeSpan ManualInterval { get; set; } = TimeSpan.FromHours(1);

    public WorkingHours Hours => new(WorkdayStart, WorkdayEnd, WorkingDays);
}

/// <summary>Checks what data annotations cannot: a working day that ends after it starts.</summary>
internal sealed class ReminderOptionsValidator : IValidateOptions<ReminderOptions>
{
    public ValidateOptionsResult Validate(string? name, ReminderOptions options) =>
        options.WorkdayEnd <= options.WorkdayStart
            ? ValidateOptionsResult.Fail("Reminders:WorkdayEnd must be later than Reminders:WorkdayStart (for example 08:00 and 17:00).")
            : options.WorkingDays is { Length: > 0 } ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail("Reminders:WorkingDays must name at least one day.");
}
