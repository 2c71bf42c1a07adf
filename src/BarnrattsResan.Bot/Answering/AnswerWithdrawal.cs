using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Rounds;

namespace BarnrattsResan.Bot.Answering;

/// <summary>
/// A colleague takes back their own answers while the round is open. The answers are found by the person's
/// participant key, so this works in anonymous rounds too, without the tables knowing who they are. After the
/// round closes the answers belong to the summary (and in a sealed anonymous round nobody can tell whose they are).
/// </summary>
internal sealed class AnswerWithdrawal(RoundStore rounds, AnswerStore answers, ParticipantKeys keys, RoundPublisher publisher, ILogger<AnswerWithdrawal> logger)
{
    /// <summary>Removes the person's answer to one question: <see cref="AnswerStatus.Withdrawn"/>, or why not.</summary>
    public async Task<AnswerResult> WithdrawOneAsync(ConversationKey conversation, string? roundId, string? questionId, Person person, CancellationToken cancellationToken)
    {
        var round = roundId is null ? null : await rounds.GetAsync(conversation, roundId, cancellationToken);
        var question = questionId is null ? null : round?.FindQuestion(questionId);
        if (round is null || question is null)
        {
            return AnswerResult.Unknown;
        }

        var participant = keys.For(round, person.Id);
        if (!round.IsOpen)
        {
            var own = await answers.GetAsync(round.Id, question.Id, participant, cancellationToken);
            return new AnswerResult(AnswerStatus.RoundClosed, round, question, await answers.CountAsync(round.Id, question.Id, cancellationToken), own);
        }

        var withdrawn = await answers.DeleteAsync(round.Id, question.Id, participant, cancellationToken);
        if (withdrawn)
        {
            logger.AnswersWithdrawn(round.Id, 1);
        }

        if (withdrawn)
        {
            // Everyone's count on the shared card follows from the outbox, coalesced like a new answer's.
            await publisher.RefreshQuestionCardAsync(round, question, cancellationToken);
        }

        var count = await answers.CountAsync(round.Id, question.Id, cancellationToken);
        return new AnswerResult(withdrawn ? AnswerStatus.Withdrawn : AnswerStatus.Viewed, round, question, count);
    }

    /// <summary>Removes all the person's answers in the round; how many, or null when the round is closed.</summary>
    public async Task<int?> WithdrawAllAsync(Round round, Person person, CancellationToken cancellationToken)
    {
        if (!round.IsOpen)
        {
            return null;
        }

        var participant = keys.For(round, person.Id);
        var withdrawn = 0;
        foreach (var question in round.Questions)
        {
            if (await answers.DeleteAsync(round.Id, question.Id, participant, cancellationToken)) withdrawn++;
        }

        if (withdrawn > 0)
        {
            logger.AnswersWithdrawn(round.Id, withdrawn);
            await publisher.RefreshPostedCardsAsync(round, cancellationToken);
        }

        return withdrawn;
    }
}
