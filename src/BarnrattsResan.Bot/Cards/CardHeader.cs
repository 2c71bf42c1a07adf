using System.Text.Json.Nodes;

namespace BarnrattsResan.Bot.Cards;

/// <summary>The small "Barnrättsresan" line at the top of the cards posted to the whole conversation, so they are recognised in a busy channel.</summary>
internal static class CardHeader
{
    public const string ProductName = "Barnrättsresan";

    public static JsonObject Create() => AdaptiveCard.Text(ProductName, size: TextSize.Small, weight: TextWeight.Bolder, color: TextColor.Accent);
}
