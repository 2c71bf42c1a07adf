namespace BarnrattsResan.Bot.Outbound;

/// <summary>
/// The handler of the coalesced question-card updates (<see cref="OutboxHandlers.QuestionCardRefresh"/>): builds the
/// update with the count as it is now and says which count that is, so the worker can tell whether a recount changed
/// anything.
/// </summary>
internal interface ICountedCardHandler
{
    /// <summary>The update of the card and the count it shows; null when there is no posted card to update.</summary>
    Task<CountedCard?> PrepareCountedAsync(QuestionCardRefreshArgs args, CancellationToken cancellationToken);
}

/// <summary>An update of a shared card and the count it shows.</summary>
internal sealed record CountedCard(OutboundSend Send, int Count);
