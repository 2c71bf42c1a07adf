using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Conversations;

namespace BarnrattsResan.Bot.Routing;

/// <summary>Routes card actions by verb. Two handlers for one verb fail at start-up.</summary>
internal sealed class CardActionRouter
{
    private readonly Dictionary<string, ICardActionHandler> handlers = new(StringComparer.Ordinal);

    public CardActionRouter(IEnumerable<ICardActionHandler> all)
    {
        foreach (var handler in all)
        {
            if (!handlers.TryAdd(handler.Verb, handler))
            {
                throw new InvalidOperationException($"The card verb '{handler.Verb}' is handled by both {handlers[handler.Verb].GetType().Name} and {handler.GetType().Name}.");
            }
        }
    }

    /// <summary>The replacement card, or null for a verb no handler knows (the edge answers 400).</summary>
    public Task<CardMessage>? HandleAsync(TurnInfo turn, CardAction action, CancellationToken cancellationToken) =>
        handlers.TryGetValue(action.Verb, out var handler) ? handler.HandleAsync(turn, action, cancellationToken) : null;
}
