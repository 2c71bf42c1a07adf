namespace BarnrattsResan.Bot.Outbound;

internal static class OutboundExtensions
{
    /// <summary>The durable outbox and its worker: everything the bot sends to Teams goes through it.</summary>
    public static IServiceCollection AddOutbound(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OutboundOptions>().Bind(configuration.GetSection(OutboundOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<CardMarkMemo>();
        services.AddSingleton(sp => new Outbox(sp.GetRequiredService<OutboxStore>(), sp.GetRequiredService<OutboxSignal>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<CardMarkMemo>()));
        services.AddSingleton<OutboxHandlers>();
        services.AddSingleton<TenantBudget>();
        services.AddSingleton<OutboxLaneDrainer>();
        services.AddHostedService<OutboxWorker>();
        return services;
    }
}
