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
                AdaptiveCard.Text(t.Planning.RoundPlannedTitle(title), size: TextSize.Medium, weight: TextWeight.Bolder),
                AdaptiveCard.Text(t.Planning.RoundPlannedText(UserTime.Format(round.StartsAt!.Value, zone, t.Language), UserTime.Format(round.SummaryDueAt, zone, t.Language))),
                AdaptiveCard.Text(t.Planning.RoundPlannedReminders(round.Reminders), subtle: true),
            ],
            [AdaptiveCard.Execute(t.Planning.CancelStartButton(title), PlanningVerbs.CancelStart, new RoundActionData(round.Id))]);
        return new CardMessage(card, t.Planning.RoundPlannedTitle(round.Title));
    }

    public static CardMessage PlannedStatus(Round round, Texts t, TimeZoneInfo zone)
    {
        var title = AdaptiveCard.TypedLine(round.Title);
        var card = AdaptiveCard.Create(
            [
                AdaptiveCard.Heading(t.Rounds.StatusTitle(title)),
                AdaptiveCard.Text(t.Planning.StatusPlanned(UserTime.Format(round.StartsAt!.Value, zone, t.Language))),
            ],
            [AdaptiveCard.Execute(t.Planning.CancelStartButton(title), PlanningVerbs.CancelStart, new RoundActionData(round.Id))]);
        return new CardMessage(card, t.Rounds.StatusTitle(round.Title));
    }
}
