namespace BarnrattsResan.Bot.Outbound;

/// <summary>
/// Work that belongs to a feature but runs in the outbox worker, when an item reaches the head of its lane:
/// building a card from the state at that moment, enqueuing more items, recording a posted message's id.
/// Registered by name; a name registered twice fails at start-up.
/// </summary>
internal interface IOutboxHandler
{
    string Name { get; }

    /// <summary>What to send now for an item without a literal send; null when there is nothing (more) to send.</summary>
    Task<OutboundSend?> PrepareAsync(OutboxItem item, CancellationToken cancellationToken);

    /// <summary>Teams accepted the item's message (its id is in <paramref name="outcome"/>).</summary>
    Task OnDeliveredAsync(OutboxItem item, DeliveryOutcome outcome, CancellationToken cancellationToken);
}
