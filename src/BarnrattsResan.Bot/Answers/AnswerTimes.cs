using System.Globalization;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Rounds;

namespace BarnrattsResan.Bot.Answers;

/// <summary>
/// When an answer was given, as precisely as the round may keep it. Exact times re-identify people in small
/// groups, so an anonymous round keeps only the date: midnight UTC of the date in the round's time zone.
/// </summary>
internal static class AnswerTimes
{
    public static DateTimeOffset Stamp(Round round, DateTimeOffset now)
    {
        if (!round.Anonymous)
        {
            return now;
        }

        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, round.TimeZone).DateTime);
        return new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    }

    /// <summary>A date-only stamp as the reader reads it, for example "25 november" (no time zone conversion: it is a date).</summary>
    public static string FormatDate(DateTimeOffset stamp, Language language) =>
        stamp.UtcDateTime.ToString("d MMMM", CultureInfo.GetCultureInfo(language == Language.English ? "en-GB" : "sv-SE"));
}
