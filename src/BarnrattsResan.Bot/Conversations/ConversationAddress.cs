namespace BarnrattsResan.Bot.Conversations;

public enum ConversationKind
{
    Channel,
    GroupChat,
    Personal,
}

/// <summary>
/// Where the bot can post later without being asked (a proactive message): the service endpoint, the
/// conversation (for a channel round, its reply thread) and the tenant. Free of Bot Framework types.
/// </summary>
public sealed record ConversationAddress(
    string ChannelId,
    string ServiceUrl,
    string ConversationId,
    ConversationKind Kind,
    string? TenantId,
    string? BotId,
    string? BotName,
    string? TeamId = null)
{
    public ConversationKey Key => ConversationKey.For(TenantId, ConversationId);
}
