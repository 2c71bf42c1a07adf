using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Storage;
using Microsoft.Extensions.Options;

namespace BarnrattsResan.Bot.Privacy;

/// <summary>
/// One pass over the data that is due for erasure: rounds past their retention, rounds a facilitator deleted
/// that were not finished, conversations the bot was removed from. Safe when several instances sweep at once:
/// every erasure is idempotent, and an entry is removed only after its erasure.
/// </summary>
internal sealed class RetentionSweeper(RetentionIndex index, RoundStore rounds, RoundEraser eraser, TimeProvider time, IOptions<PrivacyOptions> options, ILogger<RetentionSweeper> logger)
{
    /// <summary>Entries are read this many at a time; a pass reads on while whole pages come back and get done.</summary>
    public const int PageSize = 500;

    /// <summary>Erases what is due; returns how many rounds and conversations were erased.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var erased = 0;
        while (true)
        {
            var due = await index.DueAsync(now, PageSize, cancellationToken);
            var done = 0;
            foreach (var entry in due)
            {
                var (erasedNow, removed) = await HandleAsync(entry, now, cancellationToken);
                erased += erasedNow;
                if (removed) done++;
            }

            // A failed entry stays for the next pass; stop when nothing more could be done.
            if (due.Count < PageSize || done == 0)
            {
                break;
            }
        }

        if (erased > 0)
        {
            logger.RetentionSwept(erased);
        }

        return erased;
    }

    /// <summary>Erases what one entry asks for, then removes the entry: (how many were erased, whether the entry is done).</summary>
    private async Task<(int Erased, bool Done)> HandleAsync(RetentionEntity entry, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            var conversation = ConversationKey.FromStored(entry.ConversationKey);
            var erased = 0;
            if (entry.RoundId == RetentionEntity.WholeConversation)
            {
                await eraser.EraseConversationAsync(conversation, cancellationToken);
                erased = 1;
            }
            else if (!(entry.Reason == ErasureReason.Retention && await PostponeAsync(conversation, entry, now, cancellationToken)))
            {
                await eraser.EraseRoundAsync(conversation, entry.RoundId, entry.Reason, cancellationToken);
                erased = 1;
            }

            await index.RemoveAsync(entry, cancellationToken);
            return (erased, true);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The entry stays, so the next pass tries again.
            logger.RetentionEntryFailed(e, entry.RoundId);
            return (0, false);
        }
    }

    /// <summary>
    /// A round kept longer than this entry says is kept: its own retention moved on (a retried setup left an
    /// early entry) or <c>Privacy:RetentionDays</c> was lengthened. It gets an entry at the later time.
    /// </summary>
    private async Task<bool> PostponeAsync(ConversationKey conversation, RetentionEntity entry, DateTimeOffset now, CancellationToken cancellationToken)
    {
        Round? round;
        try
        {
            round = await rounds.GetAsync(conversation, entry.RoundId, cancellationToken);
        }
        catch (UnreadableRowException e)
        {
            // What the row says about keeping it longer cannot be read: the round is erased when this entry says.
            logger.StoredRowUnreadableSetAside(e.Table, e.PartitionKey, e.RowKey, "postponing erasure");
            return false;
        }

        if (round is null)
        {
            return false;
        }

        var byPolicy = round.MeetingAt + options.Value.Retention;
        var until = round.RetainUntil is { } recorded && recorded > byPolicy ? recorded : byPolicy;
        if (until <= now)
        {
            return false;
        }

        if (round.RetainUntil != until)
        {
            await rounds.ChangeAsync(conversation, round.Id, r => RoundTransition.To(r with { RetainUntil = until }), cancellationToken);
        }

        await index.AddAsync(conversation, round.Id, until, ErasureReason.Retention, cancellationToken);
        logger.RetentionPostponed(round.Id, until);
        return true;
    }
}
