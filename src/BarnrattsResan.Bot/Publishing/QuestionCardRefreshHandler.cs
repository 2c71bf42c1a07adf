using System.Text.Json;
using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Outbound;
using BarnrattsResan.Bot.Presentations;
using BarnrattsResan.Bot.Rounds;

namespace BarnrattsResan.Bot.Publishing;

/// <summary>
/// Builds the update of a posted question card with the round's state and the count as they are now (the
/// coalesced update: however many answers came in, one update carries the latest count). The count is read from the
/// question's answer rows here, in the worker, never on the answering path.
/// </summary>
internal sealed class QuestionCardRefreshHandler(RoundStore rounds, AnswerStore answers) : IOutboxHandler, ICountedCardHandler
{
    public string Name => OutboxHandlers.QuestionCardRefresh;

    public async Task<OutboundSend?> PrepareAsync(OutboxItem item, CancellationToken cancellationToken) =>
        (await PrepareCountedAsync(JsonSerializer.Deserialize<QuestionCardRefreshArgs>(item.Args ?? "{}")!, cancellationToken))?.Send;

    public async Task<CountedCard?> PrepareCountedAsync(QuestionCardRefreshArgs args, CancellationToken cancellationToken)
    {
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
        return new CountedCard(OutboundSend.Update(round.Thread, messageId, QuestionCard.Shared(round, question, count)), count);
    }

    public Task OnDeliveredAsync(OutboxItem item, DeliveryOutcome outcome, CancellationToken cancellationToken) => Task.CompletedTask;
}
