using System.Globalization;
using Azure;

namespace BarnrattsResan.Bot.Scheduling;

/// <summary>
/// A summary that falls due: table Jobs, one partition, row key = due time (sortable) and round, so that
/// "everything due by now" is one range query. A claim is a lease saved with the ETag.
/// </summary>
public sealed class SummaryJobEntity : ILeasedJob
{
    public const string DuePartition = "summary-due";

    public string PartitionKey { get; set; } = DuePartition;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string ConversationKey { get; set; } = string.Empty;
    public string RoundId { get; set; } = string.Empty;
    public DateTimeOffset DueAt { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
    public string? LeaseOwner { get; set; }
    public int Attempts { get; set; }

    public static string RowKeyFor(DateTimeOffset dueAt, string roundId) =>
        string.Create(CultureInfo.InvariantCulture, $"{dueAt.UtcTicks:D19}|{roundId}");

    /// <summary>The upper bound of the row keys due at or before <paramref name="now"/>.</summary>
    public static string DueBound(DateTimeOffset now) =>
        string.Create(CultureInfo.InvariantCulture, $"{now.UtcTicks:D19}|~");
}
