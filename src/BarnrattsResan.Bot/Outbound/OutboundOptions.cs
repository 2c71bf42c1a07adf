using System.ComponentModel.DataAnnotations;

namespace BarnrattsResan.Bot.Outbound;

/// <summary>How the outbox worker delivers to Teams (section <c>Outbound</c>).</summary>
internal sealed class OutboundOptions
{
    public const string Section = "Outbound";

    /// <summary>Whether this instance drains the outbox. Every instance normally does. Setting: <c>Outbound__Enabled</c>.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often an idle worker looks for work that other instances enqueued. Setting: <c>Outbound__PollInterval</c>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00", ErrorMessage = "Outbound:PollInterval must be between 50 ms and 1 minute.")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long an instance holds a lane before another may take it over (renewed right before every send, so longer than a send can take: the 10-second HTTP limit). Setting: <c>Outbound__Lease</c>.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:10:00", ErrorMessage = "Outbound:Lease must be between 5 seconds and 10 minutes.")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts after passing faults (412, 5xx, timeouts) before an item is set aside. Setting: <c>Outbound__MaxAttempts</c>.</summary>
    [Range(1, 20, ErrorMessage = "Outbound:MaxAttempts must be between 1 and 20.")]
    public int MaxAttempts { get; set; } = 6;

    /// <summary>The first wait after a passing fault; it doubles each attempt, with jitter. Setting: <c>Outbound__RetryDelay</c>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00", ErrorMessage = "Outbound:RetryDelay must be between 100 ms and 5 minutes.")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How many lanes (threads, chats) one instance sends to at the same time. Setting: <c>Outbound__MaxConcurrentLanes</c>.</summary>
    [Range(1, 64, ErrorMessage = "Outbound:MaxConcurrentLanes must be between 1 and 64.")]
    public int MaxConcurrentLanes { get; set; } = 8;

    /// <summary>
    /// This instance's share of Teams' 50 requests per second per tenant. With N instances set 50/N.
    /// Setting: <c>Outbound__TenantRequestsPerSecond</c>.
    /// </summary>
    [Range(1, 50, ErrorMessage = "Outbound:TenantRequestsPerSecond must be between 1 and 50 (Teams' limit per app and tenant).")]
    public int TenantRequestsPerSecond { get; set; } = 50;

    /// <summary>A shared card's count is updated at most once per this interval (the latest count wins). Setting: <c>Outbound__CoalesceInterval</c>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00", ErrorMessage = "Outbound:CoalesceInterval must be between 100 ms and 1 minute.")]
    public TimeSpan CoalesceInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>A wait for Teams' limits shorter than this is waited out while holding the lane; a longer one frees the lane until then.</summary>
    public TimeSpan MaxInlineWait { get; set; } = TimeSpan.FromSeconds(2);
}
