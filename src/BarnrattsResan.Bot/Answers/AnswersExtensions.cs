namespace BarnrattsResan.Bot.Answers;

internal static class AnswersExtensions
{
    /// <summary>The answers' storage.</summary>
    public static IServiceCollection AddAnswers(this IServiceCollection services)
    {
        services.AddSingleton<AnswerStore>();
        return services;
    }
}
