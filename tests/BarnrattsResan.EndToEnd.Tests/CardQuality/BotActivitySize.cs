using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Teams;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace BarnrattsResan.EndToEnd.Tests.CardQuality;

/// <summary>
/// The size of a card's message as the bot sends it: the bot's own <see cref="CardActivities.ToActivity"/>,
/// addressed as the adapter addresses a reply in a Teams channel thread (long Teams ids), serialized as the
/// Bot Connector client does (Newtonsoft, nulls left out, å/ä/ö not escaped), counted in UTF-16 bytes as Teams counts
/// a message's size ("Format your bot messages", Microsoft Learn).
/// </summary>
internal static class BotActivitySize
{
    /// <summary>Teams refuses bot messages over about 100 KB; the project keeps every message under 80 KB.</summary>
    public const int BudgetBytes = MessageSize.MaxBytes;

    private static readonly JsonSerializerSettings ConnectorSettings = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        Formatting = Formatting.None,
    };

    public static int Of(CardMessage message) => MessageSize.Utf16Bytes(WireJson(message));

    public static string WireJson(CardMessage message)
    {
        var activity = (Activity)CardActivities.ToActivity(message);
        activity.ApplyConversationReference(TeamsThread, isIncoming: false);
        activity.ReplyToId = "1764000000000";
        return JsonConvert.SerializeObject(activity, ConnectorSettings);
    }

    private static readonly ConversationReference TeamsThread = new()
    {
        ActivityId = "1764000000000",
        ChannelId = "msteams",
        ServiceUrl = "https://smba.trafficmanager.net/emea/7d3f1c9e-2b4a-4e8f-9c6d-1a2b3c4d5e6f/",
        Locale = "sv-SE",
        Bot = new ChannelAccount("28:5f2c8e1a-9b7d-4c3e-8a6f-2d1e0c9b8a7f", "Barnrättsresan"),
        User = new ChannelAccount(
            "29:1xQ7bVn3kLp9Zr2Tg8Hw5Jd4Mc6Ys0Fa3Ue7Io1Pl9Kj2Hg5Fd8Sa4Qw6Er0Ty3Ui7Op1As5Df9Gh2Jk4Lz6Xc8Vb0Nm3Qw5Er7Ty9Ui",
            "Maria Lindqvist",
            aadObjectId: "0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"),
        Conversation = new ConversationAccount(
            isGroup: true,
            conversationType: "channel",
            id: "19:4f8a2c6e1b9d4e7f8a3c5b2d1e0f9a8b@thread.tacv2;messageid=1764000000000",
            tenantId: "7d3f1c9e-2b4a-4e8f-9c6d-1a2b3c4d5e6f"),
    };
}
