using System.Text.Json.Nodes;

namespace BarnrattsResan.Testing;

/// <summary>A person in the simulated team.</summary>
public sealed record TestUser(string Id, string AadObjectId, string Name)
{
    public static TestUser Create(string name) => new("29:" + Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString(), name);
}

/// <summary>Builds activities shaped as Teams sends them: a channel post that mentions the bot, card actions, installs.</summary>
public sealed class TeamsActivities(string serviceUrl, string tenantId, string teamId, string channelId, string threadId, string locale = "sv-SE", string? channelType = null)
{
    public const string BotId = "28:barnrattsresan-bot";
    public const string BotName = "Barnrättsresan";

    public string ChannelConversationId => channelId;

    /// <summary>The conversation of the reply thread (Teams adds the root message id).</summary>
    public string ThreadConversationId => $"{channelId};messageid={threadId}";

    public TeamsActivities WithLocale(string newLocale) => new(serviceUrl, tenantId, teamId, channelId, threadId, newLocale, channelType);

    public TeamsActivities InThread(string newThreadId) => new(serviceUrl, tenantId, teamId, channelId, newThreadId, locale, channelType);

    public string TenantId => tenantId;

    /// <summary>The same people and channel, as another tenant would send them (an app with the bot's id side-loaded there).</summary>
    public TeamsActivities FromTenant(string otherTenantId) => new(serviceUrl, otherTenantId, teamId, channelId, threadId, locale, channelType);

    /// <summary>A private or shared channel of the same team: its own id, and <c>channelData.channel.type</c> as Teams sends it.</summary>
    public TeamsActivities InMembershipChannel(string otherChannelId, string type) => new(serviceUrl, tenantId, teamId, otherChannelId, threadId, locale, type);

    /// <summary>Another channel of the same team (<paramref name="otherTeamId"/>: of another team in the same tenant).</summary>
    public TeamsActivities InChannel(string newChannelId, string? otherTeamId = null) => new(serviceUrl, tenantId, otherTeamId ?? teamId, newChannelId, threadId, locale, channelType);

    public string TeamId => teamId;

    public JsonObject Mention(TestUser from, string command) => Base("message", from, ThreadConversationId, new JsonObject
    {
        ["text"] = $"<at>{BotName}</at> {command}",
        ["textFormat"] = "plain",
        ["entities"] = new JsonArray(
            new JsonObject
            {
                ["type"] = "mention",
                ["text"] = $"<at>{BotName}</at>",
                ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
            },
            new JsonObject { ["type"] = "clientInfo", ["locale"] = locale, ["timezone"] = "Europe/Stockholm" }),
    });

    /// <summary>An Action.Execute click: the action's data with the card's input values merged in, as Teams sends it.</summary>
    public JsonObject Execute(TestUser from, string verb, JsonObject data, string? conversationId = null) => Base("invoke", from, conversationId ?? ThreadConversationId, new JsonObject
    {
        ["name"] = "adaptiveCard/action",
        ["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        },
    });

    /// <summary>Clicks a button of a card the bot sent, with input values typed in.</summary>
    public JsonObject Click(TestUser from, JsonObject card, string verb, params (string Id, string Value)[] inputs)
    {
        var action = CardText.Action(card, verb) ?? throw new InvalidOperationException($"The card has no button with verb {verb}. Buttons: {string.Join(", ", CardText.ActionTitles(card))}");
        var data = action["data"]!.DeepClone().AsObject();
        foreach (var (id, value) in inputs)
        {
            data[id] = value;
        }

        return Execute(from, verb, data);
    }

    public JsonObject BotInstalled(TestUser by) => Base("conversationUpdate", by, channelId, new JsonObject
    {
        ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId, ["name"] = BotName }),
    });

    /// <summary>The bot removed from the team: Teams tells the team's General channel that the bot left its members.</summary>
    public JsonObject BotRemoved(TestUser by)
    {
        var activity = Base("conversationUpdate", by, channelId, new JsonObject
        {
            ["membersRemoved"] = new JsonArray(new JsonObject { ["id"] = BotId, ["name"] = BotName }),
        });
        activity["channelData"]!["eventType"] = "teamMemberRemoved";
        return activity;
    }

    /// <summary>The app installed in, or uninstalled from, the team (<c>add</c>, <c>remove</c>, <c>remove-upgrade</c>…).</summary>
    public JsonObject InstallationUpdate(TestUser by, string action) => Base("installationUpdate", by, channelId, new JsonObject
    {
        ["action"] = action,
    });

    /// <summary>The app installed in a person's 1:1 chat with the bot.</summary>
    public JsonObject InstalledPersonally(TestUser user)
    {
        var activity = BotInstalled(user);
        activity["conversation"] = new JsonObject { ["id"] = "a:1on1-" + user.Id, ["conversationType"] = "personal", ["tenantId"] = tenantId };
        activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } };
        return activity;
    }

    /// <summary>The app uninstalled from a person's 1:1 chat with the bot.</summary>
    public JsonObject UninstalledPersonally(TestUser user)
    {
        var activity = InstallationUpdate(user, "remove");
        activity["conversation"] = new JsonObject { ["id"] = "a:1on1-" + user.Id, ["conversationType"] = "personal", ["tenantId"] = tenantId };
        activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } };
        return activity;
    }

    private JsonObject Base(string type, TestUser from, string conversationId, JsonObject extra)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = Guid.NewGuid().ToString("N"),
            ["channelId"] = "msteams",
            ["serviceUrl"] = serviceUrl,
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("o"),
            ["locale"] = locale,
            ["localTimezone"] = "Europe/Stockholm",
            ["from"] = new JsonObject { ["id"] = from.Id, ["name"] = from.Name, ["aadObjectId"] = from.AadObjectId },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
            ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = tenantId },
            ["channelData"] = new JsonObject
            {
                ["tenant"] = new JsonObject { ["id"] = tenantId },
                ["team"] = new JsonObject { ["id"] = teamId, ["name"] = "Barn- och utbildningsförvaltningen" },
                ["channel"] = channelType is null
                    ? new JsonObject { ["id"] = channelId, ["name"] = "Barnrättsresan" }
                    : new JsonObject { ["id"] = channelId, ["name"] = "Barnrättsresan privat", ["type"] = channelType },
            },
        };
        foreach (var (key, value) in extra)
        {
            activity[key] = value?.DeepClone();
        }

        return activity;
    }
}
