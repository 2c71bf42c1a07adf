using System.Globalization;

namespace BarnrattsResan.Bot.Cards;

/// <summary>
/// A date and a time from a card's <c>Input.Date</c> and <c>Input.Time</c> pair, parsed: the one place their wire
/// format is read (the card writes it in <see cref="AdaptiveCard.DateInput"/> and <see cref="AdaptiveCard.TimeInput"/>).
/// <see cref="Given"/> says whether either was filled in at all, so "left empty" and "not a date" stay apart.
/// </summary>
internal readonly record struct DateTimeInput(DateOnly? Date, TimeOnly? Time, bool Given)
{
    public const string DateFormat = "yyyy-MM-dd";
    public const string TimeFormat = "HH:mm";

    /// <summary>Teams sends a time as 13:00; some clients add seconds.</summary>
    private static readonly string[] TimeFormats = [TimeFormat, "HH:mm:ss"];

    /// <summary>Neither filled in.</summary>
    public static DateTimeInput Empty => default;

    /// <summary>Both filled in and both well formed.</summary>
    public bool IsComplete => Date is not null && Time is not null;

    public static DateTimeInput Of(DateOnly date, TimeOnly time) => new(date, time, true);

    /// <summary>What the two inputs sent: each value parsed on its own, null when it is missing or not well formed.</summary>
    public static DateTimeInput Parse(string? date, string? time) =>
        new(ParseDate(date), ParseTime(time), !string.IsNullOrWhiteSpace(date) || !string.IsNullOrWhiteSpace(time));

    public bool TryGet(out DateOnly date, out TimeOnly time)
    {
        date = Date.GetValueOrDefault();
        time = Time.GetValueOrDefault();
        return IsComplete;
    }

    public static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static TimeOnly? ParseTime(string? value) =>
        TimeOnly.TryParseExact(value?.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;

    public static string Format(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static string Format(TimeOnly time) => time.ToString(TimeFormat, CultureInfo.InvariantCulture);
}
