using BarnrattsResan.Bot.Storage;

namespace BarnrattsResan.Bot.Scheduling;

/// <summary>A due row that instances claim with a lease saved with the ETag (<see cref="LeasedJobs"/>).</summary>
internal abstract class LeasedJobEntity(string partition) : DueEntity(partition), ILeasedJob
{
    public DateTimeOffset? LeaseUntil { get; set; }
    public string? LeaseOwner { get; set; }
    public int Attempts { get; set; }
}
