using BarnrattsResan.Bot.Localization;

namespace BarnrattsResan.Bot.Conversations;

/// <summary>
/// Who is asking, where, in which language and time zone: what the Teams edge tells the features about an
/// incoming message or card action, free of Bot Framework types.
/// </summary>
internal sealed record TurnInfo(Person Actor, ConversationAddress Address, Language Language, string TimeZoneId, IConversationMembers Members, string? ActivityId = null)
{
    public Texts Texts => Language.Texts();

    public TimeZoneInfo TimeZone => UserTime.FindZone(TimeZoneId);

    public ConversationKey ConversationKey => Address.Key;
}

/// <summary>The members of the conversation a turn came from (a team's members in a channel).</summary>
internal interface IConversationMembers
{
    Task<IReadOnlyList<Person>> ListAsync(CancellationToken cancellationToken);
}
