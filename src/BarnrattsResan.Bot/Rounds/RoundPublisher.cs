using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Questions;

namespace BarnrattsResan.Bot.Rounds;

/// <summary>
/// Posts a round's introduction and the questions colleagues may see now, each once: every post is recorded on
/// the round, so publishing again after a failure posts only what is missing.
/// </summary>
public sealed class RoundPublisher(RoundStore rounds, AnswerStore answers, IConversationMessenger messenger, QuestionCatalog catalog, ILogger<RoundPublisher> logger)
{
    public async Task<Round> PublishAsync(Round round, CancellationToken cancellationToken)
    {
        if (round.Posts.IntroductionId is null)
        {
            var id = await messenger.PostAsync(round.Thread, RoundCards.Introduction(round, catalog), cancellationToken) ?? string.Empty;
            round = await RecordAsync(round, r => r with { Posts = r.Posts with { IntroductionId = id } }, cancellationToken);
        }

        foreach (var question in round.VisibleQuestions.ToArray())
        {
            if (round.Posts.QuestionMessageIds.ContainsKey(question.Id))
            {
                continue;
            }

            var count = await answers.CountAsync(round.Id, question.Id, cancellationToken);
            var id = await messenger.PostAsync(round.Thread, QuestionCard.Shared(round, question, count), cancellationToken) ?? string.Empty;
            round = await RecordAsync(round, r => r with { Posts = r.Posts.WithQuestion(question.Id, id) }, cancellationToken);
        }

        return round;
    }

    /// <summary>
    /// Shows the round's new state on the cards already posted (closed, open again, no "Nästa fråga" on an
    /// earlier question). Best effort: the change itself is saved whatever happens here.
    /// </summary>
    public async Task RefreshPostedCardsAsync(Round round, CancellationToken cancellationToken)
    {
        var counts = await answers.CountAllAsync(round.Id, cancellationToken);
        foreach (var question in round.VisibleQuestions)
        {
            if (!round.Posts.QuestionMessageIds.TryGetValue(question.Id, out var messageId) || string.IsNullOrEmpty(messageId))
            {
                continue;
            }

            try
            {
                await messenger.UpdateAsync(round.Thread, messageId, QuestionCard.Shared(round, question, counts.GetValueOrDefault(question.Id)), cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.CardUpdateFailed(e, round.Id);
            }
        }
    }

    private async Task<Round> RecordAsync(Round round, Func<Round, Round> record, CancellationToken cancellationToken)
    {
        var change = await rounds.ChangeAsync(round.ConversationKey, round.Id, r => RoundTransition.To(record(r)), cancellationToken);
        return change.Round ?? round;
    }
}
