using System.Globalization;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Localization;

namespace BarnrattsResan.Bot.Planning;

/// <summary>What a round's planning is: when it starts (null: at once) and whether colleagues are reminded.</summary>
public sealed record RoundPlanning(DateTimeOffset? StartsAt, bool Reminders)
{
    public static RoundPlanning Immediate { get; } = new(null, true);
}

/// <summary>The setup card's planning fields as the card sends them (see <see cref="PlanningFields"/>).</summary>
public sealed record PlanningInput(string? Reminders, string? StartDate, string? StartTime)
{
    public const string RemindersId = "reminders";
    public const string StartDateId = "startDate";
    public const string StartTimeId = "startTime";

    public static PlanningInput Default { get; } = new("true", null, null);

    public static PlanningInput From(CardAction action) =>
        new(action.Value(RemindersId), action.Value(StartDateId), action.Value(StartTimeId));

    /// <summary>Reminders are on unless the toggle says otherwise (a card without the toggle: on).</summary>
    public bool RemindersOn => Reminders is null || Rounds.SetupInput.IsTrue(Reminders);

    /// <summary>
    /// Checks the planning against the rest of the setup: a start that is given whole, in the future and before the
    /// summary is due. Problems are added to <paramref name="errors"/> in the user's language.
    /// </summary>
    public RoundPlanning? Validate(DateTimeOffset? summaryDueAt, TimeZoneInfo zone, DateTimeOffset now, Texts texts, List<string> errors)
    {
        var hasDate = !string.IsNullOrWhiteSpace(StartDate);
        var hasTime = !string.IsNullOrWhiteSpace(StartTime);
        if (!hasDate && !hasTime)
        {
            return new RoundPlanning(null, RemindersOn);
        }

        if (!DateOnly.TryParseExact(StartDate?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || !TimeOnly.TryParseExact(StartTime?.Trim(), ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            errors.Add(texts.Planning.ErrorStartInvalid);
            return null;
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).Date);
        if (date < today.AddDays(-1) || date > today.AddDays(Rounds.RoundSetupValidator.MaxDaysAhead))
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

        return new RoundPlanning(start, RemindersOn);
    }
}
