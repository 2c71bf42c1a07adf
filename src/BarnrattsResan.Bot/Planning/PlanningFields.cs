using System.Globalization;
using System.Text.Json.Nodes;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Localization;

namespace BarnrattsResan.Bot.Planning;

/// <summary>The setup card's planning block: reminders on or off, and an optional start date and time.</summary>
public static class PlanningFields
{
    public static IEnumerable<JsonNode?> Create(PlanningInput input, Texts t) =>
    [
        AdaptiveCard.Toggle(PlanningInput.RemindersId, t.Planning.SetupRemindersTitle, input.RemindersOn, t.Planning.SetupRemindersLabel),
        AdaptiveCard.DateInput(PlanningInput.StartDateId, t.Planning.SetupStartDateLabel, DateOnly.TryParseExact(input.StartDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null),
        AdaptiveCard.TimeInput(PlanningInput.StartTimeId, t.Planning.SetupStartTimeLabel, TimeOnly.TryParseExact(input.StartTime, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null),
        AdaptiveCard.Text(t.Planning.SetupStartHint, subtle: true, spacing: "Small"),
    ];
}
