using System.Text.Json;
using System.Text.Json.Nodes;
using BarnrattsResan.Bot.Cards;

namespace BarnrattsResan.Bot.Routing;

/// <summary>An <c>Action.Execute</c> from a card: its verb and its data, with the card's input values merged in by Teams.</summary>
internal sealed record CardAction(string Verb, JsonObject Data)
{
    /// <summary>A value as a string, whatever JSON type the client sent it as; null when missing.</summary>
    public string? Value(string name) => Data[name] switch
    {
        null => null,
        JsonValue v when v.TryGetValue(out string? s) => s,
        JsonValue v => v.ToJsonString(),
        _ => null,
    };

    public T? DataAs<T>() where T : class
    {
        try
        {
            return Data.Deserialize<T>(CardJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
