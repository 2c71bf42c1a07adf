using BarnrattsResan.Bot.Routing;

namespace BarnrattsResan.Bot.Methods;

internal static class MethodsExtensions
{
    /// <summary>The method catalog and the <c>metoder</c> command with its card actions.</summary>
    public static IServiceCollection AddMethods(this IServiceCollection services)
    {
        services.AddSingleton(_ => MethodCatalog.LoadEmbedded());
        services.AddSingleton<ICommandHandler, MethodsCommandHandler>();
        services.AddSingleton<ICardActionHandler, MethodsCardActionHandler>();
        return services;
    }
}
