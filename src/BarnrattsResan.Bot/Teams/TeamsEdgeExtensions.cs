using BarnrattsResan.Bot.Outbound;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Options;

namespace BarnrattsResan.Bot.Teams;

/// <summary>Wires the Bot Framework edge: its options, authentication, the adapter, the activity handler, proactive messages.</summary>
internal static class TeamsEdgeExtensions
{
    public static IServiceCollection AddTeamsEdge(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotOptions>().Bind(configuration.GetSection(BotOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<BotFrameworkOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>();
        services.AddSingleton<IValidateOptions<BotOptions>, TenantPolicyValidator>();
        services.AddSingleton(sp => TenantPolicy.Create(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IOptions<BotOptions>>(), sp.GetRequiredService<IHostEnvironment>()));

        services.AddSingleton<BotFrameworkAuthentication>(sp =>
        {
            // Validate the settings first, so a mistake is reported as one clear message naming the setting.
            _ = sp.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
            return new ConfigurationBotFrameworkAuthentication(
                sp.GetRequiredService<IConfiguration>(),
                httpClientFactory: sp.GetService<IHttpClientFactory>(),
                logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>());
        });
        services.AddSingleton<IBotFrameworkHttpAdapter, AdapterWithErrorHandler>();
        services.AddSingleton<IOutboundChannel, TeamsOutboundChannel>();
        services.AddSingleton<Planning.IConversationRoster, TeamsRoster>();
        services.AddBotConnectorHttpClient();
        services.AddSingleton<TurnInfoFactory>();
        services.AddSingleton<TurnReplies>();
        services.AddTransient<IBot, BarnrattsBot>();
        return services;
    }

    public static IEndpointRouteBuilder MapTeamsEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(MessagesEndpoint.Path, MessagesEndpoint.HandleAsync);
        return endpoints;
    }
}
