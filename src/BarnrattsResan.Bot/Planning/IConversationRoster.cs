using BarnrattsResan.Bot.Conversations;

namespace BarnrattsResan.Bot.Planning;

/// <summary>
/// The people who can see a round's thread, read from Teams when a reminder falls due (never stored): in a standard
/// channel the team, in a private or shared channel its own members, in a group chat its members.
/// </summary>
internal interface IConversationRoster
{
    Task<IReadOnlyList<Person>> ListAsync(ConversationAddress thread, CancellationToken cancellationToken);
}
