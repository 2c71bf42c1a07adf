using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Hosting;
using System.Runtime.ExceptionServices;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Options;

namespace BarnrattsResan.Bot.Teams;

/// <summary>
/// Proactive messages through the Bot Framework adapter, from stored conversation addresses. A failed send is
/// thrown to the caller (who records what was delivered and retries the rest), not handed to the adapter's
/// turn-error handler, which would post an error message into the conversation.
/// </summary>
public sealed class BotMessenger(IBotFrameworkHttpAdapter adapter, IOptions<BotFrameworkOptions> options) : IConversationMessenger
{
    private CloudAdapter Adapter => (CloudAdapter)adapter;

    private string AppId => options.Value.MicrosoftAppId ?? string.Empty;

    public async Task<string?> PostAsync(ConversationAddress to, CardMessage message, CancellationToken cancellationToken)
    {
        string? id = null;
        await ContinueAsync(to, async (turnContext, ct) =>
        {
            var response = await turnContext.SendActivityAsync(CardActivities.ToActivity(message), ct);
            id = response?.Id;
        }, cancellationToken);
        return id;
    }

    public async Task UpdateAsync(ConversationAddress to, string messageId, CardMessage message, CancellationToken cancellationToken)
    {
        await ContinueAsync(to, async (turnContext, ct) =>
        {
            var activity = CardActivities.ToActivity(message);
            activity.Id = messageId;
            await turnContext.UpdateActivityAsync(activity, ct);
        }, cancellationToken);
    }

    public async Task<ConversationAddress> SendToPersonAsync(ConversationAddress origin, Person person, CardMessage message, CancellationToken cancellationToken)
    {
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount(origin.BotId, origin.BotName),
            Members = [new ChannelAccount(person.ChannelAccountId ?? person.Id, person.Name)],
            TenantId = origin.TenantId,
            ChannelData = new TeamsChannelData { Tenant = new TenantInfo(origin.TenantId) },
        };
        ConversationAddress? chat = null;
        ExceptionDispatchInfo? failure = null;
        await Adapter.CreateConversationAsync(AppId, origin.ChannelId, origin.ServiceUrl, AuthenticationConstants.ToChannelFromBotOAuthScope, parameters, async (turnContext, ct) =>
        {
            try
            {
                var reference = turnContext.Activity.GetConversationReference();
                chat = new ConversationAddress(origin.ChannelId, origin.ServiceUrl, reference.Conversation.Id, ConversationKind.Personal, origin.TenantId, origin.BotId, origin.BotName);
                await turnContext.SendActivityAsync(CardActivities.ToActivity(message), ct);
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
        }, cancellationToken);
        failure?.Throw();
        return chat ?? throw new InvalidOperationException("Teams did not start a 1:1 chat.");
    }

    private async Task ContinueAsync(ConversationAddress to, BotCallbackHandler send, CancellationToken cancellationToken)
    {
        ExceptionDispatchInfo? failure = null;
        await Adapter.ContinueConversationAsync(AppId, ConversationReferences.ToReference(to), async (turnContext, ct) =>
        {
            try
            {
                await send(turnContext, ct);
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
        }, cancellationToken);
        failure?.Throw();
    }
}
