using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Routing;
using BarnrattsResan.Bot.Scheduling;
using Microsoft.Extensions.Options;

namespace BarnrattsResan.Bot.Privacy;

internal static class PrivacyExtensions
{
    /// <summary>Retention and erasure, the participant keys' secret and deleting a round (withdrawing one's answers: Answering/, <c>AddAnswering</c>).</summary>
    public static IServiceCollection AddPrivacy(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PrivacyOptions>().Bind(configuration.GetSection(PrivacyOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<PrivacyOptions>, PrivacyOptionsValidator>();
        services.AddSingleton(sp => new ParticipantKeys(sp.GetRequiredService<IOptions<PrivacyOptions>>().Value.AnonymityKeyBytes()));

        services.AddSingleton<RetentionIndex>();
        services.AddSingleton<TeamChannelIndex>();
        services.AddSingleton<RoundRetention>();
        services.AddSingleton<RoundEraser>();
        services.AddSingleton<RetentionSweeper>();
        services.AddSingleton<ConversationRemoval>();
        services.AddPeriodicWork<RetentionSweeper, PrivacyOptions>(o => o.SweepEnabled, o => o.SweepInterval, (s, c) => s.RunDueAsync(c), (l, e) => l.RetentionSweepFailed(e));

        services.AddSingleton<ICommandHandler, DeleteRoundCommandHandler>();
        services.AddSingleton<ICardActionHandler, DeleteRoundActionHandler>();
        services.AddSingleton<ICardActionHandler, ShowSummaryBeforeDeleteActionHandler>();
        services.AddSingleton<ICardActionHandler, CancelActionHandler>();
        return services;
    }
}
