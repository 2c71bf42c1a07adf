using Azure;
using Azure.Data.Tables;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Storage;

namespace BarnrattsResan.Bot.Planning;

/// <summary>A round's planned moments in table storage; any instance finds the due ones and claims one with a lease.</summary>
public sealed class RoundJobStore(Tables tables)
{
    private readonly TableClient table = tables.Jobs;

    /// <summary>The jobs a round has: its scheduled start (if planned) and its reminders. Their row keys follow from the round alone.</summary>
    public static IReadOnlyList<RoundJobEntity> JobsFor(Round round)
    {
        var jobs = new List<RoundJobEntity>();
        if (round.StartsAt is { } start)
        {
            jobs.Add(Job(round, RoundJobEntity.StartKind, start));
        }

        jobs.AddRange(ReminderPlan.For(round).Select(r => Job(round, r.Kind, r.At)));
        return jobs;
    }

    /// <summary>Schedules the round's jobs; scheduling them again (a retried setup) changes nothing.</summary>
    public async Task ScheduleAsync(Round round, CancellationToken cancellationToken)
    {
        foreach (var job in JobsFor(round))
        {
            try
            {
                await table.AddEntityAsync(job, cancellationToken);
            }
            catch (RequestFailedException e) when (StorageRetry.IsConflict(e))
            {
                // Already scheduled.
            }
        }
    }

    public async Task<IReadOnlyList<RoundJobEntity>> DueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        var bound = RoundJobEntity.DueBound(now);
        var jobs = new List<RoundJobEntity>();
        await foreach (var job in table.QueryAsync<RoundJobEntity>(j => j.PartitionKey == RoundJobEntity.DuePartition && j.RowKey.CompareTo(bound) <= 0, maxPerPage: max, cancellationToken: cancellationToken))
        {
            jobs.Add(job);
            if (jobs.Count >= max) break;
        }

        return jobs;
    }

    /// <summary>Claims a job for a while; null when another instance holds it or took it first.</summary>
    public async Task<RoundJobEntity?> TryClaimAsync(RoundJobEntity job, string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
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
    public async Task CompleteAsync(RoundJobEntity job, CancellationToken cancellationToken)
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

    private static RoundJobEntity Job(Round round, string kind, DateTimeOffset at) => new()
    {
        RowKey = RoundJobEntity.RowKeyFor(at, round.Id, kind),
        ConversationKey = round.ConversationKey.Value,
        RoundId = round.Id,
        Kind = kind,
        DueAt = at,
    };
}
