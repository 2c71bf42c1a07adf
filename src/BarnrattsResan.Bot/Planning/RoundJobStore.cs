using Azure.Data.Tables;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Scheduling;
using BarnrattsResan.Bot.Storage;

namespace BarnrattsResan.Bot.Planning;

/// <summary>A round's planned moments in table storage; any instance finds the due ones and claims one with a lease.</summary>
internal sealed class RoundJobStore(Tables tables)
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
            await LeasedJobs.AddOnceAsync(table, job, cancellationToken);
        }
    }

    public Task<IReadOnlyList<RoundJobEntity>> DueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken) =>
        LeasedJobs.DueAsync<RoundJobEntity>(table, RoundJobEntity.DuePartition, RoundJobEntity.DueBound(now), max, cancellationToken);

    /// <summary>Claims a job for a while; null when another instance holds it or took it first.</summary>
    public Task<RoundJobEntity?> TryClaimAsync(RoundJobEntity job, string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken) =>
        LeasedJobs.TryClaimAsync(table, job, owner, now, lease, cancellationToken);

    /// <summary>Removes a job that is done. Only the holder of the claim can remove it.</summary>
    public Task CompleteAsync(RoundJobEntity job, CancellationToken cancellationToken) =>
        LeasedJobs.CompleteAsync(table, job, cancellationToken);

    /// <summary>Sets aside a claimed job that can never run (see <see cref="LeasedJobs.SetAsideAsync"/>).</summary>
    public Task SetAsideAsync(RoundJobEntity job, CancellationToken cancellationToken) =>
        LeasedJobs.SetAsideAsync(table, job, cancellationToken);

    private static RoundJobEntity Job(Round round, string kind, DateTimeOffset at) => new()
    {
        RowKey = RoundJobEntity.RowKeyFor(at, round.Id, kind),
        ConversationKey = round.ConversationKey.Value,
        RoundId = round.Id,
        Kind = kind,
        DueAt = at,
    };
}
