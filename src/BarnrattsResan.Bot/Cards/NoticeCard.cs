using System.Text.Json.Nodes;

namespace BarnrattsResan.Bot.Cards;

/// <summary>
/// A short card for a notice: a refusal, a confirmation, an error. Its words say which it is; the text keeps the
/// theme's own colour, because Teams' Good, Warning and Attention text colours (<see cref="TextColor"/>) fail the WCAG contrast
/// minimum in the light or the dark theme (checked with axe-core by the card quality harness).
/// </summary>
internal static class NoticeCard
{
    public static CardMessage Create(string text, string? title = null) =>
        new(AdaptiveCard.Create(
            new JsonNode?[]
            {
                title is null ? null : AdaptiveCard.Text(title, weight: TextWeight.Bolder, size: TextSize.Medium),
                AdaptiveCard.Text(text),
            }),
            title ?? text);
}
