using BarnrattsResan.Bot.Scheduling;
using Microsoft.Extensions.Options;

namespace BarnrattsResan.Bot.Privacy;

/// <summary>Runs the retention sweep at start-up and then every <c>Privacy:SweepInterval</c>, on every instance.</summary>
internal sealed class RetentionBackgroundService(RetentionSweeper sweeper, TimeProvider time, IOptions<PrivacyOptions> options, ILogger<RetentionBackgroundService> logger)
    : PeriodicBackgroundService(time)
{
    protected override bool Enabled => options.Value.SweepEnabled;

    protected override TimeSpan Interval => options.Value.SweepInterval;

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => sweeper.RunDueAsync(cancellationToken);

    protected override void OnPassFailed(Exception exception) => logger.RetentionSweepFailed(exception);
}
