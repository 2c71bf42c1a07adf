using System.Text.Json.Nodes;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Rounds;

namespace BarnrattsResan.Bot.Planning;

/// <summary>The reminders: a personal one in a 1:1 chat, and one without names in the round's thread.</summary>
internal static class ReminderCards
{
    public static CardMessage Personal(Round round, int questionsLeft)
    {
        var t = round.Language.Texts();
        var title = AdaptiveCard.TypedLine(round.Title);
        var when = UserTime.Format(round.SummaryDueAt, round.TimeZone, round.Language);
        var actions = new List<JsonNode?>();
        if (ThreadLink.For(round) is { } link)
        {
            actions.Add(AdaptiveCard.OpenUrl(t.Planning.ReminderOpenThread(title), link));
        }

        actions.Add(AdaptiveCard.Execute(t.Planning.ReminderTurnOff(title), PlanningVerbs.TurnOffReminders, new ReminderActionData(round.Thread.ConversationId, round.Id)));
        var card = AdaptiveCard.Create(
            [
                CardHeader.Create(),
                AdaptiveCard.Text(t.Planning.ReminderTitle(title), size: TextSize.Medium, weight: TextWeight.Bolder),
                AdaptiveCard.Text(t.Planning.ReminderPersonal(questionsLeft, when)),
            ],
            actions);
        return new CardMessage(card, t.Planning.ReminderTitle(round.Title));
    }

    public static CardMessage InThread(Round round, int answered)
    {
        var t = round.Language.Texts();
        var when = UserTime.Format(round.SummaryDueAt, round.TimeZone, round.Language);
        var card = AdaptiveCard.Create(
            [
                AdaptiveCard.Text(t.Planning.ReminderTitle(AdaptiveCard.TypedLine(round.Title)), size: TextSize.Medium, weight: TextWeight.Bolder),
                AdaptiveCard.Text(t.Planning.ReminderInThread(answered, when)),
            ]);
        return new CardMessage(card, t.Planning.ReminderTitle(round.Title));
    }
}
