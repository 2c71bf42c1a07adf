using BarnrattsResan.Bot.Routing;

namespace BarnrattsResan.Bot.Setup;

internal static class SetupExtensions
{
    /// <summary>Creating a round: <c>starta</c>, the setup card's action and the round service (which Steering uses too).</summary>
    public static IServiceCollection AddSetup(this IServiceCollection services)
    {
        services.AddSingleton<RoundService>();
        services.AddSingleton<ICommandHandler, StartCommandHandler>();
        services.AddSingleton<ICardActionHandler, CreateRoundActionHandler>();
        return services;
    }
}
