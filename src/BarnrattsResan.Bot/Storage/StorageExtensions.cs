using Azure.Data.Tables;
using Azure.Identity;
using Microsoft.Extensions.Options;

namespace BarnrattsResan.Bot.Storage;

public static class StorageExtensions
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
            if (!string.IsNullOrWhiteSpace(options.ConnectionString))
            {
                return new TableServiceClient(options.ConnectionString);
            }

            var credential = string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
                ? (Azure.Core.TokenCredential)new DefaultAzureCredential()
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));
            return new TableServiceClient(options.TableServiceUri!, credential);
        });
        builder.Services.AddSingleton(sp => new TableNames(sp.GetRequiredService<IOptions<StorageOptions>>().Value.TablePrefix));
        builder.Services.AddSingleton<Tables>();
        builder.Services.AddHostedService<TableInitializer>();
        return builder;
    }
}
