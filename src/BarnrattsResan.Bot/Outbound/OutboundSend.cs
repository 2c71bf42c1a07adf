using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Conversations;

namespace BarnrattsResan.Bot.Outbound;

internal enum OutboundSendKind
{
    /// <summary>A new message in a conversation (a channel thread, a group chat, a 1:1 chat).</summary>
    Post,

    /// <summary>A new version of a message the bot posted before (for example a question card's count).</summary>
    Update,

    /// <summary>A message to one person in a 1:1 chat with the bot, starting that chat if needed.</summary>
    SendToPerson,
}

/// <summary>One concrete call to Teams: what to send, where, and (for an update) which message it replaces.</summary>
internal sealed record OutboundSend(OutboundSendKind Kind, ConversationAddress To, CardMessage Message, string? MessageId = null, Person? Person = null)
{
    public static OutboundSend Post(ConversationAddress to, CardMessage message) => new(OutboundSendKind.Post, to, message);

    public static OutboundSend Update(ConversationAddress to, string messageId, CardMessage message) => new(OutboundSendKind.Update, to, message, messageId);

    public static OutboundSend ToPerson(ConversationAddress origin, Person person, CardMessage message) => new(OutboundSendKind.SendToPerson, origin, message, Person: person);
}
