using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace BarnrattsResan.Bot.Cards;

/// <summary>JSON settings for the data that card actions carry.</summary>
internal static class CardJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Writes text as it is (å, ä, ö and all) rather than as \u escapes, as Teams receives it: a card's true size.</summary>
    private static readonly JsonSerializerOptions WireOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string ToWireJson(this JsonNode node) => node.ToJsonString(WireOptions);
}
