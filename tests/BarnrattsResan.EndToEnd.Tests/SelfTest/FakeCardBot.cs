using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BarnrattsResan.EndToEnd.Tests.Samples;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BarnrattsResan.EndToEnd.Tests.SelfTest;

/// <summary>
/// A stand-in bot for testing the Playground driver itself (the real bot is tested with BotProcess):
/// answers every message with <see cref="SampleCards.QuestionCard"/> through the Connector REST API at
/// the activity's serviceUrl, and every <c>adaptiveCard/action</c> invoke with a replacement card that
/// echoes the verb and the submitted data.
/// </summary>
public sealed class FakeCardBot : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly HttpClient http = new();
    private readonly List<JsonObject> received = [];
    private readonly Lock gate = new();
    private int cards;

    private FakeCardBot(int port)
    {
        Port = port;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        app = builder.Build();
        app.MapPost("/api/messages", HandleAsync);
    }

    public int Port { get; }

    public Uri MessagesEndpoint => new($"http://127.0.0.1:{Port}/api/messages");

    public IReadOnlyList<JsonObject> Received
    {
        get
        {
            lock (gate)
            {
                return [.. received];
            }
        }
    }

    public static async Task<FakeCardBot> StartAsync()
    {
        var bot = new FakeCardBot(FreePort.Next());
        await bot.app.StartAsync();
        return bot;
    }

    private async Task<IResult> HandleAsync(HttpRequest request)
    {
        if (await JsonNode.ParseAsync(request.Body) is not JsonObject activity)
        {
            return Results.BadRequest();
        }

        lock (gate)
        {
            received.Add(activity);
        }

        var type = activity["type"]?.GetValue<string>();
        if (type == "invoke" && activity["name"]?.GetValue<string>() == "adaptiveCard/action")
        {
            var action = activity["value"]?["action"];
            var title = $"Svar sparat ({action?["verb"]}): {action?["data"]?.ToJsonString()}";
            // The HTTP body of an invoke response is the InvokeResponse body; the status is the HTTP status.
            var body = new JsonObject
            {
                ["statusCode"] = 200,
                ["type"] = "application/vnd.microsoft.card.adaptive",
                ["value"] = JsonNode.Parse(SampleCards.QuestionCard(title)),
            };
            return Results.Text(body.ToJsonString(), "application/json");
        }

        if (type == "message")
        {
            var number = Interlocked.Increment(ref cards);
            _ = ReplyAsync(activity, SampleCards.QuestionCard($"Fråga {number.ToString(CultureInfo.InvariantCulture)} till {activity["from"]?["name"]}"));
        }

        return Results.Ok();
    }

    private async Task ReplyAsync(JsonObject activity, string cardJson)
    {
        var serviceUrl = activity["serviceUrl"]!.GetValue<string>().TrimEnd('/');
        var conversationId = Uri.EscapeDataString(activity["conversation"]!["id"]!.GetValue<string>());
        var activityId = Uri.EscapeDataString(activity["id"]!.GetValue<string>());
        var reply = new JsonObject
        {
            ["type"] = "message",
            ["from"] = activity["recipient"]?.DeepClone(),
            ["recipient"] = activity["from"]?.DeepClone(),
            ["conversation"] = activity["conversation"]?.DeepClone(),
            ["replyToId"] = activity["id"]?.DeepClone(),
            ["attachments"] = new JsonArray(new JsonObject
            {
                ["contentType"] = "application/vnd.microsoft.card.adaptive",
                ["content"] = JsonNode.Parse(cardJson),
            }),
        };
        using var response = await http.PostAsJsonAsync(
            new Uri($"{serviceUrl}/v3/conversations/{conversationId}/activities/{activityId}"), reply);
        response.EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        http.Dispose();
    }
}
