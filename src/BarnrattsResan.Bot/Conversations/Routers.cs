using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Commands;

namespace BarnrattsResan.Bot.Conversations;

/// <summary>Routes commands to their handlers. Two handlers for one command fail at start-up, never shadow each other silently.</summary>
public sealed class CommandRouter
{
    private readonly Dictionary<CommandKind, ICommandHandler> handlers = [];

    public CommandRouter(IEnumerable<ICommandHandler> all)
    {
        foreach (var handler in all)
        {
            foreach (var kind in handler.Kinds)
            {
                if (!handlers.TryAdd(kind, handler))
                {
                    throw new InvalidOperationException($"The command {kind} is handled by both {handlers[kind].GetType().Name} and {handler.GetType().Name}.");
                }
            }
        }

        var missing = Enum.GetValues<CommandKind>().Where(k => !handlers.ContainsKey(k)).ToArray();
        if (missing.Length > 0)
        {
            throw new InvalidOperationException($"No handler for the commands {string.Join(", ", missing)}.");
        }
    }

    public Task<IReadOnlyList<CardMessage>> HandleAsync(TurnInfo turn, string? text, CancellationToken cancellationToken)
    {
        var command = CommandParser.Parse(text);
        return handlers[command.Kind].HandleAsync(turn, command, cancellationToken);
    }
}

/// <summary>Routes card actions by verb. Two handlers for one verb fail at start-up.</summary>
public sealed class CardActionRouter
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
