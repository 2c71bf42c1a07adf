using BarnrattsResan.Bot.Routing;
using BarnrattsResan.Bot.Summaries;

namespace BarnrattsResan.Bot.History;

internal static class HistoryExtensions
{
    /// <summary>The history card, showing a summary again, and the comparison with earlier rounds in summaries.</summary>
    public static IServiceCollection AddHistory(this IServiceCollection services)
    {
        services.AddSingleton<RoundComparison>();
        services.AddSingleton<ICommandHandler, HistoryCommandHandler>();
        services.AddSingleton<ICardActionHandler, HistorySummaryActionHandler>();
        return services;
    }
}
