using System.Buffers.Text;
using System.Text;
using BarnrattsResan.Bot.Conversations;

namespace BarnrattsResan.Bot.Outbound;

/// <summary>
/// Lanes of the outbox: the items of one lane are sent in order, one lane by one instance at a time, within
/// Teams' limits for that conversation. A lane is a conversation thread as Teams counts it (a channel thread, a
/// group chat), or one person's 1:1 chat with the bot.
/// </summary>
internal static class OutboxLanes
{
    /// <summary>The partition that lists the lanes with work (see <see cref="OutboxLaneState"/>).</summary>
    public const string LanesPartition = "lanes";

    public static string Thread(ConversationAddress address) =>
        "t." + Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{address.TenantId}|{address.ConversationId}"));

    public static string Person(string? tenantId, string personId) =>
        "p." + Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{tenantId}|{personId}"));
}
