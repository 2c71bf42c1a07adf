using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BarnrattsResan.Bot.Tests.Hosting;

/// <summary>A request as the Application Insights ingestion endpoint receives it.</summary>
public sealed record IngestionRequest(string Path, string? Authorization);

/// <summary>
/// A local stand-in for Application Insights' ingestion (and live metrics) endpoint, over HTTPS with a certificate
/// made for the test: the Azure SDK sends a bearer token only over TLS. It records each request's path and
/// Authorization header and accepts everything.
/// </summary>
public sealed class IngestionStandIn : IAsyncDisposable
{
    private readonly ConcurrentQueue<IngestionRequest> requests = new();
    private WebApplication? app;

    private IngestionStandIn(X509Certificate2 certificate) => Certificate = certificate;

    public X509Certificate2 Certificate { get; }

    public string Endpoint { get; private set; } = string.Empty;

    public IReadOnlyList<IngestionRequest> Requests => requests.ToArray();

    /// <summary>The connection string that sends everything here.</summary>
    public string ConnectionString =>
        $"InstrumentationKey={Guid.NewGuid()};IngestionEndpoint={Endpoint};LiveEndpoint={Endpoint}";

    public static async Task<IngestionStandIn> StartAsync()
    {
        var standIn = new IngestionStandIn(CreateCertificate());
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port, listen => listen.UseHttps(standIn.Certificate)));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Run(async context =>
        {
            standIn.requests.Enqueue(new IngestionRequest(context.Request.Path, context.Request.Headers.Authorization));
            await context.Request.Body.CopyToAsync(Stream.Null);
            await context.Response.WriteAsJsonAsync(new { itemsReceived = 0, itemsAccepted = 0, errors = Array.Empty<object>() });
        });
        await app.StartAsync();
        standIn.app = app;
        standIn.Endpoint = $"https://127.0.0.1:{port}/";
        return standIn;
    }

    /// <summary>Accepts this stand-in's certificate and no other.</summary>
    public bool Trusts(X509Certificate2? presented) => presented?.Thumbprint == Certificate.Thumbprint;

    public async ValueTask DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
        Certificate.Dispose();
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        // Kestrel needs the key in a form it can use on every platform: round-trip through PKCS #12.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), password: null);
    }
}
