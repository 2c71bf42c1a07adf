using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Storage;

namespace BarnrattsResan.Bot.Teams;

/// <summary>
/// What the person is told when their message or click failed: a row it needed cannot be read (logged with the
/// table and keys only, see <see cref="StoredRow"/>), storage is busy (try again), or something else went wrong.
/// </summary>
internal static class FaultReplies
{
    public static string For(Exception exception, bool busy, Texts texts, ILogger logger, string? activityType)
    {
        if (StorageFaults.UnreadableRow(exception) is { } unreadable)
        {
            logger.StoredRowUnreadable(unreadable.Table, unreadable.PartitionKey, unreadable.RowKey);
            return texts.StoredRoundUnreadable;
        }

        logger.TurnFailed(exception, activityType);
        return busy || StorageFaults.MeansTryAgain(exception) ? texts.Busy : texts.TurnError;
    }
}
