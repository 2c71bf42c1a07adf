using BarnrattsResan.Bot.Cards;

namespace BarnrattsResan.Bot.Conversations;

/// <summary>The one "not in a personal chat" rule: rounds live in channels and group chats, never in someone's 1:1 chat with the bot.</summary>
internal static class PersonalChatGuard
{
    public static bool IsPersonalChat(this TurnInfo turn) => turn.Address.Kind == ConversationKind.Personal;

    /// <summary>The answer to a round command sent in a personal chat; null anywhere else.</summary>
    public static CardMessage? RoundsOnlyInTeams(TurnInfo turn) => turn.IsPersonalChat() ? NoticeCard.Create(turn.Texts.RoundsOnlyInTeams) : null;
}
