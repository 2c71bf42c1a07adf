using System.Globalization;

namespace BarnrattsResan.Bot.Localization;

/// <summary>Converts between instants and the wall-clock time of a user's time zone.</summary>
internal static class UserTime
{
    public const string DefaultTimeZoneId = "Europe/Stockholm";

    public static TimeZoneInfo FindZone(string? timeZoneId, string fallbackId = DefaultTimeZoneId)
    {
        if (!string.IsNullOrWhiteSpace(timeZoneId) && TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone))
        {
            return zone;
        }

        return TimeZoneInfo.FindSystemTimeZoneById(fallbackId);
    }

    /// <summary>Formats an instant as the user reads it, for example "tisdag 1 december 2026 kl. 13:00".</summary>
    public static string Format(DateTimeOffset instant, TimeZoneInfo zone, Language language)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return language == Language.English
            ? local.ToString("dddd d MMMM yyyy 'at' HH:mm", CultureInfo.GetCultureInfo("en-GB"))
            : local.ToString("dddd d MMMM yyyy 'kl.' HH:mm", CultureInfo.GetCultureInfo("sv-SE"));
    }

    public static string FormatTime(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The instant of a wall-clock date and time in a zone. A time skipped by a daylight-saving change moves forward an hour.</summary>
    public static DateTimeOffset ToInstant(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        var offset = zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}
