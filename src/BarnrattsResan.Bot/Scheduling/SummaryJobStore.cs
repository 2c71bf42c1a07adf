using Azure;
using Azure.Data.Tables;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Storage;

namespace BarnrattsResan.Bot.Scheduling;

/// <summary>Scheduled summaries in table storage; any instance can find the due ones and claim one with a lease.</summary>
public sealed class SummaryJobStore(Tables tables)
{
    private readonly TableClient table = tables.Jobs;

    /// <summary>Schedules the round's summary; scheduling it again (a retried setup) changes nothing.</summary>
    public async Task ScheduleAsync(Round round, CancellationToken cancellationToken)
    {
        var entity = new SummaryJobEntity
        {
            RowKey = SummaryJobEntity.RowKeyFor(round.SummaryDueAt, round.Id),
            ConversationKey = round.ConversationKey.Value,
            RoundId = round.Id,
            DueAt = round.SummaryDueAt,
        };
        try
        {
            await table.AddEntityAsync(entity, cancellationToken);
        }
        catch (RequestFailedException e) when (StorageRetry.IsConflict(e))
        {
            // Already scheduled.
        }
    }

    /// <summary>The jobs due at or before <paramref name="now"/>, oldest first, at most <paramref name="max"/>.</summary>
    public async Task<IReadOnlyList<SummaryJobEntity>> DueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        var bound = SummaryJobEntity.DueBound(now);
        var jobs = new List<SummaryJobEntity>();
        await foreach (var job in table.QueryAsync<SummaryJobEntity>(j => j.PartitionKey == SummaryJobEntity.DuePartition && j.RowKey.CompareTo(bound) <= 0, maxPerPage: max, cancellationToken: cancellationToken))
        {
            jobs.Add(job);
            if (jobs.Count >= max) break;
        }

        return jobs;
    }

    /// <summary>Claims a job for a while; false when another instance holds it or took it first.</summary>
    public async Task<SummaryJobEntity?> TryClaimAsync(SummaryJobEntity job, string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        if (job.LeaseUntil is { } until && until > now)
        {
            return null;
        }

        job.LeaseOwner = owner;
        job.LeaseUntil = now + lease;
        job.Attempts++;
        try
        {
            var response = await table.UpdateEntityAsync(job, job.ETag, TableUpdateMode.Replace, cancellationToken);
            job.ETag = response.Headers.ETag ?? job.ETag;
            return job;
        }
        catch (RequestFailedException e) when (StorageRetry.IsConflict(e) || StorageRetry.IsNotFound(e))
        {
            return null;
        }
    }

    /// <summary>Removes a job that is done. Only the holder of the claim can remove it.</summary>
    public async Task CompleteAsync(SummaryJobEntity job, CancellationToken cancellationToken)
    {
        try
        {
            await table.DeleteEntityAsync(job, job.ETag, cancellationToken);
        }
        catch (RequestFailedException e) when (StorageRetry.IsNotFound(e))
        {
            // Already gone.
        }
    }
}
