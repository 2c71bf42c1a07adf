using Azure;
using Azure.Data.Tables;
using BarnrattsResan.Bot.Storage;

namespace BarnrattsResan.Bot.Outbound;

/// <summary>
/// The outbox in table storage. Enqueuing an item is one transaction in its lane's partition (the item and a
/// guard row for its idempotency key), so the same item is never enqueued twice; the lane's row in the
/// <c>lanes</c> partition tells every instance the lane has work, without scanning the table.
/// </summary>
internal sealed class OutboxStore(Tables tables)
{
    private readonly TableClient table = tables.Outbox;

    /// <summary>Adds the item unless an item with its idempotency key was ever added to the lane; true when added.</summary>
    public async Task<bool> AddAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        try
        {
            await table.SubmitTransactionAsync(
                [
                    new TableTransactionAction(TableTransactionActionType.Add, OutboxEntity.Guard(item)),
                    new TableTransactionAction(TableTransactionActionType.Add, OutboxEntity.ToEntity(item)),
                ],
                cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    /// <summary>Says the lane has work from <paramref name="nextAt"/> on (creating its row if needed).</summary>
    public Task TouchLaneAsync(string lane, DateTimeOffset nextAt, CancellationToken cancellationToken) =>
        table.UpsertEntityAsync(OutboxLaneState.Touch(lane, nextAt), TableUpdateMode.Merge, cancellationToken);

    /// <summary>Marks question cards whose count changed: one write, however many answers arrive.</summary>
    public Task MarkDirtyAsync(string lane, string roundId, string roundConversation, IEnumerable<int> questionIndexes, DateTimeOffset now, CancellationToken cancellationToken) =>
        table.UpsertEntityAsync(OutboxLaneState.MarkDirty(lane, roundId, roundConversation, questionIndexes, now), TableUpdateMode.Merge, cancellationToken);

    /// <summary>The lanes with work due by <paramref name="now"/> (one small partition: only lanes with work have a row).</summary>
    public async Task<IReadOnlyList<OutboxLaneState>> DueLanesAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        var lanes = new List<OutboxLaneState>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {OutboxLaneState.Partition} and NextAt le {now}");
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            lanes.Add(new OutboxLaneState(entity));
            if (lanes.Count >= max) break;
        }

        return lanes;
    }

    /// <summary>The earliest time any lane is due, to sleep until then.</summary>
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset? next = null;
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e.PartitionKey == OutboxLaneState.Partition, select: ["NextAt"], cancellationToken: cancellationToken))
        {
            var at = entity.GetDateTimeOffset("NextAt");
            if (at is not null && (next is null || at < next)) next = at;
        }

        return next;
    }

    public async Task<OutboxLaneState?> GetLaneAsync(string lane, CancellationToken cancellationToken)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(OutboxLaneState.Partition, lane, cancellationToken: cancellationToken);
        return response.HasValue ? new OutboxLaneState(response.Value!) : null;
    }

    /// <summary>Saves changes to the lane row with the ETag it was read at; null when someone else changed it in between.</summary>
    public async Task<OutboxLaneState?> TrySaveLaneAsync(TableEntity change, CancellationToken cancellationToken)
    {
        try
        {
            await table.UpdateEntityAsync(change, change.ETag, TableUpdateMode.Merge, cancellationToken);
            return await GetLaneAsync(change.RowKey, cancellationToken);
        }
        catch (RequestFailedException e) when (StorageRetry.IsConflict(e) || StorageRetry.IsNotFound(e))
        {
            return null;
        }
    }

    /// <summary>Removes the lane's row when it has no work left; false when work arrived in between (the ETag changed).</summary>
    public async Task<bool> TryRemoveLaneAsync(OutboxLaneState lane, CancellationToken cancellationToken)
    {
        try
        {
            await table.DeleteEntityAsync(OutboxLaneState.Partition, lane.Key, lane.ETag, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (StorageRetry.IsConflict(e))
        {
            return false;
        }
        catch (RequestFailedException e) when (StorageRetry.IsNotFound(e))
        {
            return true;
        }
    }

    /// <summary>The next item waiting in the lane (lanes are sent in order), or null.</summary>
    public async Task<OutboxItem?> HeadAsync(string lane, CancellationToken cancellationToken)
    {
        var (from, to) = (OutboxEntity.WaitingPrefix, "o}");
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e.PartitionKey == lane && e.RowKey.CompareTo(from) >= 0 && e.RowKey.CompareTo(to) < 0, maxPerPage: 1, cancellationToken: cancellationToken))
        {
            return OutboxEntity.ToItem(entity);
        }

        return null;
    }

    /// <summary>
    /// Moves a waiting row that cannot be read out of the lane as it is stored (its values untouched, under the set-aside
    /// prefix), so the items behind it go on and it is never sent as something else.
    /// </summary>
    public async Task SetAsideUnreadableAsync(string lane, string rowKey, CancellationToken cancellationToken)
    {
        var stored = await table.GetEntityIfExistsAsync<TableEntity>(lane, rowKey, cancellationToken: cancellationToken);
        if (!stored.HasValue) return;
        var row = stored.Value!;
        var aside = new TableEntity(lane, OutboxEntity.SetAsidePrefix + rowKey[(rowKey.IndexOf('|', StringComparison.Ordinal) + 1)..]);
        foreach (var (name, value) in row.Where(p => p.Key is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag")))
        {
            aside[name] = value;
        }

        await table.UpsertEntityAsync(aside, TableUpdateMode.Replace, cancellationToken);
        try
        {
            await table.DeleteEntityAsync(lane, rowKey, row.ETag, cancellationToken);
        }
        catch (RequestFailedException e) when (StorageRetry.IsNotFound(e))
        {
            // Already moved by another instance.
        }
    }

    /// <summary>Removes a sent item. Its guard stays, so enqueuing it again changes nothing.</summary>
    public async Task RemoveAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        try
        {
            await table.DeleteEntityAsync(item.Lane, OutboxEntity.WaitingPrefix + item.Order, ETag.All, cancellationToken);
        }
        catch (RequestFailedException e) when (StorageRetry.IsNotFound(e))
        {
            // Already removed.
        }
    }

    /// <summary>Saves the item's attempts and when it may be tried again.</summary>
    public Task RescheduleAsync(OutboxItem item, CancellationToken cancellationToken) =>
        table.UpdateEntityAsync(OutboxEntity.ToEntity(item with { Send = null }), ETag.All, TableUpdateMode.Merge, cancellationToken);

    /// <summary>Moves an item that cannot be delivered out of the lane (kept for the record, never retried).</summary>
    public async Task SetAsideAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        await table.UpsertEntityAsync(OutboxEntity.ToEntity(item with { ETag = null }, OutboxEntity.SetAsidePrefix), TableUpdateMode.Replace, cancellationToken);
        await RemoveAsync(item, cancellationToken);
    }

    /// <summary>The items set aside in a lane (for tests and operators).</summary>
    public async Task<IReadOnlyList<OutboxItem>> SetAsideAsync(string lane, CancellationToken cancellationToken)
    {
        var items = new List<OutboxItem>();
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e.PartitionKey == lane && e.RowKey.CompareTo(OutboxEntity.SetAsidePrefix) >= 0 && e.RowKey.CompareTo("x}") < 0, cancellationToken: cancellationToken))
        {
            items.Add(OutboxEntity.ToItem(entity));
        }

        return items;
    }

    /// <summary>
    /// The lanes that hold waiting items, read across the whole table: only at start-up, to heal a lane whose row was
    /// lost because an instance stopped between adding its items and marking the lane.
    /// </summary>
    public async Task<IReadOnlyCollection<string>> LanesWithWaitingItemsAsync(CancellationToken cancellationToken)
    {
        var lanes = new HashSet<string>(StringComparer.Ordinal);
        var filter = TableClient.CreateQueryFilter($"RowKey ge {OutboxEntity.WaitingPrefix} and RowKey lt {"o}"}");
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey"], cancellationToken: cancellationToken))
        {
            lanes.Add(entity.PartitionKey);
        }

        return lanes;
    }
}
