using Azure.Data.Tables;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BarnrattsResan.Benchmarks.Answers;

/// <summary>
/// The floor: the same Bot Framework pipeline as the product (ASP.NET Core, <see cref="CloudAdapter"/> with
/// <see cref="ConfigurationBotFrameworkAuthentication"/> and no app id, a <c>TeamsActivityHandler</c>) on the same
/// in-memory test server, the same environment and log level, answering with <see cref="FloorBot"/>.
/// </summary>
public sealed class FloorApp : IAsyncDisposable
{
    private readonly WebApplication app;

    private FloorApp(WebApplication app, TableClient answers)
    {
        this.app = app;
        Answers = answers;
    }

    /// <summary>The floor's answers table (read it with a client of your own to check what was stored).</summary>
    public TableClient Answers { get; }

    public static async Task<FloorApp> StartAsync(TableServiceClient storage, string tableName)
    {
        var answers = storage.GetTableClient(tableName);
        await answers.CreateIfNotExistsAsync();

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Development });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = string.Empty,
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.Services.AddSingleton<IStartupFilter, RequestPath.Marker>();
        builder.Services.AddSingleton<BotFrameworkAuthentication>(sp => new ConfigurationBotFrameworkAuthentication(
            sp.GetRequiredService<IConfiguration>(),
            logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()));
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(sp => new CloudAdapter(
            sp.GetRequiredService<BotFrameworkAuthentication>(),
            sp.GetRequiredService<ILogger<CloudAdapter>>()));
        builder.Services.AddSingleton<IBot>(new FloorBot(answers));

        var app = builder.Build();
        app.MapPost("/api/messages", (HttpContext context, IBotFrameworkHttpAdapter adapter, IBot bot) =>
            adapter.ProcessAsync(context.Request, context.Response, bot, context.RequestAborted));
        await app.StartAsync();
        return new FloorApp(app, answers);
    }

    /// <summary>A client straight on the test server, built the same way as the product's.</summary>
    public HttpClient CreateBenchmarkClient()
    {
        var server = app.GetTestServer();
        return new HttpClient(server.CreateHandler()) { BaseAddress = server.BaseAddress };
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
