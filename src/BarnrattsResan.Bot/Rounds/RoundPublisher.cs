using System.Globalization;
using BarnrattsResan.Bot.Outbound;

namespace BarnrattsResan.Bot.Rounds;

/// <summary>
/// Puts a round's cards in the outbox: one small task per publish (so a click never waits for the cards), which
/// the worker expands into the introduction and the questions colleagues may see now, each posted once.
/// </summary>
internal sealed class RoundPublisher(Outbox outbox)
{
    /// <summary>Enqueues the posting of whatever the round shows now and has not posted yet. Enqueuing it again changes nothing.</summary>
    public Task EnqueuePublishAsync(Round round, CancellationToken cancellationToken) =>
        outbox.EnqueueAsync(
            RoundOutboxItems.InThread(
                round,
                string.Create(CultureInfo.InvariantCulture, $"publish|{round.Id}|{round.VisibleQuestions.Count()}"),
                RoundPublishHandler.HandlerName,
                new RoundPostArgs(round.ConversationKey.Value, round.Id, null),
                DeliveryPurpose.RoundCards),
            cancellationToken);

    /// <summary>Shows the round's new state and counts on every posted question card (coalesced, from the outbox).</summary>
    public Task RefreshPostedCardsAsync(Round round, CancellationToken cancellationToken) =>
        outbox.RefreshQuestionCardsAsync(round.Thread, round.ConversationKey, round.Id, round.VisibleQuestions.Select((_, index) => index), cancellationToken);

    /// <summary>Shows one question card's new count (coalesced: the latest count wins).</summary>
    public Task RefreshQuestionCardAsync(Round round, RoundQuestion question, CancellationToken cancellationToken) =>
        outbox.RefreshQuestionCardsAsync(round.Thread, round.ConversationKey, round.Id, [IndexOf(round, question)], cancellationToken);

    /// <summary>
    /// A new answer changed one question card's count: marked at most once per coalescing interval from this
    /// instance, and the worker's trailing recount shows what a skipped mark would have (see <see cref="Outbox.CountChangedAsync"/>).
    /// </summary>
    public Task CountChangedAsync(Round round, RoundQuestion question, CancellationToken cancellationToken) =>
        outbox.CountChangedAsync(round.Thread, round.ConversationKey, round.Id, IndexOf(round, question), cancellationToken);

    private static int IndexOf(Round round, RoundQuestion question) => round.Questions.ToList().FindIndex(q => q.Id == question.Id);
}

/// <summary>Which round a post belongs to, and which question (none: the introduction).</summary>
internal sealed record RoundPostArgs(string Conversation, string RoundId, string? QuestionId);
