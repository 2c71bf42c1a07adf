using System.Text.Json;
using System.Text.Json.Serialization;

namespace BarnrattsResan.Bot.Cards;

/// <summary>JSON settings for the data that card actions carry.</summary>
public static class CardJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
