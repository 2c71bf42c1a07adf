using System.Text.Json.Nodes;
using BarnrattsResan.Bot.Cards;

namespace BarnrattsResan.Bot.Tests.Infrastructure;

/// <summary>What a card's buttons carry: the round a question card belongs to, the buttons anywhere in a card.</summary>
public static class CardData
{
    public static string RoundIdOf(JsonObject questionCard) =>
        (CardText.Action(questionCard, CardVerbs.RefreshQuestion) ?? throw new InvalidOperationException("Not a question card."))["data"]!["roundId"]!.GetValue<string>();

    public static string QuestionIdOf(JsonObject questionCard) =>
        (CardText.Action(questionCard, CardVerbs.RefreshQuestion) ?? throw new InvalidOperationException("Not a question card."))["data"]!["questionId"]!.GetValue<string>();

    /// <summary>Every Action.Execute with this verb, in the card's actions or in an ActionSet in its body.</summary>
    public static IReadOnlyList<JsonObject> Buttons(JsonObject card, string verb)
    {
        var found = new List<JsonObject>();
        Walk(card, verb, found);
        return found;
    }

    private static void Walk(JsonNode? node, string verb, List<JsonObject> found)
    {
        switch (node)
        {
            case JsonObject o:
                if (o["type"]?.GetValue<string>() == "Action.Execute" && o["verb"]?.GetValue<string>() == verb) found.Add(o);
                foreach (var (key, child) in o)
                {
                    if (key != "refresh") Walk(child, verb, found);
                }

                break;
            case JsonArray a:
                foreach (var child in a) Walk(child, verb, found);
                break;
        }
    }
}
