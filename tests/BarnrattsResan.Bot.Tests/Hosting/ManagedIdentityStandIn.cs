using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BarnrattsResan.Bot.Tests.Hosting;

/// <summary>A token request as App Service's managed identity endpoint receives it.</summary>
public sealed record TokenRequest(string? ClientId, string? Resource, string? IdentityHeader);

/// <summary>
/// A local stand-in for App Service's managed identity endpoint (what <c>IDENTITY_ENDPOINT</c> points to in Azure):
/// it records who asked for a token for what, and hands out a fixed token.
/// </summary>
public sealed class ManagedIdentityStandIn : IAsyncDisposable
{
    private readonly ConcurrentQueue<TokenRequest> requests = new();
    private WebApplication? app;

    public const string Token = "token-of-the-bots-managed-identity";

    public string Endpoint { get; private set; } = string.Empty;

    public string Header { get; } = Guid.NewGuid().ToString("N");

    public IReadOnlyList<TokenRequest> Requests => requests.ToArray();

    public static async Task<ManagedIdentityStandIn> StartAsync()
    {
        var standIn = new ManagedIdentityStandIn();
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/msi/token", (HttpContext context) =>
        {
            var query = context.Request.Query;
            standIn.requests.Enqueue(new TokenRequest(query["client_id"], query["resource"], context.Request.Headers["X-IDENTITY-HEADER"]));
            return Results.Json(new
            {
                access_token = Token,
                expires_on = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
                resource = query["resource"].ToString(),
                token_type = "Bearer",
                client_id = query["client_id"].ToString(),
            });
        });
        await app.StartAsync();
        standIn.app = app;
        standIn.Endpoint = $"http://127.0.0.1:{port}/msi/token";
        return standIn;
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
    }
}
