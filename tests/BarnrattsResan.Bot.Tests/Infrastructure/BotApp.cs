using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace BarnrattsResan.Bot.Tests.Infrastructure;

/// <summary>
/// The real bot app (its Program, the real Bot Framework adapter, real Azurite) hosted in the test. Activities
/// are posted over HTTP to /api/messages; what the bot sends goes to the <see cref="ConnectorStandIn"/>.
/// </summary>
public sealed class BotApp : WebApplicationFactory<Program>
{
    private readonly AzuriteFixture azurite;
    private readonly string tablePrefix;
    private readonly bool schedulerEnabled;
    private readonly IReadOnlyDictionary<string, string> settings;

    public BotApp(AzuriteFixture azurite, FakeTimeProvider time, string? tablePrefix = null, bool schedulerEnabled = false, IReadOnlyDictionary<string, string>? settings = null)
    {
        this.azurite = azurite;
        this.tablePrefix = tablePrefix ?? TestTables.NewPrefix();
        this.schedulerEnabled = schedulerEnabled;
        this.settings = settings ?? new Dictionary<string, string>();
        Time = time;
    }

    public FakeTimeProvider Time { get; }

    public string TablePrefix => tablePrefix;

    /// <summary>More settings (for example <c>Bot:AllowedTenants</c>); set them before the first request starts the app.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>More services for this test (for example a logger provider that keeps what was logged); set it before the first request starts the app.</summary>
    public Action<IServiceCollection>? TestServices { get; set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:ConnectionString", azurite.ConnectionString);
        builder.UseSetting("Storage:TablePrefix", tablePrefix);
        builder.UseSetting("Scheduler:Enabled", schedulerEnabled ? "true" : "false");
        builder.UseSetting("Scheduler:PollInterval", "00:00:05");
        builder.UseSetting("Privacy:SweepEnabled", "false");
        builder.UseSetting("Outbound:PollInterval", "00:00:00.200");
        builder.UseSetting("MicrosoftAppId", string.Empty);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in settings.Select(kv => (kv.Key, (string?)kv.Value)).Concat(Settings.Select(kv => (kv.Key, kv.Value))))
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Time);
            TestServices?.Invoke(services);
        });
    }

    public async Task<HttpResponseMessage> PostAsync(JsonObject activity)
    {
        var client = CreateClient();
        return await client.PostAsJsonAsync("/api/messages", activity);
    }

    /// <summary>Posts an invoke and returns the card of the invoke response (what replaces the card for the person who clicked).</summary>
    public async Task<JsonObject> InvokeAsync(JsonObject activity)
    {
        var response = await PostAsync(activity);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The invoke returned {(int)response.StatusCode}: {body}");
        }

        var json = JsonNode.Parse(body)!.AsObject();
        return json["value"]!.AsObject();
    }
}
