using BarnrattsResan.Bot.Scheduling;
using Microsoft.Extensions.Options;

namespace BarnrattsResan.Bot.Planning;

/// <summary>Runs the planned starts and reminders that fell due, at start-up and then at every poll interval, on every instance.</summary>
internal sealed class RoundJobBackgroundService(RoundJobScheduler scheduler, TimeProvider time, IOptions<SchedulerOptions> options, ILogger<RoundJobBackgroundService> logger)
    : PeriodicBackgroundService(time)
{
    protected override bool Enabled => options.Value.Enabled;

    protected override TimeSpan Interval => options.Value.PollInterval;

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => scheduler.RunDueAsync(cancellationToken);

    protected override void OnPassFailed(Exception exception) => logger.RoundJobPassFailed(exception);
}
