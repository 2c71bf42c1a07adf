using System.Globalization;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Outbound;
using BarnrattsResan.Bot.Rounds;

namespace BarnrattsResan.Bot.Presentations;

/// <summary>The outcome of correcting the results: saved, the same as before, or refused because the round closed or is gone.</summary>
internal enum CorrectionStatus
{
    Saved,
    Unchanged,
    Closed,
    NoRound,
}

/// <summary>
/// Corrects a round's results while it is open and has the posted introduction (and the question cards, which unfold
/// the results) updated through the outbox. Each correction is a new revision of the round; its update is enqueued
/// under that revision's key, so a retried click (or a crash between saving and enqueuing, healed by the retry)
/// enqueues it exactly once.
/// </summary>
internal sealed class PresentationService(RoundStore rounds, Outbox outbox, RoundPublisher publisher, ILogger<PresentationService> logger)
{
    public async Task<(CorrectionStatus Status, Round? Round)> CorrectAsync(ConversationKey conversation, string roundId, ResultsPresentation results, CancellationToken cancellationToken)
    {
        var change = await rounds.ChangeAsync(
            conversation,
            roundId,
            r => !r.IsOpen ? RoundTransition.Refused(RoundRefusal.Closed)
                : r.Results.SameAs(results) ? RoundTransition.Refused(RoundRefusal.None)
                : RoundTransition.To(r with { ResultsText = results.Text, ResultsLinks = results.Links, ResultsRevision = r.ResultsRevision + 1 }),
            cancellationToken);
        if (change.Round is not { } round)
        {
            return (CorrectionStatus.NoRound, null);
        }

        if (!change.Changed && change.Refusal == RoundRefusal.Closed)
        {
            return (CorrectionStatus.Closed, round);
        }

        if (change.Changed)
        {
            logger.ResultsCorrected(round.Id, round.ResultsRevision);
        }

        // Also when unchanged: enqueuing the current revision again is a no-op, or completes an earlier attempt that
        // saved the correction but did not get to enqueue its update.
        if (round.ResultsRevision > 0)
        {
            await outbox.EnqueueAsync(UpdateIntroduction(round), cancellationToken);
            await publisher.RefreshPostedCardsAsync(round, cancellationToken);
        }

        return (change.Changed ? CorrectionStatus.Saved : CorrectionStatus.Unchanged, round);
    }

    private static OutboxItem UpdateIntroduction(Round round) =>
        RoundOutboxItems.InThread(
            round,
            string.Create(CultureInfo.InvariantCulture, $"introduction-update|{round.Id}|{round.ResultsRevision}"),
            IntroductionUpdateHandler.HandlerName,
            new RoundPostArgs(round.ConversationKey.Value, round.Id, null),
            DeliveryPurpose.RoundCards);
}
