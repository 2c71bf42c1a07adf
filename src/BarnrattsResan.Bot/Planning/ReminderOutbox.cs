using System.Text.Json;
using BarnrattsResan.Bot.Outbound;
using BarnrattsResan.Bot.Rounds;

namespace BarnrattsResan.Bot.Planning;

/// <summary>Which round and which reminder an outbox item is about; for a personal reminder, whom it is for.</summary>
internal sealed record ReminderArgs(string Conversation, string RoundId, string Kind, string? PersonId = null, string? PersonName = null, string? ChannelAccountId = null);

/// <summary>Puts a reminder in the outbox: one task per planned reminder, which the worker expands when it falls due (<see cref="ReminderFanOutHandler"/>).</summary>
internal sealed class ReminderOutbox(Outbox outbox)
{
    /// <summary>Enqueues the reminder <paramref name="kind"/> of the round. Its key makes enqueuing it again (a second instance, a retried job) a no-op.</summary>
    public Task EnqueueAsync(Round round, string kind, CancellationToken cancellationToken) =>
        outbox.EnqueueAsync(
            RoundOutboxItems.InThread(round, $"reminder|{round.Id}|{kind}", ReminderFanOutHandler.HandlerName, new ReminderArgs(round.ConversationKey.Value, round.Id, kind), DeliveryPurpose.Notice),
            cancellationToken);

    internal static ReminderArgs Args(OutboxItem item) => JsonSerializer.Deserialize<ReminderArgs>(item.Args ?? "{}")!;
}
