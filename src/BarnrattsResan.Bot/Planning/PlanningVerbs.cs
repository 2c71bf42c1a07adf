namespace BarnrattsResan.Bot.Planning;

/// <summary>The <c>Action.Execute</c> verbs of planning: turning reminders off, cancelling a planned start.</summary>
internal static class PlanningVerbs
{
    public const string TurnOffReminders = "reminders.off";
    public const string CancelStart = "round.cancelStart";
}

/// <summary>
/// A reminder's "turn off" button, sent in a 1:1 chat: the round's thread (its conversation id) and the round. The
/// conversation key is made from the tenant the click came from, so a forged card can reach no other tenant's round.
/// </summary>
internal sealed record ReminderActionData(string Thread, string RoundId);
