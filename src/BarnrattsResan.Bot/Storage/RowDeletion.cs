using Azure;
using Azure.Data.Tables;

namespace BarnrattsResan.Bot.Storage;

/// <summary>Deleting rows for erasure: whatever their version, a hundred per transaction; rows already gone are fine.</summary>
internal static class RowDeletion
{
    /// <summary>A table transaction holds at most this many operations.</summary>
    private const int BatchSize = 100;

    /// <summary>Deletes rows whatever their version, a hundred per transaction; rows already gone are fine.</summary>
    public static async Task DeleteAsync(TableClient table, IReadOnlyList<(string PartitionKey, string RowKey)> rows, CancellationToken cancellationToken)
    {
        foreach (var partition in rows.GroupBy(r => r.PartitionKey))
        {
            foreach (var batch in partition.Chunk(BatchSize))
            {
                if (batch.Length > 1)
                {
                    try
                    {
                        await table.SubmitTransactionAsync(batch.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(r.PartitionKey, r.RowKey), ETag.All)), cancellationToken);
                        continue;
                    }
                    catch (RequestFailedException e) when (StorageRetry.IsNotFound(e))
                    {
                        // Someone else deleted some of them first; delete the rest one by one.
                    }
                }

                foreach (var (partitionKey, rowKey) in batch)
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
        }
    }
}
