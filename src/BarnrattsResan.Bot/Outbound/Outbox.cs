using BarnrattsResan.Bot.Conversations;

namespace BarnrattsResan.Bot.Outbound;

/// <summary>
/// Where features put everything they send to Teams. Enqueuing is a couple of table writes and never waits for
/// Teams; the outbox worker delivers, in order per lane, within Teams' limits, exactly once per idempotency key.
/// </summary>
internal sealed class Outbox
{
    private readonly OutboxStore store;
    private readonly OutboxSignal signal;
    private readonly TimeProvider time;
    private readonly CardMarkMemo? memo;

    internal Outbox(OutboxStore store, OutboxSignal signal, TimeProvider time, CardMarkMemo? memo = null)
    {
        this.store = store;
        this.signal = signal;
        this.time = time;
        this.memo = memo;
    }

    /// <summary>Enqueues items in the order given (per lane). Items already enqueued once (same key) are skipped.</summary>
    public async Task EnqueueAsync(IEnumerable<OutboxItem> items, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var lanes = new List<string>();
        foreach (var item in items)
        {
            var ordered = item.Order.Length == 0 ? item with { Order = OutboxSequence.Order(now) } : item;
            if (await store.AddAsync(ordered, cancellationToken) && !lanes.Contains(item.Lane))
            {
                lanes.Add(item.Lane);
            }
        }

        // After the items: a worker that removes an empty lane row in between cannot strand them. Items that were
        // already enqueued (a retried click) write nothing at all. A crash between the two is healed at start-up
        // (OutboxWorker finds waiting items whose lane has no row).
        foreach (var lane in lanes)
        {
            await store.TouchLaneAsync(lane, now, cancellationToken);
        }

        signal.Notify();
    }

    public Task EnqueueAsync(OutboxItem item, CancellationToken cancellationToken) => EnqueueAsync([item], cancellationToken);

    /// <summary>
    /// Enqueues items that continue <paramref name="parent"/> (a task being run by the worker): those in the
    /// parent's lane go right after it, before anything enqueued later.
    /// </summary>
    public Task EnqueueAfterAsync(OutboxItem parent, IReadOnlyList<OutboxItem> items, CancellationToken cancellationToken) =>
        EnqueueAsync(items.Select((item, index) => item.Lane == parent.Lane ? item with { Order = OutboxSequence.After(parent.Order, index) } : item), cancellationToken);

    /// <summary>
    /// Asks for the shared question cards of a round to be shown again with their current state and count. Coalesced:
    /// one table write however often it is asked; the worker updates each card at most once per
    /// <see cref="OutboundOptions.CoalesceInterval"/>, with the count as it is when it sends.
    /// </summary>
    public async Task RefreshQuestionCardsAsync(ConversationAddress thread, ConversationKey roundConversation, string roundId, IEnumerable<int> questionIndexes, CancellationToken cancellationToken)
    {
        var indexes = questionIndexes.ToArray();
        if (indexes.Length == 0) return;
        await store.MarkDirtyAsync(OutboxLanes.Thread(thread), roundId, roundConversation.Value, indexes, time.GetUtcNow(), cancellationToken);
        signal.Notify();
    }

    /// <summary>
    /// A new answer changed one question card's count: marks the card as <see cref="RefreshQuestionCardsAsync"/> does,
    /// but at most once per <see cref="OutboundOptions.CoalesceInterval"/> from this instance (usually no storage call
    /// at all); the worker's trailing recount shows the answers whose mark was skipped.
    /// </summary>
    public async Task CountChangedAsync(ConversationAddress thread, ConversationKey roundConversation, string roundId, int questionIndex, CancellationToken cancellationToken)
    {
        var lane = OutboxLanes.Thread(thread);
        if (memo is not null && !memo.ShouldMark(lane, roundId, questionIndex))
        {
            return;
        }

        try
        {
            await store.MarkDirtyAsync(lane, roundId, roundConversation.Value, [questionIndex], time.GetUtcNow(), cancellationToken);
        }
        catch
        {
            memo?.Forget(lane, roundId, questionIndex);
            throw;
        }

        signal.Notify();
    }
}
