using BarnrattsResan.Bot.Routing;

namespace BarnrattsResan.Bot.Steering;

internal static class SteeringExtensions
{
    /// <summary>Steering a running round: the <c>nästa</c>/<c>stäng</c>/<c>status</c>… commands and the "next question" action.</summary>
    public static IServiceCollection AddSteering(this IServiceCollection services)
    {
        services.AddSingleton<ICommandHandler, SteeringCommandHandler>();
        services.AddSingleton<ICardActionHandler, NextQuestionActionHandler>();
        return services;
    }
}
