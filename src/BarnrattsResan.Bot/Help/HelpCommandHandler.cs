using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Routing;

namespace BarnrattsResan.Bot.Help;

/// <summary><c>hjälp</c>/<c>help</c>, and any command the bot does not know.</summary>
internal sealed class HelpCommandHandler : ICommandHandler
{
    public IEnumerable<CommandKind> Kinds => [CommandKind.Help, CommandKind.Unknown];

    public Task<IReadOnlyList<CardMessage>> HandleAsync(TurnInfo turn, Command command, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CardMessage>>([HelpCard.Create(turn.Texts, command.Kind == CommandKind.Unknown ? command.Text : null)]);
}
