using System.Text.Json.Nodes;
using BarnrattsResan.Bot.Presentations;

namespace BarnrattsResan.EndToEnd.Tests.CardQuality;

/// <summary>The gallery's cards with the results hold what their names promise (their schema, Teams limits, size and accessibility are checked with every gallery card).</summary>
public sealed class CardGalleryPresentationsTests
{
    [Fact]
    public void TheResultsCardsHoldTheirWorstCases()
    {
        var longest = CardGallery.Get("introduction-results-longest").Message.Card;
        Assert.Equal(PresentationRules.MaxLinks, Actions(longest, "Action.OpenUrl").Count());
        Assert.Contains(Texts(longest), t => t.Length >= PresentationRules.MaxPresentationLength);

        var withResults = Texts(CardGallery.Get("question-others-many-results").Message.Card).Count(t => t.StartsWith("**", StringComparison.Ordinal));
        var without = Texts(CardGallery.Get("question-others-many").Message.Card).Count(t => t.StartsWith("**", StringComparison.Ordinal));
        Assert.InRange(withResults, 1, without - 1);

        var lastPart = CardGallery.All.Last(c => c.Name.StartsWith("summary-500-results-part-", StringComparison.Ordinal)).Message.Card;
        Assert.Contains(Texts(lastPart), t => t.StartsWith("Nästa moment: ", StringComparison.Ordinal));
        Assert.Contains(Texts(CardGallery.Get("summary-500-results-part-1").Message.Card), t => t == "Resultatet som presenterades för kollegorna");
        Assert.Contains(Texts(CardGallery.Get("setup-results-errors").Message.Card), t => t.Contains("https://", StringComparison.Ordinal));
    }

    private static IEnumerable<JsonObject> Actions(JsonNode card, string type) => All(card).Where(e => e["type"]?.GetValue<string>() == type);

    private static IEnumerable<string> Texts(JsonNode card) => All(card).Select(e => e["text"]?.GetValue<string>()).OfType<string>();

    private static IEnumerable<JsonObject> All(JsonNode? node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.Where(p => p.Key is not "data").SelectMany(p => All(p.Value))),
        JsonArray a => a.SelectMany(All),
        _ => [],
    };
}
