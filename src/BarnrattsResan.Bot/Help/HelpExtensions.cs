using BarnrattsResan.Bot.Routing;

namespace BarnrattsResan.Bot.Help;

internal static class HelpExtensions
{
    /// <summary>The <c>hjälp</c> command.</summary>
    public static IServiceCollection AddHelp(this IServiceCollection services)
    {
        services.AddSingleton<ICommandHandler, HelpCommandHandler>();
        return services;
    }
}
