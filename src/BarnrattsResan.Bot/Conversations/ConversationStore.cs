using Azure;
using Azure.Data.Tables;
using BarnrattsResan.Bot.Storage;

namespace BarnrattsResan.Bot.Conversations;

/// <summary>
/// Conversations the bot is in (table Conversations, partition = the conversation): the stored reference for
/// proactive messages, and whether the bot has greeted there, so it greets once.
/// </summary>
internal sealed class ConversationStore(Tables tables, TimeProvider time)
{
    private const string AddressRow = "address";
    private readonly TableClient table = tables.Conversations;

    /// <summary>Saves where the bot can reach the conversation; true the first time (so the bot greets once).</summary>
    public async Task<bool> RegisterAsync(ConversationAddress address, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(address.Key.Value, AddressRow)
        {
            ["Address"] = StoredJson.Write(address),
            ["RegisteredAt"] = time.GetUtcNow(),
        };
        try
        {
            await table.AddEntityAsync(entity, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (StorageRetry.IsConflict(e))
        {
            entity.Remove("RegisteredAt");
            await table.UpsertEntityAsync(entity, TableUpdateMode.Merge, cancellationToken);
            return false;
        }
    }

    public async Task<ConversationAddress?> FindAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(key.Value, AddressRow, cancellationToken: cancellationToken);
        return response.HasValue ? StoredRow.Read("Conversations", response.Value!, () => StoredJson.Read<ConversationAddress?>(response.Value!.GetString("Address"), null)) : null;
    }
}
