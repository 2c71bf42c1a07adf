using BarnrattsResan.Bot.Localization;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace BarnrattsResan.Bot.Teams;

/// <summary>The Bot Framework adapter. A turn that fails is logged with its exception and the user is told kindly, in their language.</summary>
public sealed class AdapterWithErrorHandler : CloudAdapter
{
    public AdapterWithErrorHandler(BotFrameworkAuthentication authentication, ILogger<AdapterWithErrorHandler> logger)
        : base(authentication, logger)
    {
        OnTurnError = async (turnContext, exception) =>
        {
            logger.TurnFailed(exception, turnContext.Activity?.Type);
            var texts = Languages.FromLocale(turnContext.Activity?.Locale).Texts();
            var busy = Storage.StorageFaults.MeansTryAgain(exception);
            try
            {
                await turnContext.SendActivityAsync(busy ? texts.Busy : texts.TurnError);
            }
            catch (Exception sendFailure) when (sendFailure is not OperationCanceledException)
            {
                logger.TurnFailed(sendFailure, turnContext.Activity?.Type);
            }
        };
    }
}
