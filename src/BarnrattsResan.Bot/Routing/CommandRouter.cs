using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Conversations;

namespace BarnrattsResan.Bot.Routing;

/// <summary>Routes commands to their handlers. Two handlers for one command fail at start-up, never shadow each other silently.</summary>
internal sealed class CommandRouter
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
