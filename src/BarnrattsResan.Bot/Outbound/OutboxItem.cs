namespace BarnrattsResan.Bot.Outbound;

/// <summary>
/// One thing to send to Teams, waiting in the durable outbox. Either a literal <see cref="Send"/>, or a
/// <see cref="Handler"/> that decides at the moment of sending what goes out (a question card with the count as it
/// is then, or a task that enqueues the round's cards). The <see cref="IdempotencyKey"/> makes enqueuing again (a
/// retried click, a second instance) a no-op; items of one <see cref="Lane"/> are sent in order.
/// </summary>
internal sealed record OutboxItem
{
    public required string Lane { get; init; }

    public required string IdempotencyKey { get; init; }

    public OutboundSend? Send { get; init; }

    /// <summary>The <see cref="IOutboxHandler.Name"/> that prepares the send or is told when it was delivered.</summary>
    public string? Handler { get; init; }

    /// <summary>The handler's arguments, as JSON (ids, never message content).</summary>
    public string? Args { get; init; }

    /// <summary>The round this delivery belongs to, so a failure can be reported to its facilitator and erasure finds it.</summary>
    public string? RoundId { get; init; }

    /// <summary>The stored key of the round's conversation.</summary>
    public string? RoundConversation { get; init; }

    /// <summary>What this delivery is, for the facilitator if it fails (see <see cref="DeliveryPurpose"/>).</summary>
    public DeliveryPurpose Purpose { get; init; }

    /// <summary>The name of the person a 1:1 delivery is for, for the facilitator if it fails.</summary>
    public string? RecipientName { get; init; }

    /// <summary>The position in the lane (set by the outbox; sortable).</summary>
    public string Order { get; init; } = string.Empty;

    public int Attempts { get; init; }

    public DateTimeOffset NotBefore { get; init; }

    /// <summary>Teams' last answer (status and error code), for the logs and the facilitator.</summary>
    public string? LastError { get; init; }

    public string? ETag { get; init; }
}

/// <summary>What a delivery is, in words the facilitator understands when it fails.</summary>
internal enum DeliveryPurpose
{
    Other,
    RoundCards,
    SummaryInThread,
    SummaryToLead,
    Notice,

    /// <summary>The meeting notes as a file (a Word or Excel file offered in a 1:1 chat).</summary>
    NotesOffer,
}
