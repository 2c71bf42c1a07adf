using BarnrattsResan.Bot.Cards;

namespace BarnrattsResan.EndToEnd.Tests.CardQuality;

/// <summary>How a card reaches Teams: posted as a message, or returned to one person for an <c>Action.Execute</c> (an invoke response).</summary>
internal enum CardDelivery
{
    Message,
    InvokeResponse,
}

/// <summary>One card of the gallery: a stable name (also its picture's file name) and the card the bot's own builders made.</summary>
internal sealed record GalleryCard(string Name, string Description, CardMessage Message, CardDelivery Delivery = CardDelivery.Message)
{
    public string CardJson => Message.Card.ToWireJson();

    public override string ToString() => Name;
}
