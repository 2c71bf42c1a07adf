using Microsoft.Extensions.Options;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Routing;

namespace BarnrattsResan.Bot.Privacy;

public static class PrivacyExtensions
{
    /// <summary>Retention and erasure, the participant keys' secret and deleting a round (withdrawing one's answers: Answering/, registered in Hosting).</summary>
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
        services.AddHostedService<RetentionBackgroundService>();

        services.AddSingleton<ICommandHandler, DeleteRoundCommandHandler>();
        services.AddSingleton<ICardActionHandler, DeleteRoundActionHandler>();
        services.AddSingleton<ICardActionHandler, ShowSummaryBeforeDeleteActionHandler>();
        services.AddSingleton<ICardActionHandler, CancelActionHandler>();
        return services;
    }
}
