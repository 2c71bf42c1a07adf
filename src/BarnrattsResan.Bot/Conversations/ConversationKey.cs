using System.Buffers.Text;
using System.Text;

namespace BarnrattsResan.Bot.Conversations;

/// <summary>
/// Identifies a conversation (a team channel, a group chat, a 1:1 chat) within a tenant, encoded so that it is
/// a valid Azure Table key whatever characters the Teams conversation id holds. A reply thread in a channel
/// (<c>…;messageid=…</c>) belongs to its channel.
/// </summary>
internal readonly record struct ConversationKey
{
    private ConversationKey(string value) => Value = value;

    public string Value { get; }

    public static ConversationKey For(string? tenantId, string conversationId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        var channel = ChannelOf(conversationId);
        var raw = $"{tenantId ?? string.Empty}|{channel}";
        return new ConversationKey(Base64Url.EncodeToString(Encoding.UTF8.GetBytes(raw)));
    }

    /// <summary>The conversation id without a thread suffix: <c>19:abc@thread.tacv2;messageid=1</c> becomes <c>19:abc@thread.tacv2</c>.</summary>
    public static string ChannelOf(string conversationId)
    {
        var separator = conversationId.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        return separator < 0 ? conversationId : conversationId[..separator];
    }

    public static ConversationKey FromStored(string value) => new(value);

    public override string ToString() => Value;
}
