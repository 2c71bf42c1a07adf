using BarnrattsResan.Bot.Localization;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace BarnrattsResan.Bot.Teams;

/// <summary>The Bot Framework adapter. A turn that fails is logged with its exception and the user is told kindly, in their language.</summary>
internal sealed class AdapterWithErrorHandler : CloudAdapter
{
    public AdapterWithErrorHandler(BotFrameworkAuthentication authentication, ILogger<AdapterWithErrorHandler> logger)
        : base(authentication, logger)
    {
        OnTurnError = async (turnContext, exception) =>
        {
            var reply = FaultReplies.For(exception, busy: false, Languages.FromLocale(turnContext.Activity?.Locale).Texts(), logger, turnContext.Activity?.Type);
            try
            {
                await turnContext.SendActivityAsync(reply);
            }
            catch (Exception sendFailure) when (sendFailure is not OperationCanceledException)
            {
                logger.TurnFailed(sendFailure, turnContext.Activity?.Type);
            }
        };
    }
}
