using Microsoft.Extensions.Options;
using BarnrattsResan.Bot.Scheduling;

namespace BarnrattsResan.Bot.Summaries;

/// <summary>Runs the summary scheduler at start-up and then at every poll interval, on every instance.</summary>
public sealed class SummaryBackgroundService(SummaryScheduler scheduler, TimeProvider time, IOptions<SchedulerOptions> options, ILogger<SummaryBackgroundService> logger)
    : PeriodicBackgroundService(time)
{
    protected override bool Enabled => options.Value.Enabled;

    protected override TimeSpan Interval => options.Value.PollInterval;

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => scheduler.RunDueAsync(cancellationToken);

    protected override void OnPassFailed(Exception exception) => logger.SchedulerPassFailed(exception);
}
