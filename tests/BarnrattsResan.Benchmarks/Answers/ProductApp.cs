using Azure.Data.Tables;
using BarnrattsResan.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using BotProgram = Program;

namespace BarnrattsResan.Benchmarks.Answers;

/// <summary>
/// The product: the real bot app (its Program, the real Bot Framework adapter) hosted in this process on the
/// in-memory test server, on the benchmark's Azurite under a table prefix of its own. Its table client is the
/// app's own, with a counter of storage requests in the pipeline. Scheduler off: no summary is due.
/// </summary>
public sealed class ProductApp(string connectionString, string tablePrefix, StorageCallCounter storage) : WebApplicationFactory<BotProgram>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // The app's own folder (its appsettings), found from the repository rather than the working directory.
        builder.UseContentRoot(Path.Combine(RepoPaths.RepoRoot, "src", "BarnrattsResan.Bot"));
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:ConnectionString", connectionString);
        builder.UseSetting("Storage:TablePrefix", tablePrefix);
        builder.UseSetting("Scheduler:Enabled", "false");
        builder.UseSetting("MicrosoftAppId", string.Empty);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TableServiceClient>();
            services.AddSingleton(_ => storage.Client(connectionString));
            services.AddSingleton<IStartupFilter, RequestPath.Marker>();
        });
    }

    /// <summary>A client straight on the test server, built the same way as the floor's.</summary>
    public HttpClient CreateBenchmarkClient() => new(Server.CreateHandler()) { BaseAddress = Server.BaseAddress };
}
