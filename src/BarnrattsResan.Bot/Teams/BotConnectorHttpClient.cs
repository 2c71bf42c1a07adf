using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace BarnrattsResan.Bot.Teams;

/// <summary>
/// The one HttpClient pipeline the Bot Framework uses for every call to the Bot Connector (it asks
/// <see cref="IHttpClientFactory"/> for the default client), so connections are pooled and reused. Its resilience
/// is deliberately narrow: a time limit per attempt, and a quick retry only when the connection itself failed.
/// Teams' answers (429 with Retry-After, 412, 5xx, 403) go back to the outbox worker, which paces and retries
/// durably, so a wait never hides inside an HTTP call and every send counts against Teams' windows.
/// </summary>
internal static class BotConnectorHttpClient
{
    public static IServiceCollection AddBotConnectorHttpClient(this IServiceCollection services)
    {
        services.AddHttpClient(Microsoft.Extensions.Options.Options.DefaultName)
            .AddResilienceHandler("bot-connector", (pipeline, context) =>
            {
                // Network time, not the app's clock: the limit is on how long the connection takes, which no test clock
                // moves. (Measured on a test clock run ahead of the real work, it gave up on posts the service had
                // already accepted, and the outbox sent them again.)
                pipeline.TimeProvider = TimeProvider.System;
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = 2,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = TimeSpan.FromMilliseconds(200),
                    ShouldRetryAfterHeader = false,
                    ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is HttpRequestException { StatusCode: null }),
                });
                pipeline.AddTimeout(TimeSpan.FromSeconds(10));
            });
        return services;
    }

}
