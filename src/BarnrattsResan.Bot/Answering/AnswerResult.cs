using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Rounds;

namespace BarnrattsResan.Bot.Answering;

internal enum AnswerStatus
{
    Saved,
    Viewed,
    UnknownRound,
    RoundClosed,
    QuestionNotOpen,
    Empty,
    TooLong,
    Withdrawn,
}

/// <summary>
/// What came of answering, looking at or withdrawing an answer; everything but <see cref="AnswerStatus.Saved"/> and
/// <see cref="AnswerStatus.Withdrawn"/> changed nothing. <see cref="Count"/> is null where it was not counted (saving
/// an answer does not count: the shared card shows the count).
/// </summary>
internal sealed record AnswerResult(AnswerStatus Status, Round? Round = null, RoundQuestion? Question = null, int? Count = 0, Answer? OwnAnswer = null, IReadOnlyList<Answer>? Others = null, int Length = 0)
{
    public static AnswerResult Unknown { get; } = new(AnswerStatus.UnknownRound);
}
