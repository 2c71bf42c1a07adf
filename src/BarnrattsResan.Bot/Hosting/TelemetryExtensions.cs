using Azure.Monitor.OpenTelemetry.AspNetCore;

namespace BarnrattsResan.Bot.Hosting;

public static class TelemetryExtensions
{
    /// <summary>
    /// Requests, dependencies (Table Storage, the Bot Connector) and logs to Application Insights, when the
    /// deployment sets <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> (infra/ does). Nothing is sent otherwise.
    /// </summary>
    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder)
    {
        if (!string.IsNullOrWhiteSpace(builder.Configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"]))
        {
            builder.Services.AddOpenTelemetry().UseAzureMonitor();
        }

        return builder;
    }
}
