using System.Text.Json;
using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Outbound;

namespace BarnrattsResan.Bot.Rounds;

/// <summary>
/// Builds the update of a posted question card with the round's state and the count as they are now (the
/// coalesced update: however many answers came in, one update carries the latest count).
/// </summary>
internal sealed class QuestionCardRefreshHandler(RoundStore rounds, AnswerStore answers) : IOutboxHandler
{
    public string Name => OutboxHandlers.QuestionCardRefresh;

    public async Task<OutboundSend?> PrepareAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        var args = JsonSerializer.Deserialize<QuestionCardRefreshArgs>(item.Args ?? "{}")!;
        var round = await rounds.GetAsync(ConversationKey.FromStored(args.Conversation), args.RoundId, cancellationToken);
        if (round is null || args.QuestionIndex < 0 || args.QuestionIndex >= round.Questions.Count)
        {
            return null;
        }

        var question = round.Questions[args.QuestionIndex];
        if (!round.Posts.QuestionMessageIds.TryGetValue(question.Id, out var messageId) || string.IsNullOrEmpty(messageId))
        {
            // Not posted yet: the post itself will carry the count of its moment.
            return null;
        }

        var count = await answers.CountAsync(round.Id, question.Id, cancellationToken);
        return OutboundSend.Update(round.Thread, messageId, QuestionCard.Shared(round, question, count));
    }

    public Task OnDeliveredAsync(OutboxItem item, DeliveryOutcome outcome, CancellationToken cancellationToken) => Task.CompletedTask;
}
