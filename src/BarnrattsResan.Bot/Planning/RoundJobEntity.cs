using System.Globalization;
using Azure;
using BarnrattsResan.Bot.Scheduling;

namespace BarnrattsResan.Bot.Planning;

/// <summary>
/// A planned moment of a round (its scheduled start, a reminder): table Jobs, partition <c>round-due</c>, row key =
/// due time (sortable), kind and round (last, as in every job row), so "everything due by now" is one range query. A claim is a lease saved with the ETag.
/// </summary>
public sealed class RoundJobEntity : ILeasedJob
{
    public const string DuePartition = "round-due";
    public const string StartKind = "start";

    public string PartitionKey { get; set; } = DuePartition;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string ConversationKey { get; set; } = string.Empty;
    public string RoundId { get; set; } = string.Empty;
    public string Kind { get; set; } = string.Empty;
    public DateTimeOffset DueAt { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
    public string? LeaseOwner { get; set; }
    public int Attempts { get; set; }

    public static string RowKeyFor(DateTimeOffset dueAt, string roundId, string kind) =>
        string.Create(CultureInfo.InvariantCulture, $"{dueAt.UtcTicks:D19}|{kind}|{roundId}");

    public static string DueBound(DateTimeOffset now) =>
        string.Create(CultureInfo.InvariantCulture, $"{now.UtcTicks:D19}|~");
}
