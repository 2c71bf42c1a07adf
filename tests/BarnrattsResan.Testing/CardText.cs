using System.Text;
using System.Text.Json.Nodes;

namespace BarnrattsResan.Testing;

/// <summary>Reads an Adaptive Card as a person would: its visible texts, labels, input values and button titles.</summary>
public static class CardText
{
    public static string Of(JsonObject card)
    {
        var text = new StringBuilder();
        Walk(card, text);
        return text.ToString();
    }

    /// <summary>The titles of the card's buttons in reading order: those in the body (ActionSets) and those below it.</summary>
    public static IReadOnlyList<string> ActionTitles(JsonObject card) =>
        Actions(card).Select(a => a["title"]?.GetValue<string>() ?? string.Empty).ToArray();

    public static JsonObject? Action(JsonObject card, string verb) =>
        Actions(card).FirstOrDefault(a => a["verb"]?.GetValue<string>() == verb);

    /// <summary>Every button of the card, in the body's ActionSets and below the body; not the card's refresh, which is never shown.</summary>
    public static IEnumerable<JsonObject> Actions(JsonObject card) =>
        ActionsIn(card["body"]).Concat(ActionsIn(card["actions"]));

    private static IEnumerable<JsonObject> ActionsIn(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() is { } type && type.StartsWith("Action.", StringComparison.Ordinal) => [o],
        JsonObject o => o.Where(p => p.Key is not ("data" or "refresh")).SelectMany(p => ActionsIn(p.Value)),
        JsonArray a => a.SelectMany(ActionsIn),
        _ => [],
    };

    public static JsonObject? Input(JsonObject card, string id) => Find(card, n => n["id"]?.GetValue<string>() == id);

    private static JsonObject? Find(JsonNode? node, Func<JsonObject, bool> match)
    {
        switch (node)
        {
            case JsonObject o:
                if (o["type"] is not null && match(o)) return o;
                foreach (var (_, child) in o)
                {
                    var found = Find(child, match);
                    if (found is not null) return found;
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    var found = Find(child, match);
                    if (found is not null) return found;
                }

                break;
        }

        return null;
    }

    private static void Walk(JsonNode? node, StringBuilder text)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var key in new[] { "text", "label", "title", "value" })
                {
                    if (o[key] is JsonValue value && value.TryGetValue(out string? str)) text.AppendLine(str);
                }

                foreach (var (key, child) in o)
                {
                    if (key is "data" or "refresh") continue;
                    Walk(child, text);
                }

                break;
            case JsonArray a:
                foreach (var child in a) Walk(child, text);
                break;
        }
    }
}
