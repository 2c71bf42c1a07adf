using Microsoft.Extensions.Options;

namespace BarnrattsResan.Bot.Outbound;

/// <summary>
/// Teams allows one app 50 requests per second per tenant. This instance keeps its share of that
/// (<see cref="OutboundOptions.TenantRequestsPerSecond"/>; with several instances each gets a part, see README):
/// a sliding one-second window per tenant, in memory, because it only has to hold for this second.
/// </summary>
internal sealed class TenantBudget(TimeProvider time, IOptions<OutboundOptions> options)
{
    private readonly Dictionary<string, List<long>> recent = new(StringComparer.Ordinal);

    /// <summary>Reserves <paramref name="requests"/> requests for the tenant; returns when they may be made (now, or later).</summary>
    public DateTimeOffset Reserve(string? tenantId, int requests)
    {
        var windows = new[] { (TimeSpan.FromSeconds(1), options.Value.TenantRequestsPerSecond) };
        lock (recent)
        {
            var key = tenantId ?? string.Empty;
            if (!recent.TryGetValue(key, out var sends))
            {
                sends = [];
                recent[key] = sends;
            }

            var now = time.GetUtcNow();
            sends.RemoveAll(s => s <= (now - TimeSpan.FromSeconds(1)).UtcTicks);
            var at = now;
            for (var i = 0; i < requests; i++)
            {
                var next = TeamsRateLimits.EarliestNextSend(sends, at, windows);
                sends.Add(next.UtcTicks);
                at = next;
            }

            return at;
        }
    }
}
