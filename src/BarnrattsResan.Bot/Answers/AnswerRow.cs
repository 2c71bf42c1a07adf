using Azure.Data.Tables;
using BarnrattsResan.Bot.Storage;

namespace BarnrattsResan.Bot.Answers;

/// <summary>
/// Reads a stored answer row by the one unreadable-row policy (<see cref="StoredRow"/>): a missing text, a time that
/// is not a time or a value of the wrong type throws <see cref="UnreadableRowException"/> naming the table and the
/// keys. An answer is never read as an empty one or with a made-up time.
/// </summary>
internal static class AnswerRow
{
    /// <summary>The table's name in logs and in <see cref="UnreadableRowException"/>.</summary>
    public const string TableName = "Answers";

    public static Answer Read(TableEntity row) => StoredRow.Read(TableName, row, () => new Answer(
        Text(row, nameof(AnswerEntity.QuestionId)) ?? throw Missing(nameof(AnswerEntity.QuestionId)),
        Text(row, nameof(AnswerEntity.ParticipantKey)) ?? throw Missing(nameof(AnswerEntity.ParticipantKey)),
        Text(row, nameof(AnswerEntity.Text)) ?? throw Missing(nameof(AnswerEntity.Text)),
        Text(row, nameof(AnswerEntity.AuthorName)),
        Time(row, nameof(AnswerEntity.AnsweredAt)),
        Time(row, nameof(AnswerEntity.UpdatedAt))));

    private static string? Text(TableEntity row, string name) => row.TryGetValue(name, out var value) switch
    {
        false => null,
        true => value switch
        {
            null => null,
            string text => text,
            _ => throw new StoredValueException($"{name} is not text."),
        },
    };

    private static DateTimeOffset Time(TableEntity row, string name) => row.TryGetValue(name, out var value) switch
    {
        false => throw Missing(name),
        true => value switch
        {
            DateTimeOffset time => time,
            DateTime time => new DateTimeOffset(time.ToUniversalTime(), TimeSpan.Zero),
            _ => throw new StoredValueException($"{name} is not a time."),
        },
    };

    private static StoredValueException Missing(string name) => new($"No {name}.");
}

/// <summary>The answers of a round that could be read, and the keys of those that could not (see <see cref="AnswerRow"/>).</summary>
internal sealed record ReadAnswers(IReadOnlyList<Answer> Answers, IReadOnlyList<UnreadableRowException> Unreadable);
