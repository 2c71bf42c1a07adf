using System.Globalization;
using Azure;
using Azure.Data.Tables;

namespace BarnrattsResan.Bot.Storage;

/// <summary>
/// A row in table Jobs that falls due for a round (or a whole conversation): one partition per kind of work, row key
/// = the due time (sortable) and the parts that make it unique, so that "everything due by now" is one range query
/// (<see cref="DueBound"/>) and no table is ever scanned.
/// </summary>
internal abstract class DueEntity(string partition) : ITableEntity
{
    public string PartitionKey { get; set; } = partition;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string ConversationKey { get; set; } = string.Empty;
    public string RoundId { get; set; } = string.Empty;
    public DateTimeOffset DueAt { get; set; }

    /// <summary>The upper bound of the row keys due at or before <paramref name="now"/>.</summary>
    public static string DueBound(DateTimeOffset now) =>
        string.Create(CultureInfo.InvariantCulture, $"{now.UtcTicks:D19}|~");

    /// <summary>The row key of a row due at <paramref name="dueAt"/>: the due time first, then <paramref name="parts"/>.</summary>
    protected static string DueKey(DateTimeOffset dueAt, params string[] parts) =>
        string.Create(CultureInfo.InvariantCulture, $"{dueAt.UtcTicks:D19}|{string.Join('|', parts)}");
}
