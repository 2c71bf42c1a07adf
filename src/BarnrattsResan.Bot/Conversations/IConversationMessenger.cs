using BarnrattsResan.Bot.Cards;

namespace BarnrattsResan.Bot.Conversations;

/// <summary>
/// Posts cards to conversations without an incoming message to answer (proactive messages). The Teams edge
/// implements it with the Bot Framework adapter; the domain only sees addresses and cards.
/// </summary>
public interface IConversationMessenger
{
    /// <summary>Posts a card and returns the new message's id.</summary>
    Task<string?> PostAsync(ConversationAddress to, CardMessage message, CancellationToken cancellationToken);

    /// <summary>Replaces a posted card, for example to show a new answer count to everyone.</summary>
    Task UpdateAsync(ConversationAddress to, string messageId, CardMessage message, CancellationToken cancellationToken);

    /// <summary>Sends a card to a person in a 1:1 chat with the bot, starting that chat if needed; returns the chat's address.</summary>
    Task<ConversationAddress> SendToPersonAsync(ConversationAddress origin, Person person, CardMessage message, CancellationToken cancellationToken);
}
