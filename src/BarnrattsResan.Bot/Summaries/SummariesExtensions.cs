using BarnrattsResan.Bot.Outbound;
using BarnrattsResan.Bot.Routing;
using BarnrattsResan.Bot.Scheduling;

namespace BarnrattsResan.Bot.Summaries;

internal static class SummariesExtensions
{
    /// <summary>Compiling and delivering summaries: the summary jobs and their periodic pass, the delivery handler and the summary command.</summary>
    public static IServiceCollection AddSummaries(this IServiceCollection services)
    {
        services.AddSingleton<SummaryJobStore>();
        services.AddSingleton<SummaryService>();
        services.AddSingleton<SummaryScheduler>();
        services.AddPeriodicWork<SummaryScheduler, SchedulerOptions>(o => o.Enabled, o => o.PollInterval, (s, c) => s.RunDueAsync(c), (l, e) => l.SchedulerPassFailed(e));
        services.AddSingleton<IOutboxHandler, SummaryDeliveryHandler>();
        services.AddSingleton<ICommandHandler, SummaryCommandHandler>();
        return services;
    }
}
