using System.Text.Json.Nodes;

namespace BarnrattsResan.EndToEnd.Tests.CardQuality;

/// <summary>Size of the bot message that carries a card, as Teams counts it (its JSON in UTF-16 bytes).</summary>
public static class CardMessageSize
{
    public static int OfMessageWithCard(string cardJson)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["attachments"] = new JsonArray(new JsonObject
            {
                ["contentType"] = "application/vnd.microsoft.card.adaptive",
                ["content"] = JsonNode.Parse(cardJson),
            }),
        };
        return CardSchemaValidator.Serialize(activity).Length * sizeof(char);
    }
}
