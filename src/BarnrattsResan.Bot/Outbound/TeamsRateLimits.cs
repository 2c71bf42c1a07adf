namespace BarnrattsResan.Bot.Outbound;

/// <summary>
/// Teams' documented limits for one bot ("Rate limiting for agents", Microsoft Learn): per conversation thread
/// 7 sends per second, 8 per 2 seconds, 60 per 30 seconds and 1,800 per hour. Updates count like posts.
/// </summary>
internal static class TeamsRateLimits
{
    public static readonly IReadOnlyList<(TimeSpan Window, int Max)> PerThread =
    [
        (TimeSpan.FromSeconds(1), 7),
        (TimeSpan.FromSeconds(2), 8),
        (TimeSpan.FromSeconds(30), 60),
        (TimeSpan.FromHours(1), 1800),
    ];

    /// <summary>The longest window: older send times no longer matter.</summary>
    public static readonly TimeSpan Longest = TimeSpan.FromHours(1);

    /// <summary>
    /// The earliest moment from <paramref name="now"/> at which one more send stays within every window, given the
    /// lane's earlier sends (UTC ticks). A window of length W allowing M sends is full when M sends fall in (t−W, t].
    /// </summary>
    public static DateTimeOffset EarliestNextSend(IReadOnlyList<long> sends, DateTimeOffset now, IReadOnlyList<(TimeSpan Window, int Max)> windows)
    {
        var earliest = now;
        foreach (var (window, max) in windows)
        {
            var from = (now - window).UtcTicks;
            var within = sends.Where(s => s > from).Order().ToArray();
            if (within.Length >= max)
            {
                var free = new DateTimeOffset(within[within.Length - max], TimeSpan.Zero) + window;
                if (free > earliest) earliest = free;
            }
        }

        return earliest;
    }

    /// <summary>The send times worth keeping at <paramref name="now"/>.</summary>
    public static IReadOnlyList<long> Trim(IEnumerable<long> sends, DateTimeOffset now) =>
        sends.Where(s => s > (now - Longest).UtcTicks).Order().ToArray();
}
