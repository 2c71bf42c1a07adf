namespace BarnrattsResan.Bot.Outbound;

internal enum DeliveryStatus
{
    /// <summary>Teams accepted the message.</summary>
    Delivered,

    /// <summary>Teams said 429: too many messages; wait for <see cref="DeliveryOutcome.RetryAfter"/>.</summary>
    Throttled,

    /// <summary>A passing fault (412, 502, 503, 504, a timeout, a dropped connection): try again later.</summary>
    Transient,

    /// <summary>
    /// Teams will not take it, and asking again will not change that: 403 (the person blocked the bot, the app was
    /// removed), 404 (the conversation or message is gone), 413 (too large), 400.
    /// </summary>
    Refused,
}

/// <summary>What Teams answered to one send. <see cref="Detail"/> is Teams' error code, never message content.</summary>
internal sealed record DeliveryOutcome(DeliveryStatus Status, int? HttpStatus = null, string? Detail = null, TimeSpan? RetryAfter = null, string? MessageId = null)
{
    public static DeliveryOutcome Delivered(string? messageId) => new(DeliveryStatus.Delivered, 200, MessageId: messageId);

    /// <summary>How Teams' answer to a failed call is to be treated, by its HTTP status.</summary>
    public static DeliveryOutcome Failed(int httpStatus, string? code, TimeSpan? retryAfter) => httpStatus switch
    {
        429 => new(DeliveryStatus.Throttled, httpStatus, code, retryAfter),
        412 or 408 or 500 or 502 or 503 or 504 => new(DeliveryStatus.Transient, httpStatus, code, retryAfter),
        _ => new(DeliveryStatus.Refused, httpStatus, code),
    };

    public static DeliveryOutcome Unreachable(string reason) => new(DeliveryStatus.Transient, null, reason);

    /// <summary>True when Teams refuses the conversation itself (not just this message): nothing more can be posted there.</summary>
    public bool ConversationRefused => Status == DeliveryStatus.Refused && HttpStatus is 403 or 404;
}
