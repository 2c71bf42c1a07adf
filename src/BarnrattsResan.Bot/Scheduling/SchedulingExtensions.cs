namespace BarnrattsResan.Bot.Scheduling;

internal static class SchedulingExtensions
{
    /// <summary>The options of the job schedulers (section <c>Scheduler</c>), shared by the summary and planning passes.</summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SchedulerOptions>().Bind(configuration.GetSection(SchedulerOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}
