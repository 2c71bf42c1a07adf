using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Rounds;

namespace BarnrattsResan.Bot.Planning;

/// <summary>The cards of a planned round: the confirmation with its cancel button, and its status.</summary>
internal static class PlanningCards
{
    public static CardMessage Planned(Round round, Texts t, TimeZoneInfo zone)
    {
        var title = AdaptiveCard.TypedLine(round.Title);
        var card = AdaptiveCard.Create(
            [
                AdaptiveCard.Text(t.RoundPlannedTitle(title), size: TextSize.Medium, weight: TextWeight.Bolder),
                AdaptiveCard.Text(t.RoundPlannedText(UserTime.Format(round.StartsAt!.Value, zone, t.Language), UserTime.Format(round.SummaryDueAt, zone, t.Language))),
                AdaptiveCard.Text(t.RoundPlannedReminders(round.Reminders), subtle: true),
            ],
            [AdaptiveCard.Execute(t.CancelStartButton(title), PlanningVerbs.CancelStart, new RoundActionData(round.Id))]);
        return new CardMessage(card, t.RoundPlannedTitle(round.Title));
    }

    public static CardMessage PlannedStatus(Round round, Texts t, TimeZoneInfo zone)
    {
        var title = AdaptiveCard.TypedLine(round.Title);
        var card = AdaptiveCard.Create(
            [
                AdaptiveCard.Heading(t.StatusTitle(title)),
                AdaptiveCard.Text(t.StatusPlanned(UserTime.Format(round.StartsAt!.Value, zone, t.Language))),
            ],
            [AdaptiveCard.Execute(t.CancelStartButton(title), PlanningVerbs.CancelStart, new RoundActionData(round.Id))]);
        return new CardMessage(card, t.StatusTitle(round.Title));
    }
}
