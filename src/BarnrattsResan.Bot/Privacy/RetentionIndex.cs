using Azure;
using Azure.Data.Tables;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Storage;

namespace BarnrattsResan.Bot.Privacy;

/// <summary>
/// What is due for erasure and when (<see cref="RetentionEntity"/>), and the marker that says a conversation is
/// scheduled for erasure because the bot was removed (so adding the bot back can cancel it).
/// </summary>
internal sealed class RetentionIndex(Tables tables)
{
    /// <summary>The marker's row in the conversation's partition of the Conversations table.</summary>
    public const string RemovalMarkerRow = "erasure";

    private readonly TableClient jobs = tables.Jobs;
    private readonly TableClient conversations = tables.Conversations;

    /// <summary>Adds an entry; adding the same entry again (a retry) changes nothing.</summary>
    public async Task<RetentionEntity> AddAsync(ConversationKey conversation, string roundId, DateTimeOffset dueAt, string reason, CancellationToken cancellationToken)
    {
        var entity = new RetentionEntity
        {
            RowKey = RetentionEntity.RowKeyFor(dueAt, conversation.Value, roundId),
            ConversationKey = conversation.Value,
            RoundId = roundId,
            DueAt = dueAt,
            Reason = reason,
        };
        try
        {
            await jobs.AddEntityAsync(entity, cancellationToken);
        }
        catch (RequestFailedException e) when (StorageRetry.IsConflict(e))
        {
            // Already there.
        }

        return entity;
    }

    /// <summary>The entries due at or before <paramref name="now"/>, oldest first, at most <paramref name="max"/>.</summary>
    public async Task<IReadOnlyList<RetentionEntity>> DueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        var bound = RetentionEntity.DueBound(now);
        var due = new List<RetentionEntity>();
        await foreach (var entry in jobs.QueryAsync<RetentionEntity>(e => e.PartitionKey == RetentionEntity.DuePartition && e.RowKey.CompareTo(bound) <= 0, maxPerPage: max, cancellationToken: cancellationToken))
        {
            due.Add(entry);
            if (due.Count >= max) break;
        }

        return due;
    }

    public Task RemoveAsync(RetentionEntity entry, CancellationToken cancellationToken) =>
        RemoveAsync(entry.RowKey, cancellationToken);

    public Task RemoveAsync(ConversationKey conversation, string roundId, DateTimeOffset dueAt, CancellationToken cancellationToken) =>
        RemoveAsync(RetentionEntity.RowKeyFor(dueAt, conversation.Value, roundId), cancellationToken);

    /// <summary>
    /// Schedules the erasure of a whole conversation at <paramref name="dueAt"/>, unless it is scheduled already
    /// (Teams tells of a removal twice: the installation update and the bot leaving the members).
    /// </summary>
    public async Task<bool> ScheduleConversationAsync(ConversationKey conversation, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        var marker = await conversations.GetEntityIfExistsAsync<TableEntity>(conversation.Value, RemovalMarkerRow, cancellationToken: cancellationToken);
        if (marker.HasValue)
        {
            return false;
        }

        // The entry first: if the instance stops in between, the conversation is still erased (it just cannot be cancelled).
        var entry = await AddAsync(conversation, RetentionEntity.WholeConversation, dueAt, ErasureReason.Removed, cancellationToken);
        try
        {
            await conversations.AddEntityAsync(new TableEntity(conversation.Value, RemovalMarkerRow) { ["EntryRowKey"] = entry.RowKey }, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (StorageRetry.IsConflict(e))
        {
            // Another request scheduled it at the same moment: its entry stands, this one goes.
            await RemoveAsync(entry, cancellationToken);
            return false;
        }
    }

    /// <summary>Cancels a scheduled erasure of the conversation (the bot was added back in time); false when none was scheduled.</summary>
    public async Task<bool> CancelConversationAsync(ConversationKey conversation, CancellationToken cancellationToken)
    {
        var marker = await conversations.GetEntityIfExistsAsync<TableEntity>(conversation.Value, RemovalMarkerRow, cancellationToken: cancellationToken);
        if (!marker.HasValue)
        {
            return false;
        }

        if (marker.Value!.GetString("EntryRowKey") is { Length: > 0 } rowKey)
        {
            await RemoveAsync(rowKey, cancellationToken);
        }

        await DeleteIgnoringMissingAsync(conversations, conversation.Value, RemovalMarkerRow, cancellationToken);
        return true;
    }

    private Task RemoveAsync(string rowKey, CancellationToken cancellationToken) =>
        DeleteIgnoringMissingAsync(jobs, RetentionEntity.DuePartition, rowKey, cancellationToken);

    private static async Task DeleteIgnoringMissingAsync(TableClient table, string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        try
        {
            await table.DeleteEntityAsync(partitionKey, rowKey, ETag.All, cancellationToken);
        }
        catch (RequestFailedException e) when (StorageRetry.IsNotFound(e))
        {
            // Already gone.
        }
    }
}
