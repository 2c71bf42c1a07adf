using BarnrattsResan.Bot.Outbound;
using BarnrattsResan.Bot.Routing;
using BarnrattsResan.Bot.Scheduling;
using Microsoft.Extensions.Options;

namespace BarnrattsResan.Bot.Planning;

internal static class PlanningExtensions
{
    /// <summary>Reminders and scheduled starts: their options, jobs, outbox handlers, commands and card actions.</summary>
    public static IServiceCollection AddPlanning(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReminderOptions>().Bind(configuration.GetSection(ReminderOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<ReminderOptions>, ReminderOptionsValidator>();
        services.AddSingleton<RoundJobStore>();
        services.AddSingleton<ReminderStore>();
        services.AddSingleton<ReminderOutbox>();
        services.AddSingleton<RoundJobScheduler>();
        services.AddSingleton<PlannedStartCancellation>();
        services.AddSingleton<Rounds.IRoundDataEraser, PlanningEraser>();
        services.AddPeriodicWork<RoundJobScheduler, SchedulerOptions>(o => o.Enabled, o => o.PollInterval, (s, c) => s.RunDueAsync(c), (l, e) => l.RoundJobPassFailed(e));
        services.AddSingleton<IOutboxHandler, ReminderFanOutHandler>();
        services.AddSingleton<IOutboxHandler, PersonalReminderHandler>();
        services.AddSingleton<IOutboxHandler, ThreadReminderHandler>();
        services.AddSingleton<ICommandHandler, RemindCommandHandler>();
        services.AddSingleton<ICommandHandler, CancelStartCommandHandler>();
        services.AddSingleton<ICardActionHandler, TurnOffRemindersActionHandler>();
        services.AddSingleton<ICardActionHandler, CancelStartActionHandler>();
        return services;
    }
}
