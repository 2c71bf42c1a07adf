using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Conversations;

namespace BarnrattsResan.Bot.Routing;

/// <summary>Handles one card action verb; returns the card that replaces the one the person clicked.</summary>
internal interface ICardActionHandler
{
    string Verb { get; }

    Task<CardMessage> HandleAsync(TurnInfo turn, CardAction action, CancellationToken cancellationToken);
}
