using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Help;
using BarnrattsResan.Bot.Privacy;
using BarnrattsResan.Bot.Routing;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace BarnrattsResan.Bot.Teams;

/// <summary>
/// The thin Teams edge: turns messages and card actions into calls to the routers, and their cards back into
/// activities. No state of its own; everything lives in table storage.
/// </summary>
internal sealed class BarnrattsBot(TurnInfoFactory turns, CommandRouter commands, CardActionRouter cardActions, ConversationStore conversations, ConversationRemoval removal, TurnReplies turnReplies, Notes.NotesConsent notesConsent, TimeProvider time, ILogger<BarnrattsBot> logger) : TeamsActivityHandler
{
    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var turn = turns.Create(turnContext);
        var text = turnContext.Activity.RemoveRecipientMention() ?? turnContext.Activity.Text;
        var replies = await commands.HandleAsync(turn, StripMentionMarkup(text), cancellationToken);
        foreach (var reply in replies)
        {
            await turnReplies.SendAsync(turnContext, CardActivities.ToActivity(reply), cancellationToken);
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
        var action = new Routing.CardAction(invokeValue.Action?.Verb ?? string.Empty, data);

        // Teams gives an invoke about 10-15 seconds; answer within the budget even when storage stalls.
        using var budget = new CancellationTokenSource(InvokeBudget, time);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        var handling = cardActions.HandleAsync(turn, action, deadline.Token);
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
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // The person who clicked sees what happened in their own card, instead of an error posted to everyone.
            return CardActivities.ToInvokeResponse(NoticeCard.Create(FaultReplies.For(e, budget.IsCancellationRequested, turn.Texts, logger, turnContext.Activity.Type)));
        }
    }

    /// <summary>An invoke the bot does not handle gets 400, not the 501 the SDK answers: the request is wrong, the bot is not broken.</summary>
    protected override async Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken)
    {
        var response = await base.OnInvokeActivityAsync(turnContext, cancellationToken);
        return response?.Status == (int)System.Net.HttpStatusCode.NotImplemented
            ? new InvokeResponse { Status = (int)System.Net.HttpStatusCode.BadRequest }
            : response!;
    }

    /// <summary>Allow or Decline on a file consent card (the meeting notes): recorded at once, the upload runs in the outbox.</summary>
    protected override async Task<InvokeResponse> OnTeamsFileConsentAsync(ITurnContext<IInvokeActivity> turnContext, Microsoft.Bot.Schema.Teams.FileConsentCardResponse fileConsentCardResponse, CancellationToken cancellationToken)
    {
        using var budget = new CancellationTokenSource(InvokeBudget, time);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        var turn = turns.Create(turnContext);
        try
        {
            var result = await notesConsent.HandleAsync(turn, FileConsentInvokes.ToAnswer(fileConsentCardResponse), deadline.Token);
            return FileConsentInvokes.ToResponse(result);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // Teams shows nothing of an invoke's body here: the person is told in their chat, and Teams gets a 200 (the
            // answer was received), never the 501 the adapter would give a turn that failed.
            await turnReplies.SendAsync(turnContext, CardActivities.ToActivity(NoticeCard.Create(FaultReplies.For(e, budget.IsCancellationRequested, turn.Texts, logger, turnContext.Activity.Type))), cancellationToken);
            return new InvokeResponse { Status = (int)System.Net.HttpStatusCode.OK };
        }
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        if (!membersAdded.Any(m => m.Id == turnContext.Activity.Recipient?.Id))
        {
            return;
        }

        var turn = turns.Create(turnContext);
        await removal.CancelAsync(turn.Address, cancellationToken);
        if (await conversations.RegisterAsync(turn.Address, cancellationToken))
        {
            var botName = string.IsNullOrWhiteSpace(turnContext.Activity.Recipient?.Name) ? "Barnrättsresan" : turnContext.Activity.Recipient.Name;
            var greeting = turn.Address.Kind == ConversationKind.Personal ? turn.Texts.Help.GreetingPersonal(AdaptiveCard.TypedLine(botName)) : turn.Texts.Help.Greeting(AdaptiveCard.TypedLine(botName));
            await turnReplies.SendAsync(turnContext, CardActivities.ToActivity(NoticeCard.Create(greeting)), cancellationToken);
        }
    }

    /// <summary>How long a card action may take before the person is asked to try again, well within Teams' invoke timeout.</summary>
    public static readonly TimeSpan InvokeBudget = TimeSpan.FromSeconds(8);

    /// <summary>The bot left the team or chat (Teams also sends an installation update): its data there is scheduled for erasure.</summary>
    protected override async Task OnMembersRemovedAsync(IList<ChannelAccount> membersRemoved, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        if (membersRemoved.Any(m => m.Id == turnContext.Activity.Recipient?.Id))
        {
            await removal.ScheduleAsync(ConversationReferences.ToAddress(turnContext.Activity), cancellationToken);
        }
    }

    /// <summary>The app was uninstalled from the team or chat (<c>remove</c>, <c>remove-upgrade</c>): its data there is scheduled for erasure.</summary>
    protected override Task OnInstallationUpdateRemoveAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        removal.ScheduleAsync(ConversationReferences.ToAddress(turnContext.Activity), cancellationToken);

    /// <summary>The app was installed (again): a pending erasure of its data there is cancelled.</summary>
    protected override Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        removal.CancelAsync(ConversationReferences.ToAddress(turnContext.Activity), cancellationToken);

    /// <summary>Removes any leftover <c>&lt;at&gt;…&lt;/at&gt;</c> markup and non-breaking spaces Teams puts around mentions.</summary>
    private static string StripMentionMarkup(string? text) =>
        System.Text.RegularExpressions.Regex.Replace(text ?? string.Empty, "<at>.*?</at>", string.Empty).Replace('\u00a0', ' ').Trim();
}
