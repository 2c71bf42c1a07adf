using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BarnrattsResan.Testing;

/// <summary>What the bot sent to the Bot Connector service.</summary>
public sealed record SentActivity(string Kind, string ConversationId, string? ActivityId, JsonObject Activity)
{
    /// <summary>The Adaptive Card the activity carries, if any.</summary>
    public JsonObject? Card => Activity["attachments"]?.AsArray().Select(a => a?["content"] as JsonObject).FirstOrDefault(c => c is not null);

    public string Text => Card is { } card ? CardText.Of(card) : Activity["text"]?.GetValue<string>() ?? string.Empty;
}

/// <summary>
/// A local stand-in for the Bot Connector service (the part of Teams that a bot calls back): it records the
/// replies, updates and new 1:1 chats the bot sends, and answers member lookups with a configured roster.
/// The real Bot Framework adapter talks to it over HTTP, exactly as it would to Teams.
/// </summary>
public sealed class ConnectorStandIn : IAsyncDisposable
{
    private readonly ConcurrentQueue<SentActivity> sent = new();
    private WebApplication? app;
    private int nextId;

    public string ServiceUrl { get; private set; } = string.Empty;

    public List<JsonObject> Members { get; } = [];

    /// <summary>The own members of particular conversations (a private or shared channel); every other conversation has <see cref="Members"/>.</summary>
    public ConcurrentDictionary<string, List<JsonObject>> ConversationMembers { get; } = new();

    /// <summary>Refuse (503) every send to the conversations this matches, to prove a retry neither loses nor duplicates.</summary>
    public Func<string, bool>? Refuse { get; set; }

    public IReadOnlyList<SentActivity> Sent => sent.ToArray();

    public static async Task<ConnectorStandIn> StartAsync()
    {
        var standIn = new ConnectorStandIn();
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
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

    public void Clear() => sent.Clear();

    private async Task<IResult> CreateConversationAsync(HttpContext context)
    {
        var body = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
        var member = body["members"]?[0]?["id"]?.GetValue<string>() ?? "unknown";
        var id = "a:1on1-" + member;
        sent.Enqueue(new SentActivity("createConversation", id, null, body));
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

        if (tail is ["activities", ..])
        {
            if (Refuse?.Invoke(conversationId) == true)
            {
                return Results.StatusCode(503);
            }

            var body = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
            if (context.Request.Method == "PUT" && tail.Length == 2)
            {
                sent.Enqueue(new SentActivity("update", conversationId, Uri.UnescapeDataString(tail[1]), body));
                return Results.Json(new { id = tail[1] });
            }

            if (context.Request.Method == "POST")
            {
                var id = "msg-" + Interlocked.Increment(ref nextId).ToString(CultureInfo.InvariantCulture);
                sent.Enqueue(new SentActivity(tail.Length == 2 ? "reply" : "send", conversationId, id, body));
                return Results.Json(new { id });
            }
        }

        return Results.NotFound();
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
