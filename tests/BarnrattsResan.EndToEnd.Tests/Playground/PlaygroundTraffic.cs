using System.Text.Json.Nodes;

namespace BarnrattsResan.EndToEnd.Tests.Playground;

/// <summary>
/// Every entry of the Playground's log stream (the web socket <c>/_ws/log/stream</c> its UI listens to):
/// each activity sent to the bot and each Bot Connector call the bot made, with request bodies.
/// Recorded from the moment the page opens.
/// </summary>
public sealed class PlaygroundTraffic
{
    public const string PlaygroundName = "Microsoft 365 Agents Playground";

    private readonly List<JsonObject> entries = [];
    private readonly Lock gate = new();

    public IReadOnlyList<JsonObject> Entries
    {
        get
        {
            lock (gate)
            {
                return [.. entries];
            }
        }
    }

    /// <summary>Activities the Playground sent to the bot (message, invoke, conversationUpdate, ...).</summary>
    public IReadOnlyList<JsonObject> ActivitiesToBot => Bodies(fromPlayground: true);

    /// <summary>Activities the bot sent through the Connector API (replies, proactive posts, updates).</summary>
    public IReadOnlyList<JsonObject> ActivitiesFromBot => Bodies(fromPlayground: false);

    /// <summary>Every Adaptive Card seen in the traffic (sent, updated, or returned by an invoke), oldest first.</summary>
    public IReadOnlyList<JsonObject> Cards
    {
        get
        {
            var cards = new List<JsonObject>();
            foreach (var entry in Entries)
            {
                Collect(entry, cards);
            }

            return cards;
        }
    }

    internal void OnFrame(string text)
    {
        if (JsonNode.Parse(text) is JsonObject frame && frame["log"] is JsonObject log)
        {
            lock (gate)
            {
                entries.Add((JsonObject)log.DeepClone());
            }
        }
    }

    private List<JsonObject> Bodies(bool fromPlayground) =>
        Entries
            .Where(e => (e["from"]?.GetValue<string>() == PlaygroundName) == fromPlayground && e["from"] is not null)
            .Select(e => e["request"]?["body"] as JsonObject)
            .OfType<JsonObject>()
            .ToList();

    private static void Collect(JsonNode? node, List<JsonObject> cards)
    {
        switch (node)
        {
            case JsonObject obj when obj["type"] is JsonValue type && type.TryGetValue<string>(out var t) && t == "AdaptiveCard":
                cards.Add(obj);
                break;
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    Collect(child, cards);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Collect(child, cards);
                }

                break;
        }
    }
}
