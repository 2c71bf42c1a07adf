using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Conversations;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace BarnrattsResan.Bot.Teams;

/// <summary>
/// The thin Teams edge: turns messages and card actions into calls to the routers, and their cards back into
/// activities. No state of its own; everything lives in table storage.
/// </summary>
public sealed class BarnrattsBot(TurnInfoFactory turns, CommandRouter commands, CardActionRouter cardActions, ConversationStore conversations, ILogger<BarnrattsBot> logger) : TeamsActivityHandler
{
    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var turn = turns.Create(turnContext);
        var text = turnContext.Activity.RemoveRecipientMention() ?? turnContext.Activity.Text;
        var replies = await commands.HandleAsync(turn, StripMentionMarkup(text), cancellationToken);
        foreach (var reply in replies)
        {
            await turnContext.SendActivityAsync(CardActivities.ToActivity(reply), cancellationToken);
        }
    }

    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext<IInvokeActivity> turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
    {
        var turn = turns.Create(turnContext);
        var data = invokeValue.Action?.Data switch
        {
            JObject o => System.Text.Json.Nodes.JsonNode.Parse(o.ToString(Newtonsoft.Json.Formatting.None)) as System.Text.Json.Nodes.JsonObject,
            _ => null,
        } ?? [];
        var action = new Conversations.CardAction(invokeValue.Action?.Verb ?? string.Empty, data);
        var handling = cardActions.HandleAsync(turn, action, cancellationToken);
        if (handling is null)
        {
            return new AdaptiveCardInvokeResponse
            {
                StatusCode = 400,
                Type = "application/vnd.microsoft.error",
                Value = new Error("BadRequest", $"Unknown action '{action.Verb}'."),
            };
        }

        try
        {
            return CardActivities.ToInvokeResponse(await handling);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The person who clicked sees what happened in their own card, instead of an error posted to everyone.
            logger.TurnFailed(e, turnContext.Activity.Type);
            var busy = e is Rounds.RoundBusyException or Answers.AnswerBusyException;
            return CardActivities.ToInvokeResponse(NoticeCard.Create(busy ? turn.Texts.Busy : turn.Texts.TurnError));
        }
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        if (!membersAdded.Any(m => m.Id == turnContext.Activity.Recipient?.Id))
        {
            return;
        }

        var turn = turns.Create(turnContext);
        if (await conversations.RegisterAsync(turn.Address, cancellationToken))
        {
            var botName = string.IsNullOrWhiteSpace(turnContext.Activity.Recipient?.Name) ? "Barnrättsresan" : turnContext.Activity.Recipient.Name;
            var greeting = turn.Address.Kind == ConversationKind.Personal ? turn.Texts.GreetingPersonal(botName) : turn.Texts.Greeting(botName);
            await turnContext.SendActivityAsync(CardActivities.ToActivity(NoticeCard.Create(greeting)), cancellationToken);
        }
    }

    /// <summary>Removes any leftover <c>&lt;at&gt;…&lt;/at&gt;</c> markup and non-breaking spaces Teams puts around mentions.</summary>
    private static string StripMentionMarkup(string? text) =>
        System.Text.RegularExpressions.Regex.Replace(text ?? string.Empty, "<at>.*?</at>", string.Empty).Replace('\u00a0', ' ').Trim();
}
