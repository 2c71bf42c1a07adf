using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BarnrattsResan.Testing;

/// <summary>One PUT the upload server received, with its Content-Range and its answer.</summary>
public sealed record UploadRequest(string Session, long From, long To, long Total, int Length, int Status);

/// <summary>
/// A local stand-in for OneDrive upload sessions, the URLs Teams gives a bot when someone accepts a file consent
/// card. Like OneDrive: each PUT carries a Content-Range; a chunk that is not the last must be a multiple of
/// 320 KiB; bytes must come in order (416 otherwise); a chunk is answered 202 with <c>nextExpectedRanges</c>, the last
/// 201 with the new file; a session that expired, was finished or never existed answers 404.
/// </summary>
public sealed class OneDriveUploadStandIn : IAsyncDisposable
{
    public const int ChunkUnit = 320 * 1024;

    private readonly ConcurrentDictionary<string, Session> sessions = new();
    private readonly ConcurrentQueue<UploadRequest> requests = new();
    private readonly ConcurrentQueue<(string Session, byte[] Content)> files = new();
    private WebApplication? app;
    private int failuresToInject;

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>Every PUT received, in order.</summary>
    public IReadOnlyList<UploadRequest> Requests => requests.ToArray();

    /// <summary>The files completed, in order.</summary>
    public IReadOnlyList<(string Session, byte[] Content)> Files => files.ToArray();

    public static async Task<OneDriveUploadStandIn> StartAsync()
    {
        var standIn = new OneDriveUploadStandIn();
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPut("/upload/{session}", (Delegate)standIn.PutAsync);
        await app.StartAsync();
        standIn.app = app;
        standIn.BaseUrl = $"http://127.0.0.1:{port}";
        return standIn;
    }

    /// <summary>A new upload session, as Teams creates one in the person's OneDrive when they choose Allow.</summary>
    public string NewSession()
    {
        var id = Guid.NewGuid().ToString("N");
        sessions[id] = new Session();
        return $"{BaseUrl}/upload/{id}";
    }

    /// <summary>The session's URL no longer works (it expired): 404 from now on.</summary>
    public void Expire(string url) => sessions.TryRemove(SessionId(url), out _);

    /// <summary>Answer 503 to the next <paramref name="count"/> PUTs (a passing fault).</summary>
    public void FailNext(int count) => Interlocked.Exchange(ref failuresToInject, count);

    public static string SessionId(string url) => url[(url.LastIndexOf('/') + 1)..];

    private async Task<IResult> PutAsync(HttpContext context, string session)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        var body = buffer.ToArray();
        var range = ContentRangeHeaderValue.TryParse(context.Request.Headers.ContentRange.ToString(), out var parsed) ? parsed : null;
        IResult Answer(int status, object? json = null)
        {
            requests.Enqueue(new UploadRequest(session, range?.From ?? -1, range?.To ?? -1, range?.Length ?? -1, body.Length, status));
            return json is null ? Results.StatusCode(status) : Results.Json(json, statusCode: status);
        }

        if (Interlocked.Decrement(ref failuresToInject) >= 0)
        {
            return Answer(503);
        }

        if (!sessions.TryGetValue(session, out var state))
        {
            return Answer(404, new { error = new { code = "itemNotFound", message = "The upload session was not found." } });
        }

        if (range is not { From: { } from, To: { } to, Length: { } total } || to - from + 1 != body.Length || to >= total)
        {
            return Answer(400, new { error = new { code = "invalidRange", message = "Content-Range does not match the body." } });
        }

        lock (state)
        {
            if (from != state.Received.Length || (state.Total is { } known && known != total))
            {
                return Answer(416, new { error = new { code = "invalidRange", message = "Bytes must come in order." }, nextExpectedRanges = new[] { $"{state.Received.Length}-" } });
            }

            var last = to == total - 1;
            if (!last && body.Length % ChunkUnit != 0)
            {
                return Answer(400, new { error = new { code = "invalidRange", message = "A chunk must be a multiple of 320 KiB." } });
            }

            state.Total = total;
            state.Received.Write(body);
            if (!last)
            {
                return Answer(202, new { expirationDateTime = DateTimeOffset.UtcNow.AddHours(1).ToString("o", CultureInfo.InvariantCulture), nextExpectedRanges = new[] { $"{state.Received.Length}-" } });
            }

            files.Enqueue((session, state.Received.ToArray()));
            sessions.TryRemove(session, out _);
            return Answer(201, new { id = Guid.NewGuid().ToString("N"), name = "file", size = total });
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private sealed class Session
    {
        public MemoryStream Received { get; } = new();

        public long? Total { get; set; }
    }
}
