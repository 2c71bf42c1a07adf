namespace BarnrattsResan.Bot.Conversations;

/// <summary>
/// A person in Teams. <see cref="Id"/> is stable across conversations (the Entra object id when Teams sends
/// it); <see cref="ChannelAccountId"/> is the id the bot addresses messages to.
/// </summary>
internal sealed record Person(string Id, string Name, string? ChannelAccountId = null)
{
    public string DisplayName => Cards.VisibleText.IsBlank(Name) ? "?" : Name;
}
