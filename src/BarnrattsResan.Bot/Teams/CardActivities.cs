using BarnrattsResan.Bot.Cards;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace BarnrattsResan.Bot.Teams;

/// <summary>Wraps the domain's card JSON into Bot Framework activities and invoke responses.</summary>
internal static class CardActivities
{
    public static Attachment ToAttachment(CardMessage message) => new()
    {
        ContentType = message.ContentType,
        Content = JObject.Parse(message.Card.ToWireJson()),
        Name = message.AttachmentName,
        ContentUrl = message.ContentUrl,
    };

    public static IMessageActivity ToActivity(CardMessage message)
    {
        var activity = MessageFactory.Attachment(ToAttachment(message));
        activity.Summary = message.Summary;
        return activity;
    }

    public static AdaptiveCardInvokeResponse ToInvokeResponse(CardMessage message) => new()
    {
        StatusCode = 200,
        Type = AdaptiveCard.ContentType,
        Value = JObject.Parse(message.Card.ToWireJson()),
    };
}
