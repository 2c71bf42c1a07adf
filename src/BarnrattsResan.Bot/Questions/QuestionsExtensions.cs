using Microsoft.Extensions.Options;

namespace BarnrattsResan.Bot.Questions;

internal static class QuestionsExtensions
{
    /// <summary>The question bank: the built-in sets and, when <c>Questions:AdditionalSetsFile</c> is set, the deployment's own, checked at start-up.</summary>
    public static IServiceCollection AddQuestions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<QuestionOptions>().Bind(configuration.GetSection(QuestionOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<QuestionOptions>, QuestionOptionsValidator>();
        services.AddSingleton(sp => QuestionCatalog.Load(
            sp.GetRequiredService<IOptions<QuestionOptions>>().Value.AdditionalSetsPath(sp.GetRequiredService<IHostEnvironment>().ContentRootPath)));
        return services;
    }
}
