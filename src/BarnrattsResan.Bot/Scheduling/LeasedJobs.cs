using Azure;
using Azure.Data.Tables;
using BarnrattsResan.Bot.Storage;

namespace BarnrattsResan.Bot.Scheduling;

/// <summary>
/// The one way job rows are scheduled, found, claimed and completed, for every kind of job in the Jobs table:
/// due rows sort by due time within their partition, a claim is a lease saved with the ETag, and only the
/// holder of the claim can remove the row.
/// </summary>
internal static class LeasedJobs
{
    /// <summary>Adds a job; adding it again (a retried setup) changes nothing.</summary>
    public static async Task AddOnceAsync<T>(TableClient table, T job, CancellationToken cancellationToken)
        where T : class, ILeasedJob
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

    /// <summary>The jobs of <paramref name="partition"/> whose row key sorts at or before <paramref name="bound"/>, oldest first, at most <paramref name="max"/>.</summary>
    public static async Task<IReadOnlyList<T>> DueAsync<T>(TableClient table, string partition, string bound, int max, CancellationToken cancellationToken)
        where T : class, ILeasedJob, new()
    {
        var jobs = new List<T>();
        await foreach (var job in table.QueryAsync<T>(j => j.PartitionKey == partition && j.RowKey.CompareTo(bound) <= 0, maxPerPage: max, cancellationToken: cancellationToken))
        {
            jobs.Add(job);
            if (jobs.Count >= max) break;
        }

        return jobs;
    }

    /// <summary>Claims a job for a while; null when another instance holds it or took it first.</summary>
    public static async Task<T?> TryClaimAsync<T>(TableClient table, T job, string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
        where T : class, ILeasedJob
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

    /// <summary>Removes a job that is done, under the claim's ETag; a job already gone is fine.</summary>
    public static async Task CompleteAsync<T>(TableClient table, T job, CancellationToken cancellationToken)
        where T : class, ILeasedJob
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

    /// <summary>The lease owner of a job set aside (<see cref="SetAsideAsync"/>).</summary>
    public const string SetAsideOwner = "set-aside";

    /// <summary>
    /// Sets aside a claimed job that can never run (a row it needs cannot be read, see <see cref="StoredRow"/>): it
    /// keeps its row and keys, for whoever looks into it and for erasure with its round, but its lease never ends, so
    /// no instance claims it again.
    /// </summary>
    public static async Task SetAsideAsync<T>(TableClient table, T job, CancellationToken cancellationToken)
        where T : class, ILeasedJob
    {
        job.LeaseOwner = SetAsideOwner;
        job.LeaseUntil = new DateTimeOffset(9999, 1, 1, 0, 0, 0, TimeSpan.Zero);
        try
        {
            await table.UpdateEntityAsync(job, job.ETag, TableUpdateMode.Replace, cancellationToken);
        }
        catch (RequestFailedException e) when (StorageRetry.IsConflict(e) || StorageRetry.IsNotFound(e))
        {
            // Another instance took it over after the lease ended, or it is gone: that one decides.
        }
    }
}
