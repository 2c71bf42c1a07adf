using System.Text.Json.Nodes;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Planning;

namespace BarnrattsResan.Bot.Setup;

/// <summary>The setup card's planning block: reminders on or off, and an optional start date and time.</summary>
internal static class PlanningFields
{
    public static IEnumerable<JsonNode?> Create(PlanningInput input, Texts t) =>
    [
        AdaptiveCard.Toggle(PlanningInput.RemindersId, t.Planning.SetupRemindersTitle, input.Reminders, t.Planning.SetupRemindersLabel),
        AdaptiveCard.DateInput(PlanningInput.StartDateId, t.Planning.SetupStartDateLabel, input.Start.Date),
        AdaptiveCard.TimeInput(PlanningInput.StartTimeId, t.Planning.SetupStartTimeLabel, input.Start.Time),
        AdaptiveCard.Text(t.Planning.SetupStartHint, subtle: true, spacing: Spacing.Small),
    ];
}
