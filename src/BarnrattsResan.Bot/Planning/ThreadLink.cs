using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Rounds;

namespace BarnrattsResan.Bot.Planning;

/// <summary>A Teams deep link to a round's thread: the channel post that started it, or the introduction in a group chat.</summary>
internal static class ThreadLink
{
    public static string? For(Round round)
    {
        var conversation = round.Thread.ConversationId;
        var channel = ConversationKey.ChannelOf(conversation);
        var marker = conversation.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        var message = marker >= 0 ? conversation[(marker + ";messageid=".Length)..] : round.Posts.IntroductionId;
        if (string.IsNullOrWhiteSpace(message))
        {
            return null;
        }

        var query = marker >= 0
            ? $"?tenantId={Uri.EscapeDataString(round.Thread.TenantId ?? string.Empty)}&parentMessageId={Uri.EscapeDataString(message)}"
            : $"?context={Uri.EscapeDataString("{\"contextType\":\"chat\"}")}";
        return $"https://teams.microsoft.com/l/message/{Uri.EscapeDataString(channel)}/{Uri.EscapeDataString(message)}{query}";
    }
}
