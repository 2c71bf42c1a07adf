using Azure.Data.Tables;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Storage;

namespace BarnrattsResan.Bot.Planning;

/// <summary>
/// Planning's part in erasing a round (<c>Privacy/RoundEraser</c>). Reminders: the round's partition (opt-outs, time
/// zones, the last manual reminder); its planned start and reminder jobs; and reminder items in colleagues' 1:1 lanes
/// (waiting, set aside or their keys), found by the round id.
/// </summary>
internal sealed class PlanningEraser(Tables tables) : IRoundDataEraser
{
    public async Task EraseAsync(ConversationKey conversation, string roundId, Round? round, CancellationToken cancellationToken)
    {
        var reminders = new List<(string, string)>();
        await foreach (var row in tables.Reminders.QueryAsync<TableEntity>(e => e.PartitionKey == roundId, select: [nameof(TableEntity.RowKey)], cancellationToken: cancellationToken))
        {
            reminders.Add((roundId, row.RowKey));
        }

        await RowDeletion.DeleteAsync(tables.Reminders, reminders, cancellationToken);
        if (round is not null)
        {
            await RowDeletion.DeleteAsync(tables.Jobs, RoundJobStore.JobsFor(round).Select(j => (j.PartitionKey, j.RowKey)).ToArray(), cancellationToken);
        }

        var outbox = new List<(string, string)>();
        await foreach (var row in tables.Outbox.QueryAsync<TableEntity>(e => e.PartitionKey.CompareTo("p.") >= 0 && e.PartitionKey.CompareTo("p/") < 0 && e.GetString("RoundId") == roundId, select: [nameof(TableEntity.PartitionKey), nameof(TableEntity.RowKey)], cancellationToken: cancellationToken))
        {
            outbox.Add((row.PartitionKey, row.RowKey));
        }

        await RowDeletion.DeleteAsync(tables.Outbox, outbox, cancellationToken);
    }
}
