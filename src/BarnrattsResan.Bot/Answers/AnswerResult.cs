using BarnrattsResan.Bot.Rounds;

namespace BarnrattsResan.Bot.Answers;

public enum AnswerStatus
{
    Saved,
    Viewed,
    UnknownRound,
    RoundClosed,
    QuestionNotOpen,
    Empty,
    TooLong,
}

/// <summary>What came of answering or looking at a question; everything but <see cref="AnswerStatus.Saved"/> stored nothing.</summary>
public sealed record AnswerResult(AnswerStatus Status, Round? Round = null, RoundQuestion? Question = null, int Count = 0, Answer? OwnAnswer = null, IReadOnlyList<Answer>? Others = null, int Length = 0)
{
    public static AnswerResult Unknown { get; } = new(AnswerStatus.UnknownRound);
}
