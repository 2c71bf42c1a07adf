namespace BarnrattsResan.Bot.Outbound;

/// <summary>
/// The one way out to Teams. The Teams edge implements it with the Bot Framework adapter; only the outbox worker
/// calls it, so every message is paced, retried and recorded in one place.
/// </summary>
internal interface IOutboundChannel
{
    Task<DeliveryOutcome> SendAsync(OutboundSend send, CancellationToken cancellationToken);
}
