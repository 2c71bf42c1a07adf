namespace BarnrattsResan.Bot.Conversations;

internal static class ConversationsExtensions
{
    /// <summary>The conversations the bot knows (where to post).</summary>
    public static IServiceCollection AddConversations(this IServiceCollection services)
    {
        services.AddSingleton<ConversationStore>();
        return services;
    }
}
