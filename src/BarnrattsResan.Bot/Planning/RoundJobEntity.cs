using BarnrattsResan.Bot.Scheduling;

namespace BarnrattsResan.Bot.Planning;

/// <summary>
/// A planned moment of a round (its scheduled start, a reminder): table Jobs, partition <c>round-due</c>, row key =
/// due time (sortable), kind and round (last, as in every job row), so "everything due by now" is one range query. A claim is a lease saved with the ETag.
/// </summary>
internal sealed class RoundJobEntity() : LeasedJobEntity(DuePartition)
{
    public const string DuePartition = "round-due";
    public const string StartKind = "start";

    public string Kind { get; set; } = string.Empty;

    public static string RowKeyFor(DateTimeOffset dueAt, string roundId, string kind) => DueKey(dueAt, kind, roundId);
}
