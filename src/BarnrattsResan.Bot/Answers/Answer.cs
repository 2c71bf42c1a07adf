namespace BarnrattsResan.Bot.Answers;

/// <summary>
/// One person's answer to one question. <see cref="ParticipantKey"/> is a keyed hash of the person, never the
/// person's id; <see cref="AuthorName"/> is empty in an anonymous round.
/// </summary>
internal sealed record Answer(string QuestionId, string ParticipantKey, string Text, string? AuthorName, DateTimeOffset AnsweredAt, DateTimeOffset UpdatedAt);

/// <summary>Limits on what an answer may hold.</summary>
internal static class AnswerRules
{
    public const int MaxLength = 4000;
}
