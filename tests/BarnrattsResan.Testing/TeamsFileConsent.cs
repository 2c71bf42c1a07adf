using System.Text.Json.Nodes;

namespace BarnrattsResan.Testing;

/// <summary>
/// What Teams does with a bot's file consent card: the card as Teams receives it, and the <c>fileConsent/invoke</c>
/// Teams sends when the person chooses Allow (with the OneDrive upload session's <c>uploadInfo</c>) or Decline.
/// </summary>
public static class TeamsFileConsent
{
    public const string ConsentType = "application/vnd.microsoft.teams.card.file.consent";
    public const string InfoType = "application/vnd.microsoft.teams.card.file.info";

    /// <summary>The consent cards the bot sent to a conversation, in order.</summary>
    public static IReadOnlyList<SentActivity> ConsentCards(ConnectorStandIn connector, string conversationId) =>
        connector.Sent.Where(s => s.ConversationId == conversationId && s.Attachment(ConsentType) is not null).ToArray();

    /// <summary>The file info cards the bot sent to a conversation, in order.</summary>
    public static IReadOnlyList<SentActivity> FileCards(ConnectorStandIn connector, string conversationId) =>
        connector.Sent.Where(s => s.ConversationId == conversationId && s.Attachment(InfoType) is not null).ToArray();

    /// <summary>The person chose Allow: Teams made an upload session in their OneDrive and sends its URL with the card's accept context.</summary>
    public static JsonObject Accept(TeamsActivities activities, TestUser user, SentActivity consent, string uploadUrl)
    {
        var attachment = consent.Attachment(ConsentType)!;
        var name = attachment["name"]!.GetValue<string>();
        return Invoke(activities, user, consent, new JsonObject
        {
            ["type"] = "fileUpload",
            ["action"] = "accept",
            ["context"] = attachment["content"]!["acceptContext"]!.DeepClone(),
            ["uploadInfo"] = new JsonObject
            {
                ["contentUrl"] = $"https://contoso-my.sharepoint.com/personal/{user.AadObjectId}/Documents/Applications/Barnrattsresan/{Uri.EscapeDataString(name)}",
                ["name"] = name,
                ["uploadUrl"] = uploadUrl,
                ["uniqueId"] = Guid.NewGuid().ToString().ToUpperInvariant(),
                ["fileType"] = Path.GetExtension(name).TrimStart('.'),
            },
        });
    }

    public static JsonObject Decline(TeamsActivities activities, TestUser user, SentActivity consent)
    {
        var attachment = consent.Attachment(ConsentType)!;
        return Invoke(activities, user, consent, new JsonObject
        {
            ["type"] = "fileUpload",
            ["action"] = "decline",
            ["context"] = attachment["content"]!["declineContext"]!.DeepClone(),
        });
    }

    /// <summary>The invoke in the person's 1:1 chat, replying to the consent card's message.</summary>
    private static JsonObject Invoke(TeamsActivities activities, TestUser user, SentActivity consent, JsonObject value)
    {
        var activity = activities.InstalledPersonally(user);
        activity.Remove("membersAdded");
        activity["type"] = "invoke";
        activity["name"] = "fileConsent/invoke";
        activity["value"] = value;
        activity["replyToId"] = consent.ActivityId;
        activity["conversation"] = new JsonObject { ["id"] = consent.ConversationId, ["conversationType"] = "personal", ["tenantId"] = activities.TenantId };
        return activity;
    }
}
