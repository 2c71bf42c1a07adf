using Azure.Data.Tables;

namespace BarnrattsResan.Bot.Scheduling;

/// <summary>A job row that instances claim with a lease saved under the row's ETag (summaries, planned starts, reminders).</summary>
internal interface ILeasedJob : ITableEntity
{
    DateTimeOffset? LeaseUntil { get; set; }

    string? LeaseOwner { get; set; }

    int Attempts { get; set; }
}
