namespace BarnrattsResan.Bot.Routing;

internal static class RoutingExtensions
{
    /// <summary>
    /// The command and card-action routers, over every feature's registered handlers (a command or verb
    /// handled twice, or a command handled by none, fails at start-up). Not named AddRouting: ASP.NET Core has one.
    /// </summary>
    public static IServiceCollection AddRouters(this IServiceCollection services)
    {
        services.AddSingleton<CommandRouter>();
        services.AddSingleton<CardActionRouter>();
        return services;
    }
}
