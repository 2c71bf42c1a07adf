using BarnrattsResan.Bot.Storage;
using Microsoft.Extensions.Options;

namespace BarnrattsResan.Bot.Outbound;

/// <summary>
/// Delivers one lane's work while this instance holds its lease: the waiting items in order, then the coalesced
/// question-card updates. Paces every send within Teams' windows for the lane and the tenant; on 429 waits for
/// Retry-After; on passing faults backs off with jitter; sets aside what Teams refuses or what keeps failing, so
/// nothing blocks the items behind it for long and no lane blocks another.
/// </summary>
internal sealed class OutboxLaneDrainer(
    OutboxStore store,
    IOutboundChannel channel,
    OutboxHandlers handlers,
    TenantBudget tenants,
    IDeliveryFailureReporter reporter,
    TimeProvider time,
    IOptions<OutboundOptions> options,
    ILogger<OutboxLaneDrainer> logger)
{
    private OutboundOptions Options => options.Value;

    public async Task DrainAsync(OutboxLaneState claimed, string owner, CancellationToken cancellationToken)
    {
        var lane = new LaneSession(claimed, owner);
        DateTimeOffset? nextAt = null;
        var laneRefused = false;
        while (!cancellationToken.IsCancellationRequested)
        {
            if (!await KeepLeaseAsync(lane, cancellationToken))
            {
                return;
            }

            OutboxItem? head;
            try
            {
                head = await store.HeadAsync(lane.Key, cancellationToken);
            }
            catch (UnreadableRowException e)
            {
                // The item's own row cannot be read (a purpose the code does not know, a send that is not JSON): it is
                // logged by its keys and moved aside as stored, never sent as something else, and the lane goes on.
                logger.StoredRowUnreadableSetAside(e.Table, e.PartitionKey, e.RowKey, "outbox item");
                await store.SetAsideUnreadableAsync(e.PartitionKey, e.RowKey, cancellationToken);
                continue;
            }

            if (head is not null)
            {
                if (laneRefused)
                {
                    await SetAsideAsync(head, head.LastError, report: false, cancellationToken);
                    continue;
                }

                if (head.NotBefore > time.GetUtcNow())
                {
                    nextAt = head.NotBefore;
                    if (head.LastError is null)
                    {
                        // Held back on purpose (a summary waits for answers still on their way), not by Teams: the
                        // cards' updates need not wait for it.
                        nextAt = Earliest(await RefreshCardsAsync(lane, cancellationToken), head.NotBefore);
                    }

                    break;
                }

                var result = await RunAsync(lane, head, cancellationToken);
                if (result.LeaseLost)
                {
                    return;
                }

                if (result.Later is { } later)
                {
                    nextAt = later;
                    break;
                }

                laneRefused |= result.LaneRefused;
                continue;
            }

            nextAt = await RefreshCardsAsync(lane, cancellationToken);
            break;
        }

        await ReleaseAsync(lane, nextAt, cancellationToken);
    }

    /// <summary>
    /// Sends the head item. Returns a time when the lane must wait (Teams' limits, Retry-After, a backoff), or that
    /// another instance took the lane over while this one prepared or paced the send (then nothing was sent).
    /// </summary>
    private async Task<(DateTimeOffset? Later, bool LaneRefused, bool LeaseLost)> RunAsync(LaneSession lane, OutboxItem item, CancellationToken cancellationToken)
    {
        var handler = handlers.Find(item.Handler);
        var send = item.Send;
        if (send is null)
        {
            if (handler is null)
            {
                await SetAsideAsync(item, "no handler", report: false, cancellationToken);
                return (null, false, false);
            }

            try
            {
                send = await handler.PrepareAsync(item, cancellationToken);
            }
            catch (UnreadableRowException e)
            {
                // Trying again cannot help: the row stays unreadable. Logged with its keys, the item is kept aside.
                logger.StoredRowUnreadableSetAside(e.Table, e.PartitionKey, e.RowKey, "outbox " + item.Handler);
                await SetAsideAsync(item with { LastError = "unreadable row" }, "unreadable row", report: false, cancellationToken);
                return (null, false, false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.OutboxHandlerFailed(e, item.Handler!);
                return (await RetryLaterAsync(item, DeliveryOutcome.Unreachable("handler failed"), cancellationToken), false, false);
            }

            if (send is null)
            {
                await store.RemoveAsync(item, cancellationToken);
                return (null, false, false);
            }
        }

        var wait = await PaceAsync(lane, send, cancellationToken);
        if (wait is not null)
        {
            return (wait, false, false);
        }

        if (!await FenceAsync(lane, cancellationToken))
        {
            return (null, false, true);
        }

        // Once started, a post is finished even if this instance is stopping (the HTTP timeout bounds it, well within
        // the lease just renewed): cancelling it could leave a post Teams accepted unrecorded, to be sent again.
        var outcome = await channel.SendAsync(send, CancellationToken.None);
        lane.Sent(time.GetUtcNow());
        switch (outcome.Status)
        {
            case DeliveryStatus.Delivered:
                // Teams has the message: record it even if this instance is stopping, so no one sends it again.
                if (handler is not null)
                {
                    try
                    {
                        await handler.OnDeliveredAsync(item, outcome, CancellationToken.None);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        // The message is out: do not send it again because recording its id failed.
                        logger.OutboxHandlerFailed(e, item.Handler!);
                    }
                }

                await store.RemoveAsync(item, CancellationToken.None);
                return (null, false, false);
            case DeliveryStatus.Throttled:
                logger.OutboxThrottled(lane.Key, outcome.RetryAfter?.TotalSeconds ?? 0);
                var after = time.GetUtcNow() + (outcome.RetryAfter ?? Backoff(item.Attempts + 1));
                await store.RescheduleAsync(item with { NotBefore = after, LastError = Describe(outcome) }, cancellationToken);
                return (after, false, false);
            case DeliveryStatus.Transient:
                return (await RetryLaterAsync(item, outcome, cancellationToken), false, false);
            default:
                await SetAsideAsync(item with { LastError = Describe(outcome) }, Describe(outcome), report: true, cancellationToken, outcome);
                return (null, outcome.ConversationRefused && send.Kind != OutboundSendKind.Update, false);
        }
    }

    private async Task<DateTimeOffset?> RetryLaterAsync(OutboxItem item, DeliveryOutcome outcome, CancellationToken cancellationToken)
    {
        var attempts = item.Attempts + 1;
        if (attempts >= Options.MaxAttempts)
        {
            await SetAsideAsync(item with { Attempts = attempts, LastError = Describe(outcome) }, Describe(outcome), report: true, cancellationToken, outcome);
            return null;
        }

        var after = time.GetUtcNow() + (outcome.RetryAfter ?? Backoff(attempts));
        await store.RescheduleAsync(item with { Attempts = attempts, NotBefore = after, LastError = Describe(outcome) }, cancellationToken);
        return after;
    }

    private async Task SetAsideAsync(OutboxItem item, string? reason, bool report, CancellationToken cancellationToken, DeliveryOutcome? outcome = null)
    {
        logger.OutboxSetAside(item.Lane, item.Purpose.ToString(), reason ?? "-");
        await store.SetAsideAsync(item, cancellationToken);
        if (report)
        {
            try
            {
                await reporter.ReportAsync(item, outcome ?? DeliveryOutcome.Unreachable(reason ?? "-"), cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.OutboxHandlerFailed(e, "failure report");
            }
        }
    }

    /// <summary>Waits for room in Teams' windows if the wait is short; otherwise returns when to come back.</summary>
    private async Task<DateTimeOffset?> PaceAsync(LaneSession lane, OutboundSend send, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var threadFree = TeamsRateLimits.EarliestNextSend(lane.Sends, now, TeamsRateLimits.PerThread);
        if (threadFree - now > Options.MaxInlineWait)
        {
            return threadFree;
        }

        var requests = send.Kind == OutboundSendKind.SendToPerson ? 2 : 1;
        var tenantFree = tenants.Reserve(send.To.TenantId, requests);
        var until = threadFree > tenantFree ? threadFree : tenantFree;
        if (until > now)
        {
            await Task.Delay(until - now, time, cancellationToken);
        }

        return null;
    }

    /// <summary>
    /// Sends the question cards that were marked, each at most once per coalescing interval, and counts again one
    /// interval after each update it sent (the trailing recount): if the count moved, the card is updated again, and so
    /// on while it moves. So the last update shows the exact count even when answers did not mark the card (an instance
    /// marks a card at most once per interval, see <see cref="CardMarkMemo"/>). Returns when to look again.
    /// </summary>
    private async Task<DateTimeOffset?> RefreshCardsAsync(LaneSession lane, CancellationToken cancellationToken)
    {
        DateTimeOffset? nextAt = null;
        var handler = handlers.Find(OutboxHandlers.QuestionCardRefresh);
        foreach (var refresh in lane.State.Refreshes.Where(r => r.IsPending))
        {
            var now = time.GetUtcNow();
            var free = new DateTimeOffset(refresh.SentAt, TimeSpan.Zero) + Options.CoalesceInterval;
            if (free > now)
            {
                nextAt = Earliest(nextAt, free);
                continue;
            }

            if (handler is not ICountedCardHandler counted)
            {
                lane.Handled(new HandledRefresh(refresh, now.UtcTicks, refresh.ShownCount, RecountDue: false));
                continue;
            }

            var args = new QuestionCardRefreshArgs(refresh.RoundConversation, refresh.RoundId, refresh.QuestionIndex);
            CountedCard? card;
            try
            {
                card = await counted.PrepareCountedAsync(args, cancellationToken);
            }
            catch (UnreadableRowException e)
            {
                // The round cannot be read: its card stays as it is, and the update is not tried again.
                logger.StoredRowUnreadableSetAside(e.Table, e.PartitionKey, e.RowKey, "card update");
                lane.Handled(new HandledRefresh(refresh, refresh.SentAt, refresh.ShownCount, RecountDue: false));
                continue;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.OutboxHandlerFailed(e, OutboxHandlers.QuestionCardRefresh);
                nextAt = Earliest(nextAt, now + Options.RetryDelay);
                continue;
            }

            if (card is null)
            {
                // Not posted yet (the post will carry the count) or gone: nothing to update.
                lane.Handled(new HandledRefresh(refresh, refresh.SentAt, refresh.ShownCount, RecountDue: false));
                continue;
            }

            if (!refresh.IsMarked && card.Count == refresh.ShownCount)
            {
                // The trailing recount: the card already shows this count, so it is done until the next mark.
                lane.Handled(new HandledRefresh(refresh, refresh.SentAt, refresh.ShownCount, RecountDue: false));
                continue;
            }

            var wait = await PaceAsync(lane, card.Send, cancellationToken);
            if (wait is not null)
            {
                nextAt = Earliest(nextAt, wait.Value);
                break;
            }

            if (!await FenceAsync(lane, cancellationToken))
            {
                // Another instance has the lane now and shows the count itself.
                return null;
            }

            var outcome = await channel.SendAsync(card.Send, cancellationToken);
            var sentAt = time.GetUtcNow();
            lane.Sent(sentAt);
            switch (outcome.Status)
            {
                case DeliveryStatus.Delivered:
                    lane.Handled(new HandledRefresh(refresh, sentAt.UtcTicks, card.Count, RecountDue: true));
                    nextAt = Earliest(nextAt, sentAt + Options.CoalesceInterval);
                    break;
                case DeliveryStatus.Refused:
                    // The message is gone or Teams will not take it; a later change may try again.
                    lane.Handled(new HandledRefresh(refresh, sentAt.UtcTicks, refresh.ShownCount, RecountDue: false));
                    nextAt = Earliest(nextAt, sentAt + Options.CoalesceInterval);
                    break;
                default:
                    nextAt = Earliest(nextAt, sentAt + (outcome.RetryAfter ?? Options.RetryDelay));
                    break;
            }

            await SaveAsync(lane, cancellationToken);
        }

        return nextAt;
    }

    private async Task<bool> KeepLeaseAsync(LaneSession lane, CancellationToken cancellationToken)
    {
        if (lane.LeaseUntil - time.GetUtcNow() > Options.Lease / 2)
        {
            return true;
        }

        lane.LeaseUntil = time.GetUtcNow() + Options.Lease;
        return await SaveAsync(lane, cancellationToken);
    }

    /// <summary>
    /// Renews the lease for a whole <see cref="OutboundOptions.Lease"/> right before a send, with the row's ETag: true
    /// only if no other instance took the lane over since this one claimed it (its lease may have run out while this
    /// one prepared or paced the send under load). So two instances never send the same item: the one that lost the
    /// lane stops before sending, and the one that sends holds the lane for longer than the send can take.
    /// </summary>
    private async Task<bool> FenceAsync(LaneSession lane, CancellationToken cancellationToken)
    {
        lane.LeaseUntil = time.GetUtcNow() + Options.Lease;
        return await SaveAsync(lane, cancellationToken);
    }

    /// <summary>Saves what this instance changed on the lane row; re-applies on a fresh read if answers marked cards in between.</summary>
    private Task<bool> SaveAsync(LaneSession lane, CancellationToken cancellationToken, DateTimeOffset? nextAt = null, bool release = false) =>
        StorageRetry.UntilDoneAsync(
            async c =>
            {
                var change = OutboxLaneState.Change(
                    lane.State,
                    release ? null : lane.Owner,
                    release ? null : lane.LeaseUntil,
                    nextAt,
                    TeamsRateLimits.Trim(lane.Sends, time.GetUtcNow()),
                    lane.HandledRefreshes);
                var saved = await store.TrySaveLaneAsync(change, c);
                if (saved is not null)
                {
                    lane.State = saved;
                    return Attempt.Done(true);
                }

                var fresh = await store.GetLaneAsync(lane.Key, c);
                // Another instance's claim writes its name (and its release clears it): then the lane moved on without this
                // instance, even if that lease has ended again, and what this instance holds in hand is stale.
                if (fresh is null || fresh.LeaseOwner != lane.Owner)
                {
                    logger.OutboxLeaseLost(lane.Key);
                    lane.Lost = true;
                    return Attempt.Done(false);
                }

                lane.State = fresh;
                return Attempt.Again<bool>();
            },
            () => false,
            cancellationToken,
            maxAttempts: 8);

    private async Task ReleaseAsync(LaneSession lane, DateTimeOffset? nextAt, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested || lane.Lost)
        {
            // Stopping: keep the lease; another instance takes the lane over when it ends. Lost: the lane is another's.
            return;
        }

        var now = time.GetUtcNow();
        var recentCardUpdate = lane.State.Refreshes.Any(r => new DateTimeOffset(r.SentAt, TimeSpan.Zero) + Options.CoalesceInterval > now);
        if (nextAt is null && !recentCardUpdate)
        {
            // Nothing left: remove the lane row, unless work arrived in between (then its ETag changed and it stays due).
            if (await SaveAsync(lane, cancellationToken, nextAt: now, release: true)
                && await store.HeadAsync(lane.Key, cancellationToken) is null
                && !lane.State.Refreshes.Any(r => r.IsPending))
            {
                await store.TryRemoveLaneAsync(lane.State, cancellationToken);
            }

            return;
        }

        var due = nextAt ?? lane.State.Refreshes.Select(r => new DateTimeOffset(r.SentAt, TimeSpan.Zero) + Options.CoalesceInterval).Max();
        await SaveAsync(lane, cancellationToken, nextAt: due, release: true);
    }

    private TimeSpan Backoff(int attempt)
    {
        // Exponential with full jitter: between half and all of RetryDelay × 2^(attempt−1), at most ten minutes.
        var ceiling = Math.Min(Options.RetryDelay.TotalMilliseconds * Math.Pow(2, Math.Max(0, attempt - 1)), TimeSpan.FromMinutes(10).TotalMilliseconds);
        return TimeSpan.FromMilliseconds((ceiling / 2) + (Random.Shared.NextDouble() * ceiling / 2));
    }

    private static DateTimeOffset Earliest(DateTimeOffset? a, DateTimeOffset b) => a is { } x && x < b ? x : b;

    private static string Describe(DeliveryOutcome outcome) =>
        outcome.HttpStatus is { } status ? $"{status} {outcome.Detail}".Trim() : outcome.Detail ?? outcome.Status.ToString();

    /// <summary>What this instance knows about the lane while it holds it.</summary>
    private sealed class LaneSession(OutboxLaneState state, string owner)
    {
        private readonly List<long> sends = [.. state.Sends];
        private readonly Dictionary<(string, int), HandledRefresh> handled = [];

        public OutboxLaneState State { get; set; } = state;

        public string Owner { get; } = owner;

        public string Key => State.Key;

        public DateTimeOffset LeaseUntil { get; set; } = state.LeaseUntil;

        /// <summary>Another instance took the lane over: this one stops and leaves the row alone.</summary>
        public bool Lost { get; set; }

        public IReadOnlyList<long> Sends => sends;

        public IEnumerable<HandledRefresh> HandledRefreshes => handled.Values;

        public void Sent(DateTimeOffset at) => sends.Add(at.UtcTicks);

        public void Handled(HandledRefresh done) => handled[(done.Refresh.RoundId, done.Refresh.QuestionIndex)] = done;
    }
}

/// <summary>Which shared question card to show again: the round (by its conversation and id) and the question's position.</summary>
internal sealed record QuestionCardRefreshArgs(string Conversation, string RoundId, int QuestionIndex);
