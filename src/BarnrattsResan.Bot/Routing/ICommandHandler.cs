using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Conversations;

namespace BarnrattsResan.Bot.Routing;

/// <summary>Handles one text command; returns the cards to reply with.</summary>
internal interface ICommandHandler
{
    IEnumerable<CommandKind> Kinds { get; }

    Task<IReadOnlyList<CardMessage>> HandleAsync(TurnInfo turn, Command command, CancellationToken cancellationToken);
}
