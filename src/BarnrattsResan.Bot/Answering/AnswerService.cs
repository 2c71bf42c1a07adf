using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Rounds;

namespace BarnrattsResan.Bot.Answering;

/// <summary>
/// Colleagues answering and looking at questions. The round is always looked up in the conversation the
/// request came from, so card data naming another conversation's round finds nothing and stores nothing.
/// </summary>
internal sealed class AnswerService(RoundStore rounds, AnswerStore answers, ParticipantKeys keys, RoundPublisher publisher, TimeProvider time)
{
    /// <summary>
    /// Saves a colleague's answer. The usual case costs one storage call: the round comes from this instance's copy
    /// (read at most <see cref="RoundCache.Ttl"/> ago), the answer is inserted, and the shared card is marked at most
    /// once per coalescing interval per instance. A refusal is never based on the copy: the round is read again first.
    /// The colleague's card shows their saved answer without the count (counting is the worker's job, for the shared card).
    /// </summary>
    public async Task<AnswerResult> SubmitAsync(ConversationKey conversation, string? roundId, string? questionId, Person person, string? text, CancellationToken cancellationToken)
    {
        if (roundId is null || questionId is null)
        {
            return AnswerResult.Unknown;
        }

        var round = await rounds.GetRecentAsync(conversation, roundId, cancellationToken);
        var question = round?.FindQuestion(questionId);
        if (round is null || question is null || !round.IsQuestionAnswerable(question.Id))
        {
            // The copy may be older than a start, a reopening or the next question: only storage may refuse.
            round = await rounds.GetLatestAsync(conversation, roundId, cancellationToken);
            question = round?.FindQuestion(questionId);
            if (round is null || question is null)
            {
                return AnswerResult.Unknown;
            }
        }

        var participant = keys.For(round, person.Id);
        if (!round.IsOpen || !round.IsQuestionAnswerable(question.Id))
        {
            var own = await answers.GetAsync(round.Id, question.Id, participant, cancellationToken);
            var count = await answers.CountAsync(round.Id, question.Id, cancellationToken);
            return new AnswerResult(round.IsOpen ? AnswerStatus.QuestionNotOpen : AnswerStatus.RoundClosed, round, question, count, own);
        }

        var trimmed = text?.Trim() ?? string.Empty;
        var blank = Cards.VisibleText.IsBlank(trimmed);
        if (blank || trimmed.Length > AnswerRules.MaxLength)
        {
            var own = await answers.GetAsync(round.Id, question.Id, participant, cancellationToken);
            var count = await answers.CountAsync(round.Id, question.Id, cancellationToken);
            return new AnswerResult(blank ? AnswerStatus.Empty : AnswerStatus.TooLong, round, question, count, own, Length: trimmed.Length);
        }

        var now = AnswerTimes.Stamp(round, time.GetUtcNow());
        var saved = await answers.SaveAsync(
            round.Id,
            new Answer(question.Id, participant, trimmed, round.Anonymous ? null : person.DisplayName, now, now),
            cancellationToken);

        if (saved.IsNew)
        {
            // Everyone's count on the shared card follows from the outbox, coalesced; the colleague never waits for Teams.
            await publisher.CountChangedAsync(round, question, cancellationToken);
        }

        return new AnswerResult(AnswerStatus.Saved, round, question, Count: null, saved.Answer);
    }

    /// <summary>A person's view of a question: their own answer, the count and, when the round allows it and they ask, everyone's answers.</summary>
    public async Task<AnswerResult> ViewAsync(ConversationKey conversation, string? roundId, string? questionId, Person person, bool includeOthers, CancellationToken cancellationToken)
    {
        var (round, question) = await FindAsync(conversation, roundId, questionId, cancellationToken);
        if (round is null || question is null)
        {
            return AnswerResult.Unknown;
        }

        var own = await answers.GetAsync(round.Id, question.Id, keys.For(round, person.Id), cancellationToken);
        var count = await answers.CountAsync(round.Id, question.Id, cancellationToken);
        var others = includeOthers && round.ShowOthersAnswers ? await answers.ListAsync(round.Id, question.Id, cancellationToken) : null;
        return new AnswerResult(AnswerStatus.Viewed, round, question, count, own, others);
    }

    private async Task<(Round? Round, RoundQuestion? Question)> FindAsync(ConversationKey conversation, string? roundId, string? questionId, CancellationToken cancellationToken)
    {
        if (roundId is null || questionId is null)
        {
            return (null, null);
        }

        var round = await rounds.GetAsync(conversation, roundId, cancellationToken);
        return (round, round?.FindQuestion(questionId));
    }
}
