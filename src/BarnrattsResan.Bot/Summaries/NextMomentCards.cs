using System.Text.Json.Nodes;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Methods;
using BarnrattsResan.Bot.Questions;

namespace BarnrattsResan.Bot.Summaries;

/// <summary>
/// How the summary ends ("Gå vidare till nästa moment"): the moment that follows, with one line about it, and the
/// methods and tools unfolded in place, so the summary stays where it is. A moment without a next one adds nothing.
/// </summary>
internal static class NextMomentCards
{
    private static readonly Lazy<MethodCatalog> Methods = new(MethodCatalog.LoadEmbedded);

    public static IEnumerable<JsonNode> Blocks(JourneyMoment? moment, Texts t)
    {
        if (moment?.Next is not { } next)
        {
            yield break;
        }

        var language = t.Language;
        var methods = MethodsCard.Create(Methods.Value, t).Card;
        var shown = new JsonObject { ["type"] = "AdaptiveCard", ["body"] = methods["body"]!.DeepClone() };
        yield return AdaptiveCard.Container(
            [
                AdaptiveCard.Text(t.Summaries.NextMoment(next.Title.In(language)), size: TextSize.Medium, weight: TextWeight.Bolder),
                AdaptiveCard.Text(next.Description.In(language), spacing: Spacing.Small),
                AdaptiveCard.ActionRow(new JsonObject { ["type"] = "Action.ShowCard", ["title"] = t.Methods.ShowMethods, ["card"] = shown }),
            ],
            spacing: Spacing.Large);
    }
}
