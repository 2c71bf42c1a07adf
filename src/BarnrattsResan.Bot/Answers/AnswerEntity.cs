using Azure;
using Azure.Data.Tables;

namespace BarnrattsResan.Bot.Answers;

/// <summary>
/// How answers are stored: table Answers, partition = the round id. Row keys: <c>a|question|participant</c> for
/// an answer, <c>c|question</c> for the question's answer counter (kept in the same partition so that an answer
/// and its count change in one transaction).
/// </summary>
public sealed class AnswerEntity : ITableEntity
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

    public Answer ToAnswer() => new(QuestionId, ParticipantKey, Text, AuthorName, AnsweredAt, UpdatedAt);
}
