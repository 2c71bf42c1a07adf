using Azure.Data.Tables;
using Azure.Identity;
using Microsoft.Extensions.Options;

namespace BarnrattsResan.Bot.Storage;

internal static class StorageExtensions
{
    /// <summary>Azure Table Storage: a connection string locally, the table endpoint with a managed identity in Azure.</summary>
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>()
            .Bind(builder.Configuration.GetSection(StorageOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var client = ClientOptions();
            if (!string.IsNullOrWhiteSpace(options.ConnectionString))
            {
                return new TableServiceClient(options.ConnectionString, client);
            }

            var credential = string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
                ? (Azure.Core.TokenCredential)new DefaultAzureCredential()
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));
            return new TableServiceClient(options.TableServiceUri!, credential, client);
        });
        builder.Services.AddSingleton(sp => new TableNames(sp.GetRequiredService<IOptions<StorageOptions>>().Value.TablePrefix));
        builder.Services.AddSingleton<Tables>();
        builder.Services.AddHostedService<TableInitializer>();
        return builder;
    }

    /// <summary>
    /// Short network timeouts and few retries: Table Storage answers in milliseconds when it is well, and a click in
    /// Teams must be answered within seconds. A stalled account then fails fast and the colleague is told to try
    /// again (the "busy" card) instead of Teams showing an error after its time budget. Worst case per call: three
    /// attempts of at most <see cref="NetworkTimeout"/> each, with short pauses.
    /// </summary>
    public static TableClientOptions ClientOptions()
    {
        var options = new TableClientOptions();
        options.Retry.MaxRetries = 2;
        options.Retry.NetworkTimeout = NetworkTimeout;
        options.Retry.Delay = TimeSpan.FromMilliseconds(100);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(500);
        options.Retry.Mode = Azure.Core.RetryMode.Exponential;
        return options;
    }

    /// <summary>How long one storage request may take before it is given up and retried.</summary>
    public static readonly TimeSpan NetworkTimeout = TimeSpan.FromSeconds(2);
}
