using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Scheduling;
using BarnrattsResan.Bot.Storage;
using Microsoft.Extensions.Options;

namespace BarnrattsResan.Bot.Planning;

/// <summary>
/// One pass over a round's planned moments that are due: each is claimed with a lease (so one instance of many
/// takes it), handed to the outbox (a scheduled start enqueues the round's cards; a reminder its fan-out task, once
/// per key), and removed. A moment that fell due while no instance ran is due at the first pass after start.
/// </summary>
internal sealed class RoundJobScheduler(
    RoundJobStore jobs,
    RoundStore rounds,
    RoundPublisher publisher,
    ReminderOutbox reminders,
    TimeProvider time,
    IOptions<SchedulerOptions> options,
    ILogger<RoundJobScheduler> logger)
{
    private const int PageSize = 50;

    private readonly string owner = $"{Environment.MachineName}/{Guid.NewGuid():N}";

    /// <summary>Runs what is due; returns how many jobs this instance handed on.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var done = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var page = (await jobs.DueAsync(time.GetUtcNow(), PageSize + seen.Count, cancellationToken)).Where(j => seen.Add(j.RowKey)).ToArray();
            if (page.Length == 0)
            {
                return done;
            }

            foreach (var job in page)
            {
                var claimed = await jobs.TryClaimAsync(job, owner, time.GetUtcNow(), options.Value.Lease, cancellationToken);
                if (claimed is null)
                {
                    continue;
                }

                try
                {
                    await RunAsync(claimed, cancellationToken);
                    await jobs.CompleteAsync(claimed, cancellationToken);
                    done++;
                }
                catch (UnreadableRowException e)
                {
                    logger.StoredRowUnreadableSetAside(e.Table, e.PartitionKey, e.RowKey, "planned job " + claimed.Kind);
                    await jobs.SetAsideAsync(claimed, cancellationToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.RoundJobFailed(e, claimed.RoundId, claimed.Kind);
                }
            }
        }
    }

    private async Task RunAsync(RoundJobEntity job, CancellationToken cancellationToken)
    {
        var round = await rounds.GetAsync(ConversationKey.FromStored(job.ConversationKey), job.RoundId, cancellationToken);
        if (round is null)
        {
            return;
        }

        if (job.Kind == RoundJobEntity.StartKind)
        {
            await publisher.EnqueuePublishAsync(round, cancellationToken);
            logger.PlannedRoundStarted(round.Id);
            return;
        }

        if (round.IsOpen && time.GetUtcNow() < round.SummaryDueAt)
        {
            await reminders.EnqueueAsync(round, job.Kind, cancellationToken);
        }
    }
}
