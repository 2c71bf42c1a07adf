using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Scheduling;
using BarnrattsResan.Bot.Storage;
using Microsoft.Extensions.Options;

namespace BarnrattsResan.Bot.Summaries;

/// <summary>
/// One pass over the summaries that are due: each is claimed with a lease (so one instance of many takes it),
/// handed to the outbox, and removed; the outbox delivers it. A summary that fell due while no instance ran is due at the first pass after start.
/// </summary>
internal sealed class SummaryScheduler(SummaryJobStore jobs, SummaryService summaries, TimeProvider time, IOptions<SchedulerOptions> options, ILogger<SummaryScheduler> logger)
{
    private readonly string owner = $"{Environment.MachineName}/{Guid.NewGuid():N}";

    /// <summary>How many due jobs are read at a time; a pass reads page after page until none is left.</summary>
    private const int PageSize = 50;

    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var delivered = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var page = (await jobs.DueAsync(time.GetUtcNow(), PageSize + seen.Count, cancellationToken)).Where(j => seen.Add(j.RowKey)).ToArray();
            if (page.Length == 0)
            {
                return delivered;
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
                    // Handing a summary to the outbox is a few table writes: a job never waits for Teams, so a
                    // conversation that refuses the bot cannot hold up the others.
                    await summaries.DeliverDueAsync(ConversationKey.FromStored(claimed.ConversationKey), claimed.RoundId, cancellationToken);
                    await jobs.CompleteAsync(claimed, cancellationToken);
                    delivered++;
                }
                catch (UnreadableRowException e)
                {
                    logger.StoredRowUnreadableSetAside(e.Table, e.PartitionKey, e.RowKey, "summary job");
                    await jobs.SetAsideAsync(claimed, cancellationToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.SummaryJobFailed(e, claimed.RoundId);
                }
            }
        }
    }
}
