using BarnrattsResan.Bot.Storage;

namespace BarnrattsResan.Bot.Privacy;

/// <summary>Why a round or a conversation is due for erasure.</summary>
internal static class ErasureReason
{
    /// <summary>The retention period after the meeting has passed.</summary>
    public const string Retention = "retention";

    /// <summary>A facilitator deleted the round (the entry makes the erasure finish even if the instance stops halfway).</summary>
    public const string Deleted = "deleted";

    /// <summary>The bot was removed from the team or chat.</summary>
    public const string Removed = "removed";
}

/// <summary>
/// Data due for erasure: table Jobs, partition <c>retention-due</c>, row key = due time (sortable), the
/// conversation and the round (or <see cref="WholeConversation"/>), so that "everything due by now" is one range
/// query and no table is ever scanned.
/// </summary>
internal sealed class RetentionEntity() : DueEntity(DuePartition)
{
    public const string DuePartition = "retention-due";

    /// <summary>The round id of an entry that erases a whole conversation (the bot was removed).</summary>
    public const string WholeConversation = "*";

    public string Reason { get; set; } = ErasureReason.Retention;

    public static string RowKeyFor(DateTimeOffset dueAt, string conversationKey, string roundId) => DueKey(dueAt, conversationKey, roundId);
}
