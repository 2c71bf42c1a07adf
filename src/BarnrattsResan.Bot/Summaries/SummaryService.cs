using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Outbound;
using BarnrattsResan.Bot.Questions;
using BarnrattsResan.Bot.Rounds;

namespace BarnrattsResan.Bot.Summaries;

/// <summary>
/// Compiles a round's summary and hands it to the outbox: in the round's thread and 1:1 to each group lead. The
/// delivery is one small task in the thread's lane; the worker compiles when it gets there and enqueues every
/// part, each with its own idempotency key, so a retry or a second instance sends nothing twice.
/// </summary>
internal sealed class SummaryService(RoundStore rounds, AnswerStore answers, Outbox outbox, RoundPublisher publisher, QuestionCatalog catalog, RoundComparison comparison, TimeProvider time, ILogger<SummaryService> logger)
{
    public async Task<IReadOnlyList<CardMessage>> CompileAsync(Round round, CancellationToken cancellationToken)
    {
        // An answer row that cannot be read does not hold back everyone else's answers: the summary is delivered with
        // the readable ones and says how many could not be read; each is logged by its keys, to be found and mended or erased.
        var all = await answers.ReadAllAsync(round.Id, cancellationToken);
        foreach (var unreadable in all.Unreadable)
        {
            logger.StoredRowUnreadableLeftOut(unreadable.Table, unreadable.PartitionKey, unreadable.RowKey, "the summary");
        }

        var summary = SummaryCompiler.Compile(round, all.Answers, time.GetUtcNow(), all.Unreadable.Count);
        var earlier = await comparison.ForAsync(round, cancellationToken);
        return SummaryCards.Build(summary, catalog, round.Language.Texts(), round.TimeZone, earlier: earlier);
    }

    /// <summary>
    /// The facilitator asked for the summary now. <paramref name="requestId"/> identifies the request (the Teams
    /// activity), so Teams retrying the same message does not send the summary twice. Returns the number of leads.
    /// </summary>
    public async Task<int> SendNowAsync(Round round, string requestId, CancellationToken cancellationToken)
    {
        await EnqueueDeliveryAsync(round, "now-" + requestId, cancellationToken);
        return round.GroupLeads.Count;
    }

    /// <summary>
    /// The summary fell due: close the round, show it closed on its cards, and enqueue the delivery. Enqueuing is
    /// idempotent, so a retried job changes nothing; the outbox does the sending.
    /// </summary>
    public async Task DeliverDueAsync(ConversationKey conversation, string roundId, CancellationToken cancellationToken)
    {
        var closed = await rounds.ChangeAsync(conversation, roundId, r => r.CloseForSummary(time.GetUtcNow()), cancellationToken);
        var round = closed.Round;
        if (round is null || round.Delivery.CompletedAt is not null)
        {
            return;
        }

        if (closed.Changed)
        {
            await publisher.RefreshPostedCardsAsync(round, cancellationToken);
        }

        await EnqueueDeliveryAsync(round, "due", cancellationToken);
        await rounds.ChangeAsync(conversation, roundId, r => RoundTransition.To((r with { Delivery = r.Delivery with { CompletedAt = time.GetUtcNow() } }).SealAnonymity()), cancellationToken);
        logger.SummaryEnqueued(round.Id, round.GroupLeads.Count);
    }

    /// <summary>
    /// The summary of a closed round is compiled no earlier than <see cref="RoundCache.SummaryGrace"/> after it closed:
    /// another instance's copy of the round may have taken an answer until then, and that answer belongs in it.
    /// </summary>
    public static DateTimeOffset CompileNotBefore(Round round) =>
        round.ClosedAt is { } closedAt && !round.IsOpen ? closedAt + RoundCache.SummaryGrace : DateTimeOffset.MinValue;

    private Task EnqueueDeliveryAsync(Round round, string delivery, CancellationToken cancellationToken) =>
        outbox.EnqueueAsync(
            RoundOutboxItems.InThread(
                round,
                $"summary|{round.Id}|{delivery}",
                SummaryDeliveryHandler.HandlerName,
                new SummaryDeliveryArgs(round.ConversationKey.Value, round.Id, delivery),
                DeliveryPurpose.SummaryInThread,
                notBefore: CompileNotBefore(round)),
            cancellationToken);
}

/// <summary>Which round's summary to deliver, and which delivery it is ("due", or "now-…" for a facilitator's request).</summary>
internal sealed record SummaryDeliveryArgs(string Conversation, string RoundId, string Delivery);
