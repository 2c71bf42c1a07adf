using Azure.Identity;
using Azure.Monitor.OpenTelemetry.AspNetCore;

namespace BarnrattsResan.Bot.Hosting;

internal static class TelemetryExtensions
{
    /// <summary>
    /// Requests, dependencies (Table Storage, the Bot Connector) and logs to Application Insights, when the
    /// deployment sets <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> (infra/ does). Nothing is sent otherwise.
    /// With <c>Telemetry__ManagedIdentityClientId</c> the telemetry is signed with that managed identity's
    /// Microsoft Entra token, so Application Insights can refuse everything else (infra/ turns local auth off).
    /// </summary>
    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TelemetryOptions>()
            .Bind(builder.Configuration.GetSection(TelemetryOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        if (!string.IsNullOrWhiteSpace(builder.Configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"]))
        {
            // Read here rather than from the options, so a malformed value is reported once, by the validation above.
            var clientId = builder.Configuration[$"{TelemetryOptions.Section}:{nameof(TelemetryOptions.ManagedIdentityClientId)}"];
            builder.Services.AddOpenTelemetry().UseAzureMonitor(azureMonitor =>
            {
                if (Guid.TryParse(clientId, out _))
                {
                    azureMonitor.Credential = new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
                }
            });
        }

        return builder;
    }
}
