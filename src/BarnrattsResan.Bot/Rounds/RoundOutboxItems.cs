using System.Text.Json;
using BarnrattsResan.Bot.Outbound;

namespace BarnrattsResan.Bot.Rounds;

/// <summary>
/// The one way work about a round is put in its thread's outbox lane (its cards, its summary, its reminders): one
/// small item the worker expands with its handler when it gets there, carrying the round's id and
/// conversation (so erasing the round finds it) and a key that makes enqueuing it again a no-op.
/// </summary>
internal static class RoundOutboxItems
{
    public static OutboxItem InThread<TArgs>(Round round, string idempotencyKey, string handler, TArgs args, DeliveryPurpose purpose, DateTimeOffset notBefore = default) => new()
    {
        NotBefore = notBefore,
        Lane = OutboxLanes.Thread(round.Thread),
        IdempotencyKey = idempotencyKey,
        Handler = handler,
        Args = JsonSerializer.Serialize(args),
        RoundId = round.Id,
        RoundConversation = round.ConversationKey.Value,
        Purpose = purpose,
    };
}
