using Microsoft.Extensions.Options;

namespace BarnrattsResan.Bot.Scheduling;

/// <summary>
/// Work that every instance does at start-up and then at a fixed interval (due summaries, planned starts and
/// reminders, the retention sweep). A failed pass is reported and the next one comes at the next interval;
/// stopping ends the wait at once. Registered with <see cref="PeriodicWork.AddPeriodicWork"/>.
/// </summary>
internal sealed class PeriodicBackgroundService(TimeProvider time, Func<bool> enabled, Func<TimeSpan> interval, Func<CancellationToken, Task> runOnce, Action<Exception> onPassFailed)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!enabled())
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await runOnce(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                onPassFailed(e);
            }

            try
            {
                await Task.Delay(interval(), time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}

/// <summary>The one registration of a periodic pass: which service runs it, which options switch it on and set its interval, and how a failed pass is logged.</summary>
internal static class PeriodicWork
{
    public static IServiceCollection AddPeriodicWork<TWork, TOptions>(
        this IServiceCollection services,
        Func<TOptions, bool> enabled,
        Func<TOptions, TimeSpan> interval,
        Func<TWork, CancellationToken, Task> runOnce,
        Action<ILogger, Exception> onPassFailed)
        where TWork : notnull
        where TOptions : class =>
        // Not AddHostedService: it would keep only the first of several registrations of the same service type.
        services.AddSingleton<IHostedService>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<TOptions>>();
            var work = provider.GetRequiredService<TWork>();
            var logger = provider.GetRequiredService<ILogger<TWork>>();
            return new PeriodicBackgroundService(
                provider.GetRequiredService<TimeProvider>(),
                () => enabled(options.Value),
                () => interval(options.Value),
                c => runOnce(work, c),
                e => onPassFailed(logger, e));
        });
}
