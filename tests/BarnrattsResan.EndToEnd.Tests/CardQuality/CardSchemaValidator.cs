using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace BarnrattsResan.EndToEnd.Tests.CardQuality;

/// <summary>Validates a card against the Adaptive Card 1.5 JSON schema (draft-06) copied into CardQuality/schemas.</summary>
public static class CardSchemaValidator
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFile(Path.Combine(AppContext.BaseDirectory, "CardQuality", "schemas", "adaptive-card.v1.5.schema.json")));

    /// <summary>The schema errors, as "location: message" lines; empty when the card is valid.</summary>
    public static IReadOnlyList<string> Validate(string cardJson)
    {
        using var instance = JsonDocument.Parse(cardJson);
        var result = Schema.Value.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return [];
        }

        return (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}"))
            .DefaultIfEmpty("invalid (no detail)")
            .ToList();
    }

    internal static string Serialize(JsonNode node) => node.ToJsonString(new JsonSerializerOptions { WriteIndented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
