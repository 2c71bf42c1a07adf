using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Planning;
using BarnrattsResan.Bot.Routing;

namespace BarnrattsResan.Bot.Setup;

/// <summary>What a round's planning is: when it starts (null: at once) and whether colleagues are reminded.</summary>
internal sealed record RoundPlanning(DateTimeOffset? StartsAt, bool Reminders)
{
    public static RoundPlanning Immediate { get; } = new(null, true);
}

/// <summary>
/// The setup card's planning fields, parsed from what the card sends: the form's input ids live here, written by
/// <see cref="PlanningFields"/> and read by <see cref="From"/>.
/// </summary>
internal sealed record PlanningInput(bool Reminders, DateTimeInput Start)
{
    public const string RemindersId = "reminders";
    public const string StartDateId = "startDate";
    public const string StartTimeId = "startTime";

    public static PlanningInput Default { get; } = new(true, DateTimeInput.Empty);

    /// <summary>Reminders are on unless the toggle says otherwise (a card without the toggle: on).</summary>
    public static PlanningInput From(CardAction action) =>
        new(action.Value(RemindersId) is not { } reminders || AdaptiveCard.IsOn(reminders), DateTimeInput.Parse(action.Value(StartDateId), action.Value(StartTimeId)));

    /// <summary>
    /// Checks the planning against the rest of the setup: a start that is given whole, in the future and before the
    /// summary is due. Problems are added to <paramref name="errors"/> in the user's language.
    /// </summary>
    public RoundPlanning? Validate(DateTimeOffset? summaryDueAt, TimeZoneInfo zone, DateTimeOffset now, Texts texts, List<string> errors)
    {
        if (!Start.Given)
        {
            return new RoundPlanning(null, Reminders);
        }

        if (!Start.TryGet(out var date, out var time))
        {
            errors.Add(texts.Planning.ErrorStartInvalid);
            return null;
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).Date);
        if (date < today.AddDays(-1) || date > today.AddDays(RoundSetupValidator.MaxDaysAhead))
        {
            errors.Add(date < today ? texts.Planning.ErrorStartInPast : texts.Planning.ErrorStartAfterDue);
            return null;
        }

        var start = UserTime.ToInstant(date, time, zone);
        if (start <= now)
        {
            errors.Add(texts.Planning.ErrorStartInPast);
            return null;
        }

        if (summaryDueAt is { } due && start >= due)
        {
            errors.Add(texts.Planning.ErrorStartAfterDue);
            return null;
        }

        return new RoundPlanning(start, Reminders);
    }
}
