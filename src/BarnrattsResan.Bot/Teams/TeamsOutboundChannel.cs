using System.Runtime.ExceptionServices;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Outbound;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Options;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace BarnrattsResan.Bot.Teams;

/// <summary>
/// Sends one outbox item to Teams through the Bot Framework adapter (proactively, from the stored address) and
/// says what Teams answered, as a <see cref="DeliveryOutcome"/>: failures are returned to the outbox worker, which
/// paces and retries, never handed to the adapter's turn-error handler (that would post an error into the thread).
/// </summary>
internal sealed class TeamsOutboundChannel(IBotFrameworkHttpAdapter adapter, IOptions<BotFrameworkOptions> options, TimeProvider time, ILogger<TeamsOutboundChannel> logger) : IOutboundChannel
{
    private CloudAdapter Adapter => (CloudAdapter)adapter;

    private string AppId => options.Value.MicrosoftAppId ?? string.Empty;

    public async Task<DeliveryOutcome> SendAsync(OutboundSend send, CancellationToken cancellationToken)
    {
        try
        {
            return send.Kind switch
            {
                OutboundSendKind.Post => await ContinueAsync(send.To, activity => activity, (turn, activity, ct) => turn.SendActivityAsync(activity, ct), send.Message, cancellationToken),
                OutboundSendKind.Update => await ContinueAsync(send.To, activity => { activity.Id = send.MessageId; return activity; }, async (turn, activity, ct) => { await turn.UpdateActivityAsync(activity, ct); return new ResourceResponse(send.MessageId); }, send.Message, cancellationToken),
                _ => await SendToPersonAsync(send, cancellationToken),
            };
        }
        catch (ErrorResponseException e)
        {
            var status = (int)(e.Response?.StatusCode ?? 0);
            var code = e.Body?.Error?.Code;
            logger.DeliveryFailed(status, code, send.Kind.ToString());
            return DeliveryOutcome.Failed(status, code, RetryAfter(e.Response));
        }
        catch (HttpRequestException e)
        {
            logger.DeliveryFailed(0, e.HttpRequestError.ToString(), send.Kind.ToString());
            return DeliveryOutcome.Unreachable(e.HttpRequestError.ToString());
        }
        catch (TimeoutException)
        {
            return DeliveryOutcome.Unreachable("timeout");
        }
        catch (Polly.Timeout.TimeoutRejectedException)
        {
            return DeliveryOutcome.Unreachable("timeout");
        }
    }

    private async Task<DeliveryOutcome> ContinueAsync(
        ConversationAddress to,
        Func<IMessageActivity, IMessageActivity> shape,
        Func<ITurnContext, IMessageActivity, CancellationToken, Task<ResourceResponse>> send,
        CardMessage message,
        CancellationToken cancellationToken)
    {
        string? id = null;
        DeliveryOutcome? tooLarge = null;
        ExceptionDispatchInfo? failure = null;
        await Adapter.ContinueConversationAsync(AppId, ConversationReferences.ToReference(to), async (turnContext, ct) =>
        {
            try
            {
                var activity = shape(CardActivities.ToActivity(message));
                tooLarge = CheckSize(activity, turnContext.Activity.GetConversationReference());
                if (tooLarge is null)
                {
                    id = (await send(turnContext, activity, ct))?.Id;
                }
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
        }, cancellationToken);
        failure?.Throw();
        return tooLarge ?? DeliveryOutcome.Delivered(id);
    }

    private async Task<DeliveryOutcome> SendToPersonAsync(OutboundSend send, CancellationToken cancellationToken)
    {
        var origin = send.To;
        var person = send.Person ?? throw new InvalidOperationException("A 1:1 send needs a person.");
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount(origin.BotId, origin.BotName),
            Members = [new ChannelAccount(person.ChannelAccountId ?? person.Id, person.Name)],
            TenantId = origin.TenantId,
            ChannelData = new TeamsChannelData { Tenant = new TenantInfo(origin.TenantId) },
        };
        string? id = null;
        DeliveryOutcome? tooLarge = null;
        ExceptionDispatchInfo? failure = null;
        await Adapter.CreateConversationAsync(AppId, origin.ChannelId, origin.ServiceUrl, AuthenticationConstants.ToChannelFromBotOAuthScope, parameters, async (turnContext, ct) =>
        {
            try
            {
                var activity = CardActivities.ToActivity(send.Message);
                tooLarge = CheckSize(activity, turnContext.Activity.GetConversationReference());
                if (tooLarge is null)
                {
                    id = (await turnContext.SendActivityAsync(activity, ct))?.Id;
                }
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
        }, cancellationToken);
        failure?.Throw();
        return tooLarge ?? DeliveryOutcome.Delivered(id);
    }

    /// <summary>The whole activity as Teams receives it, measured in UTF-16; over the budget it is not sent.</summary>
    private DeliveryOutcome? CheckSize(IMessageActivity activity, ConversationReference reference)
    {
        activity.ApplyConversationReference(reference);
        var bytes = JsonConvert.SerializeObject(activity, Formatting.None).Length * sizeof(char);
        if (bytes <= MessageSize.MaxBytes)
        {
            return null;
        }

        logger.MessageTooLarge(bytes);
        return new DeliveryOutcome(DeliveryStatus.Refused, 413, "MessageSizeTooBig");
    }

    private TimeSpan? RetryAfter(HttpResponseMessageWrapper? response)
    {
        if (response?.Headers is null) return null;
        var header = response.Headers.FirstOrDefault(h => string.Equals(h.Key, "Retry-After", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        if (header is null) return null;
        if (double.TryParse(header, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(Math.Clamp(seconds, 0, 3600));
        }

        return DateTimeOffset.TryParse(header, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at)
            ? at - time.GetUtcNow()
            : null;
    }
}
