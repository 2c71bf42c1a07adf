using Azure;
using Azure.Data.Tables;

namespace BarnrattsResan.Bot.Answers;

/// <summary>
/// How answers are stored: table Answers, partition = the round id, row key <c>a|question|participant</c>. One row
/// per person and question; counts are counted from these rows (there are no counter rows).
/// </summary>
internal sealed class AnswerEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string QuestionId { get; set; } = string.Empty;
    public string ParticipantKey { get; set; } = string.Empty;
    public string Text { get; set; } = string.Empty;
    public string? AuthorName { get; set; }
    public DateTimeOffset AnsweredAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public static string AnswerRowKey(string questionId, string participantKey) => $"a|{questionId}|{participantKey}";

    public static string AnswerRowPrefix(string questionId) => $"a|{questionId}|";

    public const string AllAnswersPrefix = "a|";

    /// <summary>The question of an answer row, from its row key (participant keys are hex, so the last '|' ends the question id).</summary>
    public static string QuestionIdOf(string rowKey) => rowKey[AllAnswersPrefix.Length..rowKey.LastIndexOf('|')];
}
