using System.Text.Json.Nodes;

namespace BarnrattsResan.Bot.Cards;

/// <summary>A short card for a notice: a refusal, a confirmation, an error.</summary>
public static class NoticeCard
{
    public static CardMessage Create(string text, string? title = null, string? color = null) =>
        new(AdaptiveCard.Create(
            new JsonNode?[]
            {
                title is null ? null : AdaptiveCard.Text(title, weight: "Bolder", size: "Medium"),
                AdaptiveCard.Text(text, color: color),
            }),
            title ?? text);
}
