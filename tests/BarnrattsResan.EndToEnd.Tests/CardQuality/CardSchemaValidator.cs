using System.Text.Json;
using System.Text.Json.Nodes;

namespace BarnrattsResan.EndToEnd.Tests.CardQuality;

/// <summary>Validates a card against the Adaptive Card 1.5 JSON schema (draft-06) copied into CardQuality/schemas.</summary>
public static class CardSchemaValidator
{
    private static readonly Lazy<JsonSchemaFile> Schema = new(() =>
        JsonSchemaFile.Load(Path.Combine(AppContext.BaseDirectory, "CardQuality", "schemas", "adaptive-card.v1.5.schema.json")));

    /// <summary>The schema errors, as "location (schema path): keyword: message" lines; empty when the card is valid.</summary>
    public static IReadOnlyList<string> Validate(string cardJson) => Schema.Value.Validate(cardJson);

    internal static string Serialize(JsonNode node) => node.ToJsonString(new JsonSerializerOptions { WriteIndented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
