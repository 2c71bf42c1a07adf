using BarnrattsResan.Bot.Outbound;
using BarnrattsResan.Bot.Routing;

namespace BarnrattsResan.Bot.Rounds;

internal static class RoundsExtensions
{
    /// <summary>The round core: its store and cache, finding the round a turn means, publishing a round and the notices of failed deliveries.</summary>
    public static IServiceCollection AddRounds(this IServiceCollection services)
    {
        services.AddSingleton<RoundCache>();
        services.AddSingleton<RoundStore>();
        services.AddSingleton<RoundPublisher>();
        services.AddSingleton<RoundResolver>();
        services.AddSingleton<IOutboxHandler, RoundPublishHandler>();
        services.AddSingleton<IDeliveryFailureReporter, DeliveryFailureNotices>();
        services.AddSingleton<ICardActionHandler, ChooseRoundActionHandler>();
        return services;
    }
}
