using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace BarnrattsResan.Deployment.Tests;

/// <summary>
/// A local stand-in for the two places the dependency audit asks: a NuGet V3 source with (or without) a
/// VulnerabilityInfo resource, and an npm registry's bulk advisory endpoint. It serves the advisories a test
/// gives it, so the audit's verdicts can be seen on a machine whose real sources serve none.
/// </summary>
internal sealed class AdvisorySourceStandIn : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Task loop;

    public AdvisorySourceStandIn()
    {
        var port = FreePort();
        Url = $"http://127.0.0.1:{port}/";
        listener.Prefixes.Add(Url);
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public string Url { get; }

    /// <summary>The NuGet source's service index.</summary>
    public string NuGetIndex => $"{Url}v3/index.json";

    /// <summary>Whether the NuGet source offers vulnerability data at all.</summary>
    public bool ServesNuGetVulnerabilities { get; init; } = true;

    /// <summary>NuGet advisories: lower-case package id to a version range and a severity (0 low … 3 critical).</summary>
    public Dictionary<string, (string Versions, int Severity)> NuGetAdvisories { get; } = [];

    /// <summary>npm advisories: package name to a semver range and a severity ("low" … "critical"), with the versions the registry lists.</summary>
    public Dictionary<string, (string Range, string Severity, string[] Versions)> NpmAdvisories { get; } = [];

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        try
        {
            loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener was closed under a pending request.
        }
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var path = context.Request.Url!.AbsolutePath;
            var (status, body) = path switch
            {
                "/v3/index.json" => (200, ServiceIndex()),
                "/vulnerabilities/index.json" when ServesNuGetVulnerabilities => (200, VulnerabilityPages()),
                "/vulnerabilities/base.json" when ServesNuGetVulnerabilities => (200, VulnerabilityBase()),
                "/-/npm/v1/security/advisories/bulk" => (200, NpmBulk()),
                _ when NpmAdvisories.ContainsKey(Uri.UnescapeDataString(path.TrimStart('/'))) => (200, Packument(Uri.UnescapeDataString(path.TrimStart('/')))),
                _ => (404, "{}"),
            };
            await context.Request.InputStream.CopyToAsync(Stream.Null);
            var bytes = Encoding.UTF8.GetBytes(body);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private string ServiceIndex()
    {
        var resources = new JsonArray();
        if (ServesNuGetVulnerabilities)
        {
            resources.Add(new JsonObject { ["@id"] = $"{Url}vulnerabilities/index.json", ["@type"] = "VulnerabilityInfo/6.7.0" });
        }

        return new JsonObject { ["version"] = "3.0.0", ["resources"] = resources }.ToJsonString();
    }

    private string VulnerabilityPages() =>
        new JsonArray(new JsonObject
        {
            ["@name"] = "base",
            ["@id"] = $"{Url}vulnerabilities/base.json",
            ["@updated"] = "2026-11-01T00:00:00Z",
        }).ToJsonString();

    private string VulnerabilityBase()
    {
        var file = new JsonObject();
        foreach (var (id, (versions, severity)) in NuGetAdvisories)
        {
            file[id] = new JsonArray(new JsonObject
            {
                ["url"] = $"https://advisories.example/{id}",
                ["severity"] = severity,
                ["versions"] = versions,
            });
        }

        return file.ToJsonString();
    }

    private string NpmBulk()
    {
        var result = new JsonObject();
        var id = 1;
        foreach (var (name, (range, severity, _)) in NpmAdvisories)
        {
            result[name] = new JsonArray(new JsonObject
            {
                ["id"] = id++,
                ["url"] = $"https://advisories.example/{name}",
                ["title"] = $"Test advisory for {name}",
                ["severity"] = severity,
                ["vulnerable_versions"] = range,
                ["cwe"] = new JsonArray(),
                ["cvss"] = new JsonObject { ["score"] = 7.5, ["vectorString"] = null },
            });
        }

        return result.ToJsonString();
    }

    private string Packument(string name)
    {
        var versions = new JsonObject();
        foreach (var version in NpmAdvisories[name].Versions)
        {
            versions[version] = new JsonObject { ["name"] = name, ["version"] = version };
        }

        return new JsonObject { ["name"] = name, ["versions"] = versions }.ToJsonString();
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
