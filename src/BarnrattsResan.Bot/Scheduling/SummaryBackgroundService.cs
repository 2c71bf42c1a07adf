using Microsoft.Extensions.Options;

namespace BarnrattsResan.Bot.Scheduling;

/// <summary>Runs the summary scheduler at start-up and then at every poll interval, on every instance.</summary>
public sealed class SummaryBackgroundService(SummaryScheduler scheduler, TimeProvider time, IOptions<SchedulerOptions> options, ILogger<SummaryBackgroundService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await scheduler.RunDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.SchedulerPassFailed(e);
            }

            try
            {
                await Task.Delay(options.Value.PollInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
