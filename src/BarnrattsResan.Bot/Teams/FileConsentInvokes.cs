using BarnrattsResan.Bot.Notes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;

namespace BarnrattsResan.Bot.Teams;

/// <summary>Maps Teams' <c>fileConsent/invoke</c> to the domain's <see cref="FileConsentAnswer"/> and its result back to an invoke response.</summary>
internal static class FileConsentInvokes
{
    public static FileConsentAnswer ToAnswer(FileConsentCardResponse? response)
    {
        var context = response?.Context switch
        {
            JObject o => System.Text.Json.Nodes.JsonNode.Parse(o.ToString(Newtonsoft.Json.Formatting.None)) as System.Text.Json.Nodes.JsonObject,
            string s when s.TrimStart().StartsWith('{') => TryParse(s),
            _ => null,
        };
        var upload = response?.UploadInfo;
        return new FileConsentAnswer(
            string.Equals(response?.Action, "accept", StringComparison.OrdinalIgnoreCase),
            context,
            upload?.UploadUrl,
            upload?.Name,
            upload?.ContentUrl,
            upload?.UniqueId,
            upload?.FileType);
    }

    public static InvokeResponse ToResponse(FileConsentResult result) => new()
    {
        Status = result switch
        {
            FileConsentResult.Taken => 200,
            FileConsentResult.Forbidden => 403,
            _ => 400,
        },
    };

    private static System.Text.Json.Nodes.JsonObject? TryParse(string json)
    {
        try
        {
            return System.Text.Json.Nodes.JsonNode.Parse(json) as System.Text.Json.Nodes.JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
