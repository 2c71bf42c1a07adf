using BarnrattsResan.Bot.Scheduling;

namespace BarnrattsResan.Bot.Summaries;

/// <summary>
/// A summary that falls due: table Jobs, one partition, row key = due time (sortable) and round, so that
/// "everything due by now" is one range query. A claim is a lease saved with the ETag.
/// </summary>
internal sealed class SummaryJobEntity() : LeasedJobEntity(DuePartition)
{
    public const string DuePartition = "summary-due";

    public static string RowKeyFor(DateTimeOffset dueAt, string roundId) => DueKey(dueAt, roundId);
}
