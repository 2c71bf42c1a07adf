using Azure.Data.Tables;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Storage;

namespace BarnrattsResan.Bot.Privacy;

/// <summary>
/// The channels of a team that hold rounds (table Conversations, partition = the team, one row per channel), so
/// that when the bot is removed from a team every channel's data can be found without scanning a table.
/// </summary>
internal sealed class TeamChannelIndex(Tables tables)
{
    private const string ChannelRowPrefix = "channel|";
    private readonly TableClient table = tables.Conversations;

    /// <summary>The key of a team's own partition; distinct from every channel's key.</summary>
    public static ConversationKey KeyOf(string? tenantId, string teamId) => ConversationKey.For(tenantId, "team:" + teamId);

    /// <summary>Notes that the channel of <paramref name="thread"/> holds rounds, when it is a team channel.</summary>
    public async Task AddAsync(ConversationAddress thread, CancellationToken cancellationToken)
    {
        if (thread.Kind != ConversationKind.Channel || string.IsNullOrEmpty(thread.TeamId))
        {
            return;
        }

        var entity = new TableEntity(KeyOf(thread.TenantId, thread.TeamId).Value, ChannelRowPrefix + thread.Key.Value);
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>The channels of the team that hold (or held) rounds.</summary>
    public async Task<IReadOnlyList<ConversationKey>> ChannelsAsync(ConversationKey team, CancellationToken cancellationToken)
    {
        var (from, to) = (ChannelRowPrefix, ChannelRowPrefix[..^1] + (char)(ChannelRowPrefix[^1] + 1));
        var channels = new List<ConversationKey>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == team.Value && e.RowKey.CompareTo(from) >= 0 && e.RowKey.CompareTo(to) < 0, select: [nameof(TableEntity.RowKey)], cancellationToken: cancellationToken))
        {
            channels.Add(ConversationKey.FromStored(row.RowKey[ChannelRowPrefix.Length..]));
        }

        return channels;
    }
}
