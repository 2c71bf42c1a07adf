using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Planning;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector;
using Microsoft.Extensions.Options;

namespace BarnrattsResan.Bot.Teams;

/// <summary>
/// Reads the members of a round's conversation without a turn (proactively, from its stored address): the
/// conversation's own member list, which for a standard channel is the team's and for a private or shared channel
/// the channel's own. Read when a reminder falls due and never stored.
/// </summary>
internal sealed class TeamsRoster(IBotFrameworkHttpAdapter adapter, IOptions<BotFrameworkOptions> options, ILogger<TeamsRoster> logger) : IConversationRoster
{
    private const int MaxMembers = 5000;
    private const int PageSize = 500;

    public async Task<IReadOnlyList<Person>> ListAsync(ConversationAddress thread, CancellationToken cancellationToken)
    {
        var members = new List<Person>();
        try
        {
            var conversationId = ConversationKey.ChannelOf(thread.ConversationId);
            await ((CloudAdapter)adapter).ContinueConversationAsync(options.Value.MicrosoftAppId ?? string.Empty, ConversationReferences.ToReference(thread), async (turnContext, ct) =>
            {
                var client = turnContext.TurnState.Get<IConnectorClient>() ?? throw new InvalidOperationException("The turn has no connector client.");
                string? continuation = null;
                do
                {
                    var page = await client.Conversations.GetConversationPagedMembersAsync(conversationId, PageSize, continuation, ct);
                    members.AddRange(page.Members.Where(m => m.Id != thread.BotId).Select(ConversationReferences.ToPerson));
                    continuation = page.ContinuationToken;
                }
                while (!string.IsNullOrEmpty(continuation) && members.Count < MaxMembers);
            }, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.ReminderRosterFailed(e);
            throw;
        }

        return members;
    }
}
