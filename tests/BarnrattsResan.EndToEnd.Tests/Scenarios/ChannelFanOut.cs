using System.Text;
using System.Text.Json.Nodes;
using BarnrattsResan.EndToEnd.Tests.Playground;

namespace BarnrattsResan.EndToEnd.Tests.Scenarios;

/// <summary>
/// Shows a colleague a channel post the bot made, as Teams does for every member of a channel.
/// <para>
/// Each Playground is a world of its own: the bot's posts go to the <c>serviceUrl</c> of the Playground whose
/// user acted (the round's thread belongs to the facilitator's), so only the facilitator's Playground shows the
/// round's cards, and posting into that thread in another Playground fails (404 ConversationNotFound: it does not
/// know the thread). So the test hands the colleague's Playground exactly the activity the bot sent — the request
/// body recorded from the facilitator's Playground, unchanged — through that Playground's own Bot Connector
/// emulation (<c>POST /v3/conversations</c>, a new post in the same channel). The colleague then reads and clicks
/// the card in their own page: the invoke comes from their Playground with their identity and the channel id,
/// goes to the real bot, and the card the bot returns replaces the one they clicked.
/// </para>
/// </summary>
public static class ChannelFanOut
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(20) };

    /// <summary>
    /// The last card the bot posted in <paramref name="channelId"/> as recorded by <paramref name="poster"/>'s
    /// Playground whose notification text (the activity's <c>summary</c>) starts with <paramref name="summaryStart"/>.
    /// </summary>
    public static JsonObject PostedActivity(PlaygroundClient poster, string channelId, string summaryStart)
    {
        var posts = poster.Traffic.Entries
            .Where(e => e["from"]?.GetValue<string>() == "User Application" && e["activityName"]?.GetValue<string>() == "message")
            .Select(e => e["request"]?["body"] as JsonObject)
            .OfType<JsonObject>()
            .Where(body => body["conversation"]?["id"]?.GetValue<string>() is { } id && ChannelOf(id) == channelId)
            .Where(body => body["summary"]?.GetValue<string>()?.StartsWith(summaryStart, StringComparison.Ordinal) == true)
            .ToList();
        return posts.LastOrDefault()
            ?? throw new InvalidOperationException($"{poster.User.Name}'s Playground recorded no bot post \"{summaryStart}…\" in {channelId}.\n{poster.DescribeTraffic()}");
    }

    /// <summary>Delivers <paramref name="activity"/> to <paramref name="member"/>'s Playground as a new post in its channel.</summary>
    public static async Task ShowAsync(JsonObject activity, PlaygroundClient member)
    {
        var channelId = ChannelOf(activity["conversation"]!["id"]!.GetValue<string>());
        var request = new JsonObject
        {
            ["isGroup"] = true,
            ["channelData"] = new JsonObject { ["channel"] = new JsonObject { ["id"] = channelId } },
            ["activity"] = activity.DeepClone(),
        };
        using var content = new StringContent(request.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await Http.PostAsync(new Uri(member.Playground.Url, "_connector/v3/conversations"), content);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{member.User.Name}'s Playground refused the channel post: {(int)response.StatusCode} {body}");
        }
    }

    /// <summary>
    /// Shows <paramref name="member"/> the bot's post "<paramref name="summaryStart"/>…" from <paramref name="poster"/>'s
    /// channel, opens that channel in the member's page and returns the card as the member sees it.
    /// </summary>
    public static async Task<AdaptiveCardView> ShowCardAsync(PlaygroundClient poster, PlaygroundClient member, string channelName, string summaryStart, string cardText)
    {
        var channelId = ChannelIdOf(poster.Playground.World, channelName);
        await member.OpenChannelAsync(channelName);
        return await RoundSteps.NewCardAsync(member, cardText, () => ShowAsync(PostedActivity(poster, channelId, summaryStart), member));
    }

    public static string ChannelIdOf(PlaygroundWorld world, string channelName) =>
        channelName == "General" ? world.TeamId : world.ExtraChannels.Single(c => c.Name == channelName).Id;

    private static string ChannelOf(string conversationId)
    {
        var separator = conversationId.IndexOf(";messageid=", StringComparison.Ordinal);
        return separator < 0 ? conversationId : conversationId[..separator];
    }
}
