using BarnrattsResan.Bot.Storage;
using Microsoft.Extensions.Options;

namespace BarnrattsResan.Bot.Outbound;

/// <summary>
/// Drains the outbox on every instance: finds the lanes with work due, takes each with a lease (so one instance
/// sends a lane's items, in order) and delivers them, several lanes at a time so a slow or failing conversation
/// never holds up the others. Wakes when this instance enqueues, and polls for what other instances enqueued.
/// </summary>
internal sealed class OutboxWorker(
    OutboxStore store,
    OutboxLaneDrainer drainer,
    OutboxSignal signal,
    TimeProvider time,
    IOptions<OutboundOptions> options,
    ILogger<OutboxWorker> logger) : BackgroundService
{
    private readonly string owner = $"{Environment.MachineName}/{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        await HealLanesAsync(stoppingToken);
        var running = new Dictionary<string, Task>(StringComparer.Ordinal);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                foreach (var done in running.Where(r => r.Value.IsCompleted).Select(r => r.Key).ToArray())
                {
                    running.Remove(done);
                }

                var free = options.Value.MaxConcurrentLanes - running.Count;
                if (free > 0)
                {
                    var now = time.GetUtcNow();
                    foreach (var lane in await store.DueLanesAsync(now, options.Value.MaxConcurrentLanes * 4, stoppingToken))
                    {
                        if (free == 0) break;
                        if (running.ContainsKey(lane.Key) || lane.IsLeasedByOtherThan(owner, now)) continue;
                        var claimed = await TryClaimAsync(lane, now, stoppingToken);
                        if (claimed is null) continue;
                        running[lane.Key] = DrainAsync(claimed, stoppingToken);
                        free--;
                    }
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.OutboxPassFailed(e);
            }

            try
            {
                var wake = running.Count > 0
                    ? Task.WhenAny(running.Values.Append(signal.WaitAsync(options.Value.PollInterval, time, stoppingToken)))
                    : signal.WaitAsync(options.Value.PollInterval, time, stoppingToken);
                await wake;
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        await Task.WhenAll(running.Values).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private async Task HealLanesAsync(CancellationToken cancellationToken)
    {
        try
        {
            foreach (var lane in await store.LanesWithWaitingItemsAsync(cancellationToken))
            {
                if (await store.GetLaneAsync(lane, cancellationToken) is null)
                {
                    await store.TouchLaneAsync(lane, time.GetUtcNow(), cancellationToken);
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.OutboxPassFailed(e);
        }
    }

    private Task<OutboxLaneState?> TryClaimAsync(OutboxLaneState? lane, DateTimeOffset now, CancellationToken cancellationToken) =>
        // Answers marking cards change the lane row often; a claim that lost such a race reads again and retries.
        StorageRetry.UntilDoneAsync(
            async c =>
            {
                if (lane is null || lane.IsLeasedByOtherThan(owner, now))
                {
                    return Attempt.Done<OutboxLaneState?>(null);
                }

                var claimed = await store.TrySaveLaneAsync(OutboxLaneState.Change(lane, owner, now + options.Value.Lease, nextAt: null, sends: null, handled: null), c);
                if (claimed is not null)
                {
                    return Attempt.Done<OutboxLaneState?>(claimed);
                }

                lane = await store.GetLaneAsync(lane.Key, c);
                return Attempt.Again<OutboxLaneState?>();
            },
            () => null,
            cancellationToken,
            maxAttempts: 3);

    private async Task DrainAsync(OutboxLaneState lane, CancellationToken cancellationToken)
    {
        try
        {
            await drainer.DrainAsync(lane, owner, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: the lease runs out and another instance continues.
        }
        catch (Exception e)
        {
            logger.OutboxLaneFailed(e, lane.Key);
        }
    }
}
