using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Questions;

namespace BarnrattsResan.Bot.Rounds;

/// <summary>
/// Posts a round's introduction and the questions colleagues may see now, each once: every post is recorded on
/// the round, so publishing again after a failure posts only what is missing.
/// </summary>
public sealed class RoundPublisher(RoundStore rounds, AnswerStore answers, IConversationMessenger messenger, QuestionCatalog catalog)
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

    private async Task<Round> RecordAsync(Round round, Func<Round, Round> record, CancellationToken cancellationToken)
    {
        var change = await rounds.ChangeAsync(round.ConversationKey, round.Id, r => RoundTransition.To(record(r)), cancellationToken);
        return change.Round ?? round;
    }
}
