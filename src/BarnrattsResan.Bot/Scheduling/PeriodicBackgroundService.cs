namespace BarnrattsResan.Bot.Scheduling;

/// <summary>
/// Work that every instance does at start-up and then at a fixed interval (due summaries, the retention sweep).
/// A failed pass is reported and the next one comes at the next interval; stopping ends the wait at once.
/// </summary>
internal abstract class PeriodicBackgroundService(TimeProvider time) : BackgroundService
{
    protected abstract bool Enabled { get; }

    protected abstract TimeSpan Interval { get; }

    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    /// <summary>Logs a failed pass (with the feature's own source-generated message).</summary>
    protected abstract void OnPassFailed(Exception exception);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                OnPassFailed(e);
            }

            try
            {
                await Task.Delay(Interval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
