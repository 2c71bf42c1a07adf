using Azure.Data.Tables;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Outbound;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Storage;
using BarnrattsResan.Bot.Summaries;

namespace BarnrattsResan.Bot.Privacy;

/// <summary>
/// The one place where a round's data, or a whole conversation's, is erased: every row in every table, one
/// method per table, so a new table is one more method; a feature above Privacy erases its own rows through an
/// <see cref="IRoundDataEraser"/> it registers (Planning: <c>Planning/PlanningEraser</c>), run here. Every step is
/// idempotent, so a retry after a crash and two instances erasing at once are both safe.
/// </summary>
internal sealed class RoundEraser(Tables tables, RetentionIndex index, TimeProvider time, ILogger<RoundEraser> logger, IEnumerable<IRoundDataEraser> features, RoundCache? cache = null)
{
    /// <summary>
    /// Erases a round now (a facilitator asked). An entry due now is written first, so that if this instance
    /// stops halfway the next retention sweep finishes the job. It is replaced by one due
    /// <see cref="RoundCache.SummaryGrace"/> later: another instance's copy of the round may still take an answer in
    /// that time, and the next sweep after it erases that too.
    /// </summary>
    public async Task EraseRoundNowAsync(ConversationKey conversation, string roundId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var intent = await index.AddAsync(conversation, roundId, now, ErasureReason.Deleted, cancellationToken);
        await EraseRoundAsync(conversation, roundId, ErasureReason.Deleted, cancellationToken);
        await index.AddAsync(conversation, roundId, now + RoundCache.SummaryGrace, ErasureReason.Deleted, cancellationToken);
        await index.RemoveAsync(intent, cancellationToken);
    }

    /// <summary>
    /// Erases everything about a round: its row (first, so no new answer is taken), its answers, its
    /// summary job and its retention entry. The entry that asked for this erasure is removed by the caller.
    /// </summary>
    public async Task EraseRoundAsync(ConversationKey conversation, string roundId, string reason, CancellationToken cancellationToken)
    {
        if (!RoundIds.IsWellFormed(roundId))
        {
            return;
        }

        var round = await tables.Rounds.GetEntityIfExistsAsync<RoundEntity>(conversation.Value, roundId, cancellationToken: cancellationToken);
        await DeleteRoundRowAsync(conversation, roundId, cancellationToken);
        cache?.Forget(conversation, roundId);
        await DeleteAnswersAsync(roundId, cancellationToken);
        await DeleteJobsAsync(conversation, round.HasValue ? round.Value : null, cancellationToken);
        var stored = round.HasValue ? ReadOrNull(round.Value!) : null;
        await DeleteOutboxAsync(roundId, stored, cancellationToken);
        foreach (var feature in features)
        {
            // Each feature's own rows (Planning's reminders and planned jobs: Planning/PlanningEraser).
            await feature.EraseAsync(conversation, roundId, stored, cancellationToken);
        }

        await DeleteNoteOffersAsync(roundId, cancellationToken);
        logger.RoundErased(roundId, reason);
    }

    /// <summary>Erases every round of a conversation and everything the bot keeps about the conversation itself (the bot was removed).</summary>
    public async Task<int> EraseConversationAsync(ConversationKey conversation, CancellationToken cancellationToken)
    {
        var roundIds = new List<string>();
        await foreach (var row in tables.Rounds.QueryAsync<TableEntity>(e => e.PartitionKey == conversation.Value, select: [nameof(TableEntity.RowKey)], cancellationToken: cancellationToken))
        {
            roundIds.Add(row.RowKey);
        }

        foreach (var roundId in roundIds)
        {
            await EraseRoundAsync(conversation, roundId, ErasureReason.Removed, cancellationToken);
        }

        await DeleteConversationRowsAsync(conversation, cancellationToken);
        logger.ConversationErased(roundIds.Count);
        return roundIds.Count;
    }

    /// <summary>Rounds: the round's one row.</summary>
    private Task DeleteRoundRowAsync(ConversationKey conversation, string roundId, CancellationToken cancellationToken) =>
        DeleteRowsAsync(tables.Rounds, [(conversation.Value, roundId)], cancellationToken);

    /// <summary>Answers: the round's whole partition.</summary>
    private async Task DeleteAnswersAsync(string roundId, CancellationToken cancellationToken)
    {
        var rows = new List<(string, string)>();
        await foreach (var row in tables.Answers.QueryAsync<TableEntity>(e => e.PartitionKey == roundId, select: [nameof(TableEntity.RowKey)], cancellationToken: cancellationToken))
        {
            rows.Add((roundId, row.RowKey));
        }

        await DeleteRowsAsync(tables.Answers, rows, cancellationToken);
    }

    /// <summary>Jobs: the round's summary job (if still due) and its retention entry.</summary>
    private async Task DeleteJobsAsync(ConversationKey conversation, RoundEntity? round, CancellationToken cancellationToken)
    {
        if (round is null)
        {
            return;
        }

        await DeleteRowsAsync(tables.Jobs, [(SummaryJobEntity.DuePartition, SummaryJobEntity.RowKeyFor(round.SummaryDueAt, round.RowKey))], cancellationToken);
        if (round.RetainUntil is { } until)
        {
            await index.RemoveAsync(conversation, round.RowKey, until, cancellationToken);
        }
    }

    /// <summary>Conversations: the conversation's whole partition (where the bot can reach it, the removal marker, and a team's list of channels).</summary>
    /// <summary>The round as stored, or null when its row cannot be read: it is erased all the same, as far as its keys allow.</summary>
    private Round? ReadOrNull(RoundEntity entity)
    {
        try
        {
            return RoundStore.Read(entity);
        }
        catch (UnreadableRowException e)
        {
            logger.StoredRowUnreadableSetAside(e.Table, e.PartitionKey, e.RowKey, "erasing its outbox items by thread");
            return null;
        }
    }

    /// <summary>
    /// The round's messages still waiting in the outbox, set aside, or remembered as sent: everything in the round's
    /// thread, and the round's rows in the 1:1 lanes of its facilitators and group leads.
    /// </summary>
    private async Task DeleteOutboxAsync(string roundId, Round? round, CancellationToken cancellationToken)
    {
        if (round is null)
        {
            return;
        }

        var thread = OutboxLanes.Thread(round.Thread);
        var rows = new List<(string PartitionKey, string RowKey)> { (OutboxLanes.LanesPartition, thread) };
        await foreach (var row in tables.Outbox.QueryAsync<TableEntity>(e => e.PartitionKey == thread, select: [nameof(TableEntity.RowKey)], cancellationToken: cancellationToken))
        {
            rows.Add((thread, row.RowKey));
        }

        foreach (var person in new[] { round.Facilitator }.Concat(round.CoFacilitators).Concat(round.GroupLeads).DistinctBy(p => p.Id))
        {
            var lane = OutboxLanes.Person(round.Thread.TenantId, person.Id);
            await foreach (var row in tables.Outbox.QueryAsync<TableEntity>(e => e.PartitionKey == lane && e.GetString("RoundId") == roundId, select: [nameof(TableEntity.RowKey)], cancellationToken: cancellationToken))
            {
                rows.Add((lane, row.RowKey));
            }
        }

        await DeleteRowsAsync(tables.Outbox, rows, cancellationToken);
    }

    /// <summary>NoteOffers: the round's whole partition (offers of the notes as files, with any upload URL not yet used).</summary>
    private async Task DeleteNoteOffersAsync(string roundId, CancellationToken cancellationToken)
    {
        var rows = new List<(string, string)>();
        await foreach (var row in tables.NoteOffers.QueryAsync<TableEntity>(e => e.PartitionKey == roundId, select: [nameof(TableEntity.RowKey)], cancellationToken: cancellationToken))
        {
            rows.Add((roundId, row.RowKey));
        }

        await DeleteRowsAsync(tables.NoteOffers, rows, cancellationToken);
    }

    private async Task DeleteConversationRowsAsync(ConversationKey conversation, CancellationToken cancellationToken)
    {
        var rows = new List<(string, string)>();
        await foreach (var row in tables.Conversations.QueryAsync<TableEntity>(e => e.PartitionKey == conversation.Value, select: [nameof(TableEntity.RowKey)], cancellationToken: cancellationToken))
        {
            rows.Add((conversation.Value, row.RowKey));
        }

        await DeleteRowsAsync(tables.Conversations, rows, cancellationToken);
    }

    /// <summary>Deletes rows whatever their version, a hundred per transaction; rows already gone are fine.</summary>
    private static Task DeleteRowsAsync(TableClient table, IReadOnlyList<(string PartitionKey, string RowKey)> rows, CancellationToken cancellationToken) =>
        RowDeletion.DeleteAsync(table, rows, cancellationToken);
}
