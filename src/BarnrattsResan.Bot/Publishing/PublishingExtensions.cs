using BarnrattsResan.Bot.Outbound;

namespace BarnrattsResan.Bot.Publishing;

internal static class PublishingExtensions
{
    /// <summary>Posting a round's introduction and question cards, and refreshing the shared question card's count.</summary>
    public static IServiceCollection AddPublishing(this IServiceCollection services)
    {
        services.AddSingleton<IOutboxHandler, RoundPostHandler>();
        services.AddSingleton<IOutboxHandler, QuestionCardRefreshHandler>();
        return services;
    }
}
