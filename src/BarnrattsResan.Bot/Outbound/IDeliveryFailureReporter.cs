namespace BarnrattsResan.Bot.Outbound;

/// <summary>Tells the people concerned, once and in plain words, that a delivery was given up on.</summary>
internal interface IDeliveryFailureReporter
{
    Task ReportAsync(OutboxItem item, DeliveryOutcome outcome, CancellationToken cancellationToken);
}
