using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Localization;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace BarnrattsResan.Bot.Teams;

/// <summary>Reads who, where, which language and which time zone from an incoming activity.</summary>
internal sealed class TurnInfoFactory(IOptions<BotOptions> options, ILogger<TurnInfoFactory> logger)
{
    public TurnInfo Create(ITurnContext turnContext)
    {
        var activity = turnContext.Activity;
        var zone = activity.LocalTimezone;
        if (string.IsNullOrWhiteSpace(zone) || !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            zone = ClientInfo(activity, "timezone") ?? options.Value.DefaultTimeZone;
            if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _)) zone = options.Value.DefaultTimeZone;
        }

        var locale = string.IsNullOrEmpty(options.Value.Language) ? activity.Locale ?? ClientInfo(activity, "locale") : options.Value.Language;
        return new TurnInfo(
            ConversationReferences.ToPerson(activity.From),
            ConversationReferences.ToAddress(activity),
            Languages.FromLocale(locale),
            zone,
            new TeamsConversationMembers(turnContext, logger),
            activity.Id);
    }

    private static string? ClientInfo(Microsoft.Bot.Schema.IActivity activity, string property) =>
        activity is Microsoft.Bot.Schema.Activity a
            ? a.Entities?.FirstOrDefault(e => e.Type == "clientInfo")?.Properties?[property]?.ToString()
            : null;
}
