using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace BarnrattsResan.Bot.Outbound;

/// <summary>
/// When this instance last marked each shared question card for an update, so that it marks one at most once per
/// <see cref="OutboundOptions.CoalesceInterval"/>: sixty answers in a second on one instance write the lane row once.
/// A mark skipped here is never lost: the worker counts again <see cref="OutboundOptions.CoalesceInterval"/> after
/// each update it sends (the trailing recount, see <see cref="OutboxLaneDrainer"/>), and an answer is only skipped
/// within that interval after a mark this instance wrote, so the recount after that mark's update comes after the
/// answer was stored. Only timing lives here; losing it (a restart) at worst costs one more mark.
/// </summary>
internal sealed class CardMarkMemo(TimeProvider time, IOptions<OutboundOptions> options)
{
    private const int PruneAbove = 4096;

    private readonly ConcurrentDictionary<(string Lane, string RoundId, int Index), long> marked = new();

    /// <summary>True when the card should be marked now (and remembers it); false when this instance marked it within the interval.</summary>
    public bool ShouldMark(string lane, string roundId, int index)
    {
        var key = (lane, roundId, index);
        var now = time.GetTimestamp();
        while (true)
        {
            if (!marked.TryGetValue(key, out var last))
            {
                if (marked.TryAdd(key, now)) break;
                continue;
            }

            if (time.GetElapsedTime(last, now) < options.Value.CoalesceInterval)
            {
                return false;
            }

            if (marked.TryUpdate(key, now, last)) break;
        }

        if (marked.Count > PruneAbove)
        {
            Prune(now);
        }

        return true;
    }

    /// <summary>The mark could not be written: the next answer marks again.</summary>
    public void Forget(string lane, string roundId, int index) => marked.TryRemove((lane, roundId, index), out _);

    private void Prune(long now)
    {
        foreach (var (key, last) in marked)
        {
            if (time.GetElapsedTime(last, now) >= options.Value.CoalesceInterval)
            {
                marked.TryRemove(new KeyValuePair<(string, string, int), long>(key, last));
            }
        }
    }
}
