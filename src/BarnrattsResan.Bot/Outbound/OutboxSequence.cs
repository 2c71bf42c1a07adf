using System.Globalization;

namespace BarnrattsResan.Bot.Outbound;

/// <summary>
/// Positions in a lane: the enqueue time, then a counter that starts from the machine's clock when the process
/// starts, so items enqueued at the same instant (or by a restarted instance) still sort in the order they came.
/// </summary>
internal static class OutboxSequence
{
    private static long counter = DateTime.UtcNow.Ticks;

    public static long Next() => Interlocked.Increment(ref counter);

    public static string Order(DateTimeOffset now) =>
        string.Create(CultureInfo.InvariantCulture, $"{now.UtcTicks:D19}-{Next():D19}");

    /// <summary>A position right after <paramref name="parent"/> and before anything enqueued later.</summary>
    public static string After(string parent, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{parent}.{index:D4}");
}
