using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BarnrattsResan.Testing;

/// <summary>What the bot sent to the Bot Connector service and the service accepted.</summary>
public sealed record SentActivity(string Kind, string ConversationId, string? ActivityId, JsonObject Activity)
{
    /// <summary>The Adaptive Card the activity carries, if any.</summary>
    public JsonObject? Card => Activity["attachments"]?.AsArray()
        .Where(a => a?["contentType"]?.GetValue<string>() is null or "application/vnd.microsoft.card.adaptive")
        .Select(a => a?["content"] as JsonObject).FirstOrDefault(c => c is not null);

    /// <summary>The first attachment of the given content type (a file consent or file info card), if any.</summary>
    public JsonObject? Attachment(string contentType) =>
        Activity["attachments"]?.AsArray().OfType<JsonObject>().FirstOrDefault(a => a["contentType"]?.GetValue<string>() == contentType);

    public string Text => Card is { } card ? CardText.Of(card) : Activity["text"]?.GetValue<string>() ?? string.Empty;

    /// <summary>The request body's size as Teams counts it: UTF-16 bytes.</summary>
    public int Utf16Bytes { get; init; }

    /// <summary>When the stand-in accepted it, on the stand-in's clock.</summary>
    public DateTimeOffset At { get; init; }
}

/// <summary>One request the bot made, whatever the answer.</summary>
public sealed record ConnectorRequest(string Method, string ConversationId, int Status, DateTimeOffset At);

/// <summary>
/// A local stand-in for the Bot Connector service (the part of Teams that a bot calls back), faithful to what real
/// Teams enforces when told to: the per-thread and per-tenant rate limits (429 with Retry-After), the message size
/// counted in UTF-16 (413 MessageSizeTooBig over 100 KB), conversations that refuse the bot (403), passing faults
/// (503) and slow answers. It records what it accepted, and answers member lookups with a configured roster.
/// The real Bot Framework adapter talks to it over HTTP, exactly as it would to Teams.
/// </summary>
public sealed class ConnectorStandIn : IAsyncDisposable
{
    /// <summary>Teams' limits per bot and conversation thread ("Rate limiting for agents", Microsoft Learn).</summary>
    public static readonly IReadOnlyList<(TimeSpan Window, int Max)> ThreadLimits =
    [
        (TimeSpan.FromSeconds(1), 7),
        (TimeSpan.FromSeconds(2), 8),
        (TimeSpan.FromSeconds(30), 60),
        (TimeSpan.FromHours(1), 1800),
    ];

    /// <summary>Teams' limit per app and tenant: 50 requests per second.</summary>
    public const int TenantLimitPerSecond = 50;

    /// <summary>Teams refuses a message over about 100 KB, counted in UTF-16.</summary>
    public const int MaxMessageUtf16Bytes = 100 * 1024;

    private readonly ConcurrentQueue<SentActivity> sent = new();
    private int answering;
    private readonly ConcurrentQueue<ConnectorRequest> requests = new();
    private readonly Dictionary<string, List<DateTimeOffset>> threadSends = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<DateTimeOffset>> tenantRequests = new(StringComparer.Ordinal);
    private WebApplication? app;
    private int nextId;
    private int sendCount;

    public string ServiceUrl { get; private set; } = string.Empty;

    public List<JsonObject> Members { get; } = [];

    /// <summary>The own members of particular conversations (a private or shared channel); every other conversation has <see cref="Members"/>.</summary>
    public ConcurrentDictionary<string, List<JsonObject>> ConversationMembers { get; } = new();


    /// <summary>The clock the rate windows are measured on (the bot's own clock in tests that control time).</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>Enforce Teams' per-thread and per-tenant rate limits with 429 and Retry-After.</summary>
    public bool EnforceRateLimits { get; set; }

    /// <summary>The Retry-After Teams sends with a 429.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Also answer 429 to every n-th send, as Teams does when other bots or the same app elsewhere use up the thread's
    /// or the tenant's budget (0: never).
    /// </summary>
    public int ThrottleEveryNth { get; set; }

    /// <summary>Answer 503 to every send to the conversations this matches (a passing fault).</summary>
    public Func<string, bool>? Refuse { get; set; }

    /// <summary>Answer 403 for the conversations (and, for new 1:1 chats, the members) this matches: the bot was blocked or removed.</summary>
    public Func<string, bool>? Blocked { get; set; }

    /// <summary>How long the service takes to answer (real time). A request the bot gives up on in the meantime is not delivered.</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>
    /// The service is working on a request (real time). A test that runs its clock ahead of the real work holds it
    /// while this is true, so a send that a loaded machine slows down does not take seconds of the bot's clock.
    /// </summary>
    public bool Answering => Volatile.Read(ref answering) > 0;

    /// <summary>
    /// How long the service takes to answer after it accepted a send (real time): the message is delivered even if the
    /// bot gives up waiting for the answer, as in Teams.
    /// </summary>
    public TimeSpan AnswerDelay { get; set; }

    /// <summary>What the service accepted, in order.</summary>
    public IReadOnlyList<SentActivity> Sent => sent.ToArray();

    /// <summary>Every request with its answer.</summary>
    public IReadOnlyList<ConnectorRequest> Requests => requests.ToArray();

    public static async Task<ConnectorStandIn> StartAsync()
    {
        var standIn = new ConnectorStandIn();
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            Interlocked.Increment(ref standIn.answering);
            try
            {
                await next(context);
            }
            finally
            {
                Interlocked.Decrement(ref standIn.answering);
            }
        });
        app.MapPost("/v3/conversations", (Delegate)standIn.CreateConversationAsync);
        app.MapMethods("/v3/conversations/{**rest}", ["GET", "POST", "PUT", "DELETE"], (Delegate)standIn.HandleAsync);
        await app.StartAsync();
        standIn.app = app;
        standIn.ServiceUrl = $"http://127.0.0.1:{port}/";
        return standIn;
    }

    public void AddMember(string id, string aadObjectId, string name) =>
        Members.Add(new JsonObject { ["id"] = id, ["aadObjectId"] = aadObjectId, ["name"] = name, ["userPrincipalName"] = $"{name.Replace(' ', '.')}@example.se" });

    /// <summary>Makes someone a member of one conversation only, as in a private channel.</summary>
    public void AddConversationMember(string conversationId, string id, string aadObjectId, string name) =>
        ConversationMembers.GetOrAdd(conversationId, _ => []).Add(new JsonObject { ["id"] = id, ["aadObjectId"] = aadObjectId, ["name"] = name });

    public IReadOnlyList<SentActivity> CardsIn(string conversationId) =>
        Sent.Where(s => s.Card is not null && s.ConversationId == conversationId).ToArray();

    public void Clear()
    {
        sent.Clear();
        requests.Clear();
    }

    private async Task<IResult> CreateConversationAsync(HttpContext context)
    {
        var body = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
        var member = body["members"]?[0]?["id"]?.GetValue<string>() ?? "unknown";
        var id = "a:1on1-" + member;
        var refusal = await CheckAsync(context, id, body["tenantId"]?.GetValue<string>(), bodyUtf16Bytes: 0, countsForThread: false, blockedId: member);
        if (refusal is not null) return refusal;
        sent.Enqueue(new SentActivity("createConversation", id, null, body) { At = Clock.GetUtcNow() });
        return Results.Json(new { id, serviceUrl = ServiceUrl });
    }

    private async Task<IResult> HandleAsync(HttpContext context, string rest)
    {
        var segments = rest.Split('/');
        var conversationId = Uri.UnescapeDataString(segments[0]);
        var tail = segments.Skip(1).ToArray();
        var roster = ConversationMembers.TryGetValue(conversationId, out var own) ? own : Members;
        if (context.Request.Method == "GET" && tail is ["pagedmembers"])
        {
            return Results.Json(new { members = roster });
        }

        if (context.Request.Method == "GET" && tail is ["members"])
        {
            return Results.Json(roster);
        }

        if (tail is ["activities", ..] && context.Request.Method is "POST" or "PUT")
        {
            var text = await new StreamReader(context.Request.Body).ReadToEndAsync();
            var body = JsonNode.Parse(text)!.AsObject();
            var tenant = body["conversation"]?["tenantId"]?.GetValue<string>() ?? body["channelData"]?["tenant"]?["id"]?.GetValue<string>();
            var bytes = text.Length * sizeof(char);
            var refusal = await CheckAsync(context, conversationId, tenant, bytes, countsForThread: true, blockedId: conversationId);
            if (refusal is not null) return refusal;

            var at = Clock.GetUtcNow();
            if (context.Request.Method == "PUT" && tail.Length == 2)
            {
                sent.Enqueue(new SentActivity("update", conversationId, Uri.UnescapeDataString(tail[1]), body) { Utf16Bytes = bytes, At = at });
                return Results.Json(new { id = tail[1] });
            }

            var id = "msg-" + Interlocked.Increment(ref nextId).ToString(CultureInfo.InvariantCulture);
            sent.Enqueue(new SentActivity(tail.Length == 2 ? "reply" : "send", conversationId, id, body) { Utf16Bytes = bytes, At = at });
            if (AnswerDelay > TimeSpan.Zero)
            {
                await Task.Delay(AnswerDelay, CancellationToken.None);
            }

            return Results.Json(new { id });
        }

        return Results.NotFound();
    }

    /// <summary>What Teams would answer instead of accepting the request, or null to accept it.</summary>
    private async Task<IResult?> CheckAsync(HttpContext context, string conversationId, string? tenant, int bodyUtf16Bytes, bool countsForThread, string blockedId)
    {
        if (Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                Record(context, conversationId, 499);
                return Results.StatusCode(499);
            }
        }

        if (Blocked?.Invoke(blockedId) == true)
        {
            return Error(context, conversationId, 403, "ConversationBlockedByUser", "The bot is blocked or was removed.");
        }

        if (Refuse?.Invoke(conversationId) == true)
        {
            return Error(context, conversationId, 503, "ServiceUnavailable", "Try again later.");
        }

        if (bodyUtf16Bytes > MaxMessageUtf16Bytes)
        {
            return Error(context, conversationId, 413, "MessageSizeTooBig", "The message is too large.");
        }

        var throttledByOthers = ThrottleEveryNth > 0 && Interlocked.Increment(ref sendCount) % ThrottleEveryNth == 0;
        if (throttledByOthers || (EnforceRateLimits && !TryTakeBudget(countsForThread ? conversationId : null, tenant ?? "unknown")))
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return Error(context, conversationId, 429, "TooManyRequests", "Too many requests.");
        }

        Record(context, conversationId, 200);
        return null;
    }

    private bool TryTakeBudget(string? thread, string tenant)
    {
        var now = Clock.GetUtcNow();
        lock (threadSends)
        {
            var tenantWindow = Window(tenantRequests, tenant, now, TimeSpan.FromSeconds(1));
            if (tenantWindow.Count >= TenantLimitPerSecond) return false;
            if (thread is not null)
            {
                var threadWindow = Window(threadSends, thread, now, ThreadLimits.Max(l => l.Window));
                foreach (var (window, max) in ThreadLimits)
                {
                    if (threadWindow.Count(t => t > now - window) >= max) return false;
                }

                threadWindow.Add(now);
            }

            tenantWindow.Add(now);
            return true;
        }
    }

    private static List<DateTimeOffset> Window(Dictionary<string, List<DateTimeOffset>> windows, string key, DateTimeOffset now, TimeSpan keep)
    {
        if (!windows.TryGetValue(key, out var list))
        {
            list = [];
            windows[key] = list;
        }

        list.RemoveAll(t => t <= now - keep);
        return list;
    }

    private IResult Error(HttpContext context, string conversationId, int status, string code, string message)
    {
        Record(context, conversationId, status);
        return Results.Json(new { error = new { code, message } }, statusCode: status);
    }

    private void Record(HttpContext context, string conversationId, int status) =>
        requests.Enqueue(new ConnectorRequest(context.Request.Method, conversationId, status, Clock.GetUtcNow()));

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
