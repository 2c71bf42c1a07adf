using System.Text.Json.Nodes;

namespace BarnrattsResan.Bot.Cards;

/// <summary>A message that carries one Adaptive Card, with a plain-text summary for notifications and screen readers.</summary>
public sealed record CardMessage(JsonObject Card, string Summary);
