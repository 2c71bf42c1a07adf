using System.Net;
using Azure.Core.Pipeline;
using Azure.Monitor.OpenTelemetry.AspNetCore;
using BarnrattsResan.Bot.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BarnrattsResan.Bot.Tests.Hosting;

/// <summary>
/// Runs alone: the managed identity is found through process-wide environment variables, as in App Service.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryGroup : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Telemetry";
}

/// <summary>
/// Application Insights with local authentication off (infra/) takes only telemetry that carries a Microsoft
/// Entra token. These tests run the real app against stand-ins for App Service's managed identity endpoint and
/// for the ingestion endpoint, and read what arrives there.
/// </summary>
[Collection(TelemetryGroup.Name)]
public sealed class TelemetryTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly string clientId = Guid.NewGuid().ToString();
    private ManagedIdentityStandIn identity = null!;
    private IngestionStandIn ingestion = null!;

    public async Task InitializeAsync()
    {
        identity = await ManagedIdentityStandIn.StartAsync();
        ingestion = await IngestionStandIn.StartAsync();
        // What App Service sets for a web app with a managed identity.
        Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", identity.Endpoint);
        Environment.SetEnvironmentVariable("IDENTITY_HEADER", identity.Header);
        Environment.SetEnvironmentVariable("APPLICATIONINSIGHTS_STATSBEAT_DISABLED", "true");
    }

    public async Task DisposeAsync()
    {
        Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", null);
        Environment.SetEnvironmentVariable("IDENTITY_HEADER", null);
        Environment.SetEnvironmentVariable("APPLICATIONINSIGHTS_STATSBEAT_DISABLED", null);
        await ingestion.DisposeAsync();
        await identity.DisposeAsync();
    }

    [Fact]
    public async Task TelemetryIsSignedWithTheManagedIdentitysEntraToken()
    {
        await using (var app = new TelemetryApp(azurite, ingestion, new() { ["Telemetry:ManagedIdentityClientId"] = clientId }))
        {
            var response = await app.CreateClient().GetAsync("/healthz");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var track = await FirstTrackRequestAsync();
        Assert.Equal($"Bearer {ManagedIdentityStandIn.Token}", track.Authorization);
        Assert.Contains(identity.Requests, r =>
            r.ClientId == clientId
            && r.IdentityHeader == identity.Header
            && r.Resource?.Contains("monitor.azure.com", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task WithoutAManagedIdentityTheConnectionStringAloneIsUsed()
    {
        await using (var app = new TelemetryApp(azurite, ingestion, []))
        {
            var response = await app.CreateClient().GetAsync("/healthz");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var track = await FirstTrackRequestAsync();
        Assert.True(string.IsNullOrEmpty(track.Authorization), $"Expected no Authorization header, got '{track.Authorization}'.");
        Assert.Empty(identity.Requests);
    }

    [Fact]
    public async Task AMalformedClientIdStopsTheStartWithAMessageNamingTheSetting()
    {
        var failure = await AppStart.FailureAsync(azurite, "Development", new Dictionary<string, string?>
        {
            ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = ingestion.ConnectionString,
            ["Telemetry:ManagedIdentityClientId"] = "the-bots-identity",
        });

        Assert.Contains("Telemetry:ManagedIdentityClientId must be empty or the client id", failure.Message, StringComparison.Ordinal);
    }

    /// <summary>The first request that carried telemetry (not live metrics) to the ingestion endpoint.</summary>
    private async Task<IngestionRequest> FirstTrackRequestAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!timeout.IsCancellationRequested)
        {
            if (ingestion.Requests.FirstOrDefault(r => r.Path.EndsWith("/track", StringComparison.Ordinal)) is { } track)
            {
                return track;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), CancellationToken.None);
        }

        throw new TimeoutException(
            $"No telemetry reached the ingestion stand-in. It saw: {string.Join(", ", ingestion.Requests.Select(r => r.Path))}; " +
            $"the identity endpoint saw {identity.Requests.Count} token requests.");
    }

    private sealed class TelemetryApp(AzuriteFixture azurite, IngestionStandIn ingestion, Dictionary<string, string?> settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Storage:ConnectionString", azurite.ConnectionString);
            builder.UseSetting("Storage:TablePrefix", TestTables.NewPrefix());
            builder.UseSetting("Scheduler:Enabled", "false");
            builder.UseSetting("APPLICATIONINSIGHTS_CONNECTION_STRING", ingestion.ConnectionString);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            // The one thing the test changes: the exporter trusts the stand-in's certificate (and only it).
            builder.ConfigureServices(services => services.PostConfigure<AzureMonitorOptions>(options =>
                options.Transport = new HttpClientTransport(new HttpClientHandler
                {
                    ServerCertificateCustomValidationCallback = (_, certificate, _, _) => ingestion.Trusts(certificate),
                })));
        }
    }
}
