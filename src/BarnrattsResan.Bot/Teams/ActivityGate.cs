using System.Text.Json;

namespace BarnrattsResan.Bot.Teams;

/// <summary>
/// Who may talk to the bot at all, read from the raw activity before the adapter, the features or storage see it:
/// only Teams (<c>channelId</c> <c>msteams</c>), and only the tenants of <see cref="TenantPolicy"/>. The tenant is in
/// <c>channelData.tenant.id</c> and, in newer payloads, <c>conversation.tenantId</c>; when both are there they must agree.
/// </summary>
internal static class ActivityGate
{
    public const string TeamsChannel = "msteams";

    public static GateRefusal? Check(JsonElement activity, TenantPolicy tenants)
    {
        if (!activity.TryGetProperty("channelId", out var channel) || channel.ValueKind != JsonValueKind.String || channel.GetString() != TeamsChannel)
        {
            return new GateRefusal(GateReason.NotTeams, null);
        }

        if (!tenants.IsEnforced)
        {
            return null;
        }

        var fromChannelData = TenantOf(activity, "channelData", "tenant", "id");
        var fromConversation = TenantOf(activity, "conversation", "tenantId");
        var tenant = fromChannelData ?? fromConversation;
        if (tenant is null)
        {
            return new GateRefusal(GateReason.NoTenant, null);
        }

        if (fromChannelData is not null && fromConversation is not null && !string.Equals(fromChannelData, fromConversation, StringComparison.OrdinalIgnoreCase))
        {
            return new GateRefusal(GateReason.TenantMismatch, null);
        }

        // A tenant id is not personal data; anything that is not a GUID is not logged at all.
        return tenants.Allows(tenant) ? null : new GateRefusal(GateReason.ForeignTenant, Guid.TryParse(tenant, out var id) ? id.ToString("D") : null);
    }

    private static string? TenantOf(JsonElement activity, params string[] path)
    {
        var node = activity;
        foreach (var name in path)
        {
            if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(name, out node))
            {
                return null;
            }
        }

        return node.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(node.GetString()) ? node.GetString()!.Trim() : null;
    }
}

internal enum GateReason
{
    NotTeams,
    NoTenant,
    TenantMismatch,
    ForeignTenant,
}

/// <summary>Why an activity was refused at the door, and the tenant (a GUID, or nothing) for the log.</summary>
internal readonly record struct GateRefusal(GateReason Reason, string? TenantId)
{
    public string Detail => Reason switch
    {
        GateReason.NotTeams => "This bot only answers Microsoft Teams (channelId 'msteams').",
        GateReason.NoTenant => "The activity does not say which tenant it comes from.",
        GateReason.TenantMismatch => "The activity names two different tenants.",
        _ => "This bot does not serve your organisation's tenant. Ask your IT department to install the app from your own organisation's catalogue.",
    };
}
