using System.ComponentModel.DataAnnotations;

namespace BarnrattsResan.Bot.Scheduling;

/// <summary>How often the bot looks for summaries that fell due, and how long an instance may hold one.</summary>
internal sealed class SchedulerOptions
{
    public const string Section = "Scheduler";

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Scheduler:PollInterval must be between 1 second and 1 hour.")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:10", "01:00:00", ErrorMessage = "Scheduler:Lease must be between 10 seconds and 1 hour.")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    public bool Enabled { get; set; } = true;
}
