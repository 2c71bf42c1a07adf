using Azure;
using Azure.Data.Tables;

namespace BarnrattsResan.Bot.Answers;

public sealed class AnswerCounterEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string QuestionId { get; set; } = string.Empty;
    public int Count { get; set; }

    /// <summary>
    /// A question's count is spread over this many counter rows (chosen by the participant key), so that many
    /// people answering the same question at the same moment rarely contend for one row.
    /// </summary>
    public const int Shards = 16;

    public static string CounterRowKey(string questionId, int shard) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"c|{questionId}|{shard:D2}");

    public static string CounterRowPrefix(string questionId) => $"c|{questionId}|";

    public static int ShardOf(string participantKey) => (int)((uint)StableHash(participantKey) % Shards);

    public const string AllCountersPrefix = "c|";

    private static int StableHash(string value)
    {
        var hash = 17;
        foreach (var c in value) hash = unchecked((hash * 31) + c);
        return hash;
    }
}
