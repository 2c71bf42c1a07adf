using BarnrattsResan.Bot.Routing;

namespace BarnrattsResan.Bot.Answering;

internal static class AnsweringExtensions
{
    /// <summary>Submitting, showing and withdrawing answers: the services and their command and card actions.</summary>
    public static IServiceCollection AddAnswering(this IServiceCollection services)
    {
        services.AddSingleton<AnswerService>();
        services.AddSingleton<AnswerWithdrawal>();
        services.AddSingleton<ICardActionHandler, SubmitAnswerActionHandler>();
        services.AddSingleton<ICardActionHandler, RefreshQuestionActionHandler>();
        services.AddSingleton<ICardActionHandler, ShowAnswersActionHandler>();
        services.AddSingleton<ICommandHandler, WithdrawAnswersCommandHandler>();
        services.AddSingleton<ICardActionHandler, WithdrawAnswerActionHandler>();
        services.AddSingleton<ICardActionHandler, WithdrawAllAnswersActionHandler>();
        return services;
    }
}
