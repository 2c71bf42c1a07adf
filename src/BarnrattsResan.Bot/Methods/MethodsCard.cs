using System.Text.Json.Nodes;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Localization;

namespace BarnrattsResan.Bot.Methods;

/// <summary>Methods and tools for following up children's rights work, with links to Barnombudsmannen's support material.</summary>
internal static class MethodsCard
{
    public static CardMessage Create(MethodCatalog catalog, Texts t)
    {
        var language = t.Language;
        var body = new List<JsonNode?>
        {
            AdaptiveCard.Heading(t.Methods.MethodsTitle),
            AdaptiveCard.Text(catalog.Introduction.In(language)),
        };
        foreach (var method in catalog.Methods)
        {
            body.Add(AdaptiveCard.Subheading(method.Title.In(language)));
            body.Add(AdaptiveCard.Text(method.Description.In(language), spacing: Spacing.Small));
            body.AddRange(method.Links.Select(l => (JsonNode?)AdaptiveCard.Text($"[{l.Title.In(language)}]({l.Url})", spacing: Spacing.Small)));
        }

        body.Add(AdaptiveCard.Subheading(t.Methods.MethodsMoreLinks));
        body.AddRange(catalog.MoreLinks.Select(l => (JsonNode?)AdaptiveCard.Text($"[{l.Title.In(language)}]({l.Url})", spacing: Spacing.Small)));

        // One button per row: two method names side by side do not fit a narrow Teams window, which cuts them off.
        body.AddRange(catalog.Methods.SelectMany(m => m.Links.Take(1).Select(l => (JsonNode?)AdaptiveCard.ActionRow(AdaptiveCard.OpenUrl(m.Title.In(language), l.Url)))));
        return new CardMessage(AdaptiveCard.Create(body), t.Methods.MethodsTitle);
    }
}
