using Azure;
using Azure.Data.Tables;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Storage;

namespace BarnrattsResan.Bot.Rounds;

/// <summary>Rounds in table storage. Every change is saved with the ETag it was read at, so two instances never overwrite each other.</summary>
internal sealed class RoundStore(Tables tables, ILogger<RoundStore> logger, RoundCache? cache = null)
{
    /// <summary>The table's name in logs and in <see cref="UnreadableRowException"/>.</summary>
    public const string TableName = "Rounds";

    private readonly TableClient table = tables.Rounds;

    /// <summary>
    /// The round as this instance read it at most <see cref="RoundCache.Ttl"/> ago, for answering: it may not yet show
    /// a change another instance made in that time (see <see cref="RoundCache"/>). Steering, withdrawing and erasing
    /// read with <see cref="GetAsync"/>.
    /// </summary>
    public Task<Round?> GetRecentAsync(ConversationKey conversation, string roundId, CancellationToken cancellationToken) =>
        cache is null || !RoundIds.IsWellFormed(roundId)
            ? GetAsync(conversation, roundId, cancellationToken)
            : cache.GetAsync(conversation, roundId, c => GetAsync(conversation, roundId, c), cancellationToken);

    /// <summary>Adds a new round; false when a round with this id already exists (a retried or double-clicked setup).</summary>
    public async Task<bool> TryAddAsync(Round round, CancellationToken cancellationToken)
    {
        try
        {
            await table.AddEntityAsync(RoundEntity.From(round), cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (StorageRetry.IsConflict(e))
        {
            return false;
        }
    }

    public async Task<Round?> GetAsync(ConversationKey conversation, string roundId, CancellationToken cancellationToken)
    {
        if (!RoundIds.IsWellFormed(roundId))
        {
            return null;
        }

        var response = await table.GetEntityIfExistsAsync<RoundEntity>(conversation.Value, roundId, cancellationToken: cancellationToken);
        return response.HasValue ? Read(response.Value!) : null;
    }

    /// <summary>The round as it is in storage now; this instance's copy for answering becomes this one (or goes, if the round is gone).</summary>
    public async Task<Round?> GetLatestAsync(ConversationKey conversation, string roundId, CancellationToken cancellationToken)
    {
        var round = await GetAsync(conversation, roundId, cancellationToken);
        if (round is not null)
        {
            cache?.Changed(round);
        }
        else if (RoundIds.IsWellFormed(roundId))
        {
            cache?.Forget(conversation, roundId);
        }

        return round;
    }

    /// <summary>The conversation's rounds, newest first. A conversation holds few rounds (one per journey step), so this reads one small partition.</summary>
    public async Task<IReadOnlyList<Round>> ListAsync(ConversationKey conversation, CancellationToken cancellationToken)
    {
        var rounds = new List<Round>();
        await foreach (var entity in table.QueryAsync<RoundEntity>(e => e.PartitionKey == conversation.Value, cancellationToken: cancellationToken))
        {
            rounds.Add(Read(entity));
        }

        return rounds.OrderByDescending(r => r.CreatedAt).ToArray();
    }

    /// <summary>
    /// Reads the round, applies the change and saves it with the ETag; on a conflict it reads again and
    /// re-applies, so concurrent changes from other instances are never lost.
    /// </summary>
    public Task<RoundChange> ChangeAsync(ConversationKey conversation, string roundId, Func<Round, RoundTransition> change, CancellationToken cancellationToken) =>
        StorageRetry.UntilDoneAsync(
            async c =>
            {
                var current = await GetAsync(conversation, roundId, c);
                if (current is null)
                {
                    return Attempt.Done(RoundChange.NotFound);
                }

                var transition = change(current);
                if (!transition.Succeeded)
                {
                    return Attempt.Done(new RoundChange(current, transition.Refusal, Changed: false));
                }

                var saved = await SaveAsync(transition.Round!, c);
                return Attempt.Done(new RoundChange(saved, RoundRefusal.None, Changed: true));
            },
            () =>
            {
                logger.ConcurrencyExhausted(roundId, StorageRetry.MaxAttempts);
                throw new StorageBusyException(TableName);
            },
            cancellationToken);

    /// <summary>A stored round, or <see cref="UnreadableRowException"/> when its row cannot be read (see <see cref="StoredRow"/>).</summary>
    public static Round Read(RoundEntity entity) => StoredRow.Read(TableName, entity, entity.ToRound);

    private async Task<Round> SaveAsync(Round round, CancellationToken cancellationToken)
    {
        var entity = RoundEntity.From(round);
        Round saved;
        try
        {
            var response = await table.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken);
            saved = round with { ETag = response.Headers.ETag?.ToString() };
        }
        catch (Exception)
        {
            // Another instance changed it (or the save's outcome is unknown): this instance's copy cannot be trusted.
            cache?.Forget(round.ConversationKey, round.Id);
            throw;
        }

        cache?.Changed(saved);
        return saved;
    }
}

/// <summary>The result of <see cref="RoundStore.ChangeAsync"/>: the round as it is now, and whether the change was made.</summary>
internal sealed record RoundChange(Round? Round, RoundRefusal Refusal, bool Changed)
{
    public static RoundChange NotFound { get; } = new(null, RoundRefusal.None, false);
}

