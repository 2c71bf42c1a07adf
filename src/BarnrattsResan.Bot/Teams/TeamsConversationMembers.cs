using BarnrattsResan.Bot.Conversations;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;

namespace BarnrattsResan.Bot.Teams;

/// <summary>The members of the turn's conversation, read from Teams page by page (once per turn).</summary>
public sealed class TeamsConversationMembers(ITurnContext turnContext, ILogger logger) : IConversationMembers
{
    private const int MaxMembers = 1000;
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
            string? continuation = null;
            do
            {
                var page = await TeamsInfo.GetPagedMembersAsync(turnContext, 200, continuation, cancellationToken);
                list.AddRange(page.Members.Select(ConversationReferences.ToPerson));
                continuation = page.ContinuationToken;
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
}
