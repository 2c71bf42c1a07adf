using System.Text.Json.Nodes;

namespace BarnrattsResan.Bot.Cards;

/// <summary>
/// A message that carries one Adaptive Card, with a plain-text summary for notifications and screen readers. A few
/// Teams cards are not Adaptive Cards (the file consent and file info cards): they set <see cref="ContentType"/>,
/// and the file's <see cref="AttachmentName"/> and <see cref="ContentUrl"/>.
/// </summary>
internal sealed record CardMessage(JsonObject Card, string Summary)
{
    public string ContentType { get; init; } = AdaptiveCard.ContentType;

    public string? AttachmentName { get; init; }

    public string? ContentUrl { get; init; }
}
