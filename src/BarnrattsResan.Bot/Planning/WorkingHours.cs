using BarnrattsResan.Bot.Localization;

namespace BarnrattsResan.Bot.Planning;

/// <summary>Working hours as a person lives them: days and times on their own wall clock, daylight saving included.</summary>
internal sealed record WorkingHours(TimeOnly Start, TimeOnly End, IReadOnlyCollection<DayOfWeek> Days)
{
    /// <summary>
    /// <paramref name="at"/> itself when it falls within working hours in <paramref name="zone"/>; otherwise the
    /// start of the next working day there. Null when there is no working day within two weeks (no days configured).
    /// </summary>
    public DateTimeOffset? NextWorkingTime(DateTimeOffset at, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone);
        var date = DateOnly.FromDateTime(local.DateTime);
        var time = TimeOnly.FromDateTime(local.DateTime);
        for (var day = 0; day < 14; day++, date = date.AddDays(1))
        {
            if (!Days.Contains(date.DayOfWeek)) continue;
            if (day == 0 && time >= End) continue;
            if (day == 0 && time >= Start) return at;
            return UserTime.ToInstant(date, Start, zone);
        }

        return null;
    }

    /// <summary>When a reminder planned for <paramref name="at"/> reaches someone in <paramref name="zone"/>: within working hours and before <paramref name="deadline"/>, or never (null).</summary>
    public DateTimeOffset? SendTime(DateTimeOffset at, DateTimeOffset deadline, TimeZoneInfo zone) =>
        NextWorkingTime(at, zone) is { } send && send < deadline ? send : null;
}
