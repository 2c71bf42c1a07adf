using System.Text.Json;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;

namespace BarnrattsResan.Bot.Teams;

/// <summary>
/// <c>POST /api/messages</c>: the Bot Framework's entry point. A body that is not a well-formed activity gets
/// 400 with a reason before it reaches the adapter, so malformed requests never cause a 500. With an app id
/// configured, a request without a bearer token gets 401 before its body is read (the adapter still validates the
/// token itself); an activity that is not from Teams or not from an allowed tenant gets 403 (<see cref="ActivityGate"/>).
/// </summary>
internal static class MessagesEndpoint
{
    public const string Path = "/api/messages";

    /// <summary>Teams' own messages are at most 100 KB; anything much larger is not a Teams activity.</summary>
    public const long MaxBodyBytes = 512 * 1024;

    public static async Task<IResult> HandleAsync(HttpContext context, IBotFrameworkHttpAdapter adapter, IBot bot, ILoggerFactory loggers, TenantPolicy tenants, Microsoft.Extensions.Options.IOptions<BotFrameworkOptions> authentication)
    {
        var logger = loggers.CreateLogger(typeof(MessagesEndpoint));
        if (authentication.Value.IsAuthenticated && !HasBearerToken(context.Request))
        {
            logger.UnauthenticatedRequestRefused();
            return Results.Problem(title: "Unauthorized", detail: "A request to the bot must carry a Bot Framework token.", statusCode: StatusCodes.Status401Unauthorized);
        }

        var problem = await CheckAsync(context.Request, tenants);
        if (problem is { Gate: { } refusal })
        {
            logger.ActivityRefusedAtTheDoor(refusal.Reason.ToString(), refusal.TenantId ?? "-");
            return Results.Problem(title: "Forbidden", detail: refusal.Detail, statusCode: StatusCodes.Status403Forbidden);
        }

        if (problem is not null)
        {
            logger.RequestRejected(problem.Value.Reason);
            return Results.Problem(title: "Bad request", detail: problem.Value.Reason, statusCode: problem.Value.Status);
        }

        try
        {
            await adapter.ProcessAsync(context.Request, context.Response, bot, context.RequestAborted);
        }
        catch (Exception e) when (e is Microsoft.IdentityModel.Tokens.SecurityTokenException or Microsoft.IdentityModel.Tokens.SecurityTokenArgumentException && !context.Response.HasStarted)
        {
            // The adapter lets a malformed token escape as an exception; it is the sender's fault, not the bot's.
            logger.RequestRejected("The request's token is malformed.");
            return Results.Problem(title: "Unauthorized", detail: "The request's Bot Framework token is not valid.", statusCode: StatusCodes.Status401Unauthorized);
        }

        return Results.Empty;
    }

    private static bool HasBearerToken(HttpRequest request) =>
        request.Headers.Authorization.Count == 1
        && request.Headers.Authorization[0] is { } value
        && value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
        && value.Length > "Bearer ".Length
        && !string.IsNullOrWhiteSpace(value["Bearer ".Length..]);

    private static async Task<(int Status, string Reason, GateRefusal? Gate)?> CheckAsync(HttpRequest request, TenantPolicy tenants)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return (StatusCodes.Status413PayloadTooLarge, "The request body is too large for an activity.", null);
        }

        if (request.ContentType is null || !request.ContentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (StatusCodes.Status415UnsupportedMediaType, "An activity must be sent as application/json.", null);
        }

        request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: MaxBodyBytes);
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body);
            if (Describe(document.RootElement) is { } malformed)
            {
                return (malformed.Status, malformed.Reason, null);
            }

            return ActivityGate.Check(document.RootElement, tenants) is { } refusal ? (StatusCodes.Status403Forbidden, refusal.Detail, refusal) : null;
        }
        catch (JsonException)
        {
            return (StatusCodes.Status400BadRequest, "The request body is not valid JSON.", null);
        }
        catch (IOException)
        {
            return (StatusCodes.Status413PayloadTooLarge, "The request body is too large for an activity.", null);
        }
        finally
        {
            request.Body.Position = 0;
        }
    }

    private static (int Status, string Reason)? Describe(JsonElement activity)
    {
        if (activity.ValueKind != JsonValueKind.Object)
        {
            return (StatusCodes.Status400BadRequest, "An activity must be a JSON object.");
        }

        if (!IsNonEmptyString(activity, "type"))
        {
            return (StatusCodes.Status400BadRequest, "The activity has no type.");
        }

        var type = activity.GetProperty("type").GetString();
        if (type is "message" or "invoke" or "conversationUpdate" or "installationUpdate")
        {
            if (!IsNonEmptyString(activity, "serviceUrl") || !Uri.TryCreate(activity.GetProperty("serviceUrl").GetString(), UriKind.Absolute, out _))
            {
                return (StatusCodes.Status400BadRequest, "The activity has no valid serviceUrl.");
            }

            if (!activity.TryGetProperty("conversation", out var conversation) || conversation.ValueKind != JsonValueKind.Object || !IsNonEmptyString(conversation, "id"))
            {
                return (StatusCodes.Status400BadRequest, "The activity has no conversation id.");
            }

            if (!activity.TryGetProperty("from", out var from) || from.ValueKind != JsonValueKind.Object || !IsNonEmptyString(from, "id"))
            {
                return (StatusCodes.Status400BadRequest, "The activity has no sender.");
            }

            if (activity.TryGetProperty("recipient", out var recipient) && recipient.ValueKind != JsonValueKind.Object)
            {
                return (StatusCodes.Status400BadRequest, "The activity's recipient is malformed.");
            }
        }

        if (type == "invoke" && activity.TryGetProperty("value", out var value) && value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
        {
            return (StatusCodes.Status400BadRequest, "The invoke's value must be an object.");
        }

        return null;
    }

    private static bool IsNonEmptyString(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString());
}
