using BarnrattsResan.Bot.Conversations;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace BarnrattsResan.Bot.Teams;

/// <summary>
/// The members of the turn's conversation, read from Teams page by page (once per turn). In a standard channel
/// that is the team (everyone in the team sees the channel); in a private or shared channel it is the channel's own
/// members, because <c>TeamsInfo.GetPagedMembersAsync</c> would list the whole team there, and someone outside the
/// channel must never be offered as a group lead who then receives the channel's answers.
/// </summary>
internal sealed class TeamsConversationMembers(ITurnContext turnContext, ILogger logger) : IConversationMembers
{
    private const int MaxMembers = 1000;
    private const int PageSize = 200;
    private IReadOnlyList<Person>? members;

    public async Task<IReadOnlyList<Person>> ListAsync(CancellationToken cancellationToken)
    {
        if (members is not null)
        {
            return members;
        }

        var list = new List<Person>();
        try
        {
            var channelOnly = ChannelOfOwnMembership(turnContext.Activity);
            string? continuation = null;
            do
            {
                var (page, next) = channelOnly is null
                    ? await TeamOrChatPageAsync(continuation, cancellationToken)
                    : await ChannelPageAsync(channelOnly, continuation, cancellationToken);
                list.AddRange(page);
                continuation = next;
            }
            while (!string.IsNullOrEmpty(continuation) && list.Count < MaxMembers);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Without the roster the setup card simply offers no people to choose; the round still works.
            logger.RosterFailed(e);
        }

        members = list.Where(m => m.ChannelAccountId != turnContext.Activity.Recipient?.Id).ToArray();
        return members;
    }

    /// <summary>
    /// The id of the channel when it is private or shared (<c>channelData.channel.type</c>, in some payloads
    /// <c>membershipType</c>): its members are its own, not the team's. Null for a standard channel, a chat, or no channel.
    /// </summary>
    public static string? ChannelOfOwnMembership(IActivity activity)
    {
        var channel = (activity.ChannelData as JObject ?? (activity.ChannelData is null ? null : JObject.FromObject(activity.ChannelData)))?["channel"] as JObject;
        var type = (channel?["type"] as JValue ?? channel?["membershipType"] as JValue)?.Value as string;
        if (!string.Equals(type, "private", StringComparison.OrdinalIgnoreCase) && !string.Equals(type, "shared", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var id = (channel?["id"] as JValue)?.Value as string;
        if (string.IsNullOrWhiteSpace(id))
        {
            // The thread of a channel post is "<channel id>;messageid=<root>".
            id = activity.Conversation?.Id?.Split(';')[0];
        }

        return string.IsNullOrWhiteSpace(id) ? null : id;
    }

    private async Task<(IEnumerable<Person> Page, string? Next)> TeamOrChatPageAsync(string? continuation, CancellationToken cancellationToken)
    {
        var page = await TeamsInfo.GetPagedMembersAsync(turnContext, PageSize, continuation, cancellationToken);
        return (page.Members.Select(ConversationReferences.ToPerson), page.ContinuationToken);
    }

    private async Task<(IEnumerable<Person> Page, string? Next)> ChannelPageAsync(string channelId, string? continuation, CancellationToken cancellationToken)
    {
        var client = turnContext.TurnState.Get<IConnectorClient>() ?? throw new InvalidOperationException("The turn has no connector client.");
        var page = await client.Conversations.GetConversationPagedMembersAsync(channelId, PageSize, continuation, cancellationToken);
        return (page.Members.Select(ConversationReferences.ToPerson), page.ContinuationToken);
    }
}
