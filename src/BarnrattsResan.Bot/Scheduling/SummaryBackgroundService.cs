using Microsoft.Extensions.Options;

namespace BarnrattsResan.Bot.Scheduling;

/// <summary>Runs the summary scheduler at start-up and then at every poll interval, on every instance.</summary>
internal sealed class SummaryBackgroundService(SummaryScheduler scheduler, TimeProvider time, IOptions<SchedulerOptions> options, ILogger<SummaryBackgroundService> logger)
    : PeriodicBackgroundService(time)
{
    protected override bool Enabled => options.Value.Enabled;

    protected override TimeSpan Interval => options.Value.PollInterval;

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => scheduler.RunDueAsync(cancellationToken);

    protected override void OnPassFailed(Exception exception) => logger.SchedulerPassFailed(exception);
}
