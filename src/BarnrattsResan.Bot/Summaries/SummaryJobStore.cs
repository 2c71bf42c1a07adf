using Azure.Data.Tables;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Scheduling;
using BarnrattsResan.Bot.Storage;

namespace BarnrattsResan.Bot.Summaries;

/// <summary>Scheduled summaries in table storage; any instance can find the due ones and claim one with a lease.</summary>
internal sealed class SummaryJobStore(Tables tables)
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
        await LeasedJobs.AddOnceAsync(table, entity, cancellationToken);
    }

    /// <summary>The jobs due at or before <paramref name="now"/>, oldest first, at most <paramref name="max"/>.</summary>
    public Task<IReadOnlyList<SummaryJobEntity>> DueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken) =>
        LeasedJobs.DueAsync<SummaryJobEntity>(table, SummaryJobEntity.DuePartition, SummaryJobEntity.DueBound(now), max, cancellationToken);

    /// <summary>Claims a job for a while; false when another instance holds it or took it first.</summary>
    public Task<SummaryJobEntity?> TryClaimAsync(SummaryJobEntity job, string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken) =>
        LeasedJobs.TryClaimAsync(table, job, owner, now, lease, cancellationToken);

    /// <summary>Removes a job that is done. Only the holder of the claim can remove it.</summary>
    public Task CompleteAsync(SummaryJobEntity job, CancellationToken cancellationToken) =>
        LeasedJobs.CompleteAsync(table, job, cancellationToken);

    /// <summary>Sets aside a claimed job that can never run (see <see cref="LeasedJobs.SetAsideAsync"/>).</summary>
    public Task SetAsideAsync(SummaryJobEntity job, CancellationToken cancellationToken) =>
        LeasedJobs.SetAsideAsync(table, job, cancellationToken);
}
