using BarnrattsResan.Bot.Conversations;

namespace BarnrattsResan.Bot.Rounds;

/// <summary>
/// A feature's part in erasing a round: it deletes its own rows about the round (idempotent; rows already gone are
/// fine). Registered in DI by the feature that owns the rows; <c>Privacy/RoundEraser</c> runs every one, so the
/// privacy code need not know each feature's tables.
/// </summary>
internal interface IRoundDataEraser
{
    /// <param name="round">The round as it was stored, or null when its row was already gone.</param>
    Task EraseAsync(ConversationKey conversation, string roundId, Round? round, CancellationToken cancellationToken);
}
