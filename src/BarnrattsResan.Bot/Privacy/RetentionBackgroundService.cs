using Microsoft.Extensions.Options;

namespace BarnrattsResan.Bot.Privacy;

/// <summary>Runs the retention sweep at start-up and then every <c>Privacy:SweepInterval</c>, on every instance.</summary>
public sealed class RetentionBackgroundService(RetentionSweeper sweeper, TimeProvider time, IOptions<PrivacyOptions> options, ILogger<RetentionBackgroundService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SweepEnabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await sweeper.RunDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.RetentionSweepFailed(e);
            }

            try
            {
                await Task.Delay(options.Value.SweepInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
