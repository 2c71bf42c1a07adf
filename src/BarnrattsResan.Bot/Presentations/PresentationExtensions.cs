using BarnrattsResan.Bot.Outbound;
using BarnrattsResan.Bot.Routing;

namespace BarnrattsResan.Bot.Presentations;

internal static class PresentationExtensions
{
    /// <summary>Correcting a round's results after it started: the form's actions and the update of the posted introduction.</summary>
    public static IServiceCollection AddPresentations(this IServiceCollection services)
    {
        services.AddSingleton<PresentationService>();
        services.AddSingleton<IOutboxHandler, IntroductionUpdateHandler>();
        services.AddSingleton<ICardActionHandler, EditResultsActionHandler>();
        services.AddSingleton<ICardActionHandler, SaveResultsActionHandler>();
        services.AddSingleton<ICardActionHandler, CancelEditResultsActionHandler>();
        return services;
    }
}
