namespace BarnrattsResan.Bot.Conversations;

internal enum ConversationKind
{
    Channel,
    GroupChat,
    Personal,
}

/// <summary>
/// Where the bot can post later without being asked (a proactive message): the service endpoint, the
/// conversation (for a channel round, its reply thread) and the tenant. Free of Bot Framework types.
/// </summary>
internal sealed record ConversationAddress(
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
