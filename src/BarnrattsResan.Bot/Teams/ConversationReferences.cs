using BarnrattsResan.Bot.Conversations;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;

namespace BarnrattsResan.Bot.Teams;

/// <summary>Translates between Bot Framework conversation references and the domain's <see cref="ConversationAddress"/>.</summary>
internal static class ConversationReferences
{
    public static ConversationAddress ToAddress(IActivity activity)
    {
        var channelData = activity.GetChannelData<TeamsChannelData>();
        var tenantId = activity.Conversation?.TenantId ?? channelData?.Tenant?.Id;
        var kind = activity.Conversation?.ConversationType switch
        {
            "channel" => ConversationKind.Channel,
            "personal" => ConversationKind.Personal,
            "groupChat" => ConversationKind.GroupChat,
            _ when activity.Conversation?.IsGroup == true => ConversationKind.GroupChat,
            _ when channelData?.Team?.Id is not null => ConversationKind.Channel,
            _ => ConversationKind.Personal,
        };
        return new ConversationAddress(
            activity.ChannelId,
            activity.ServiceUrl,
            activity.Conversation!.Id,
            kind,
            tenantId,
            activity.Recipient?.Id,
            activity.Recipient?.Name,
            channelData?.Team?.Id);
    }

    public static ConversationReference ToReference(ConversationAddress address) => new()
    {
        ChannelId = address.ChannelId,
        ServiceUrl = address.ServiceUrl,
        Conversation = new ConversationAccount(
            isGroup: address.Kind != ConversationKind.Personal,
            conversationType: address.Kind switch
            {
                ConversationKind.Channel => "channel",
                ConversationKind.GroupChat => "groupChat",
                _ => "personal",
            },
            id: address.ConversationId,
            tenantId: address.TenantId),
        Bot = new ChannelAccount(address.BotId, address.BotName),
    };

    public static Person ToPerson(ChannelAccount account) =>
        new(string.IsNullOrWhiteSpace(account.AadObjectId) ? account.Id : account.AadObjectId, account.Name ?? string.Empty, account.Id);
}
